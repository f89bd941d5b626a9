"use client";
import { usePathname } from "next/navigation";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import type { TActor } from "@/lib/auth/actor.ts";
import { useSignedInMember } from "@/lib/auth/hooks/use-signed-in-member.ts";
import { accountQuickAccessItems } from "./account-area.tsx";
import { BRAND_TOP, HOME_LINK } from "./site-brand.tsx";

const NAVIGATION = [
  { href: "/cas-usage", label: "Cas d'usage" },
  { href: "/irritants", label: "Irritants" },
  { href: "/donnees", label: "Données" },
  { href: "/dispositifs", label: "Dispositifs" },
  { href: "/priorisation", label: "Priorisation" },
  { href: "/demonstrateur", label: "Démonstrateur" },
  { href: "/guide", label: "Guide" },
  { href: "/ateliers", label: "Ateliers" },
];

type THeaderProps = { actor: TActor | null; unreadNotifications?: number; sessionInBrowser?: boolean };

/**
 * `sessionInBrowser`: the page is rendered once for everyone (static cache), so the
 * account links are resolved in the browser instead of from the request's session.
 */
export function SiteHeader({ actor, unreadNotifications = 0, sessionInBrowser = false }: THeaderProps) {
  return sessionInBrowser ? (
    <StaticPageHeader />
  ) : (
    <DsfrSiteHeader actor={actor} unreadNotifications={unreadNotifications} />
  );
}

function StaticPageHeader() {
  const { data: member } = useSignedInMember();
  return <DsfrSiteHeader actor={member ?? null} unreadNotifications={0} />;
}

function DsfrSiteHeader({ actor, unreadNotifications }: { actor: TActor | null; unreadNotifications: number }) {
  const pathname = usePathname();
  return (
    <Header
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK}
      serviceTitle="Atelier EFOP"
      serviceTagline="Dites-le-nous une fois · groupe Data EFOP"
      quickAccessItems={[...accountQuickAccessItems({ actor, unreadNotifications }), headerFooterDisplayItem]}
      navigation={NAVIGATION.map((item) => ({
        text: item.label,
        linkProps: { href: item.href },
        isActive: pathname === item.href || pathname.startsWith(`${item.href}/`),
      }))}
    />
  );
}
