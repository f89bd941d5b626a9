import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import "./globals.css";
import { getActor } from "@/lib/auth/get-actor.ts";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications.ts";
import { isDemoMode, isDemoModeInProduction } from "@/lib/config/env.ts";
import { Providers } from "@/components/providers.tsx";
import { SiteHeader } from "@/components/site-header.tsx";
import { SiteFooter } from "@/components/site-footer.tsx";
import { DemoBanner } from "@/components/demo-banner.tsx";
import { FOOTER_ID, MAIN_NAVIGATION_ID } from "@/components/site-brand.tsx";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head.tsx";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/dsfr-provider.tsx";

const LANG = "fr";

export const metadata: Metadata = {
  title: { default: "Atelier EFOP", template: "%s · Atelier EFOP" },
  description:
    "L'atelier du groupe Data EFOP pour ne demander qu'une fois ce que les administrations savent déjà : cas d'usage, irritants, priorisation et démonstrateur de pré-remplissage.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the session makes every page dynamic: the CSP nonce is per request
  // and no page touches the database at build time. The published sheets are the
  // exception (force-static, ADR 0010): there the request headers are empty.
  const requestHeaders = await headers();
  const renderedForEveryone = !requestHeaders.has("host");
  // Set by proxy.ts for every page it serves; absent on the static published sheets.
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const actor = await getActor();
  const unreadNotifications = actor ? await countUnreadNotifications({ actor }) : 0;
  return (
    <html {...getHtmlAttributes({ lang: LANG })}>
      <head>
        <StartDsfrOnHydration />
        <DsfrHead nonce={nonce} />
      </head>
      <body className="flex min-h-screen flex-col">
        <DsfrProvider lang={LANG}>
          <SkipLinks
            links={[
              { label: "Contenu", anchor: "#contenu" },
              { label: "Menu", anchor: `#${MAIN_NAVIGATION_ID}` },
              { label: "Pied de page", anchor: `#${FOOTER_ID}` },
            ]}
          />
          {isDemoMode() && <DemoBanner onProductionServer={isDemoModeInProduction()} />}
          <Providers>
            <SiteHeader
              actor={actor}
              unreadNotifications={unreadNotifications}
              sessionInBrowser={renderedForEveryone}
            />
            <main id="contenu" className="fr-container w-full flex-1 py-8">
              {children}
            </main>
          </Providers>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
