import Link from "next/link";
import type { TActor } from "@/lib/auth/actor.ts";
import { AccountArea } from "./account-area.tsx";
import { StaticPageAccount } from "./static-page-account.tsx";

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

/**
 * `sessionInBrowser`: the page is rendered once for everyone (static cache), so the
 * account links are resolved in the browser instead of from the request's session.
 */
export function SiteHeader({ actor, unreadNotifications = 0, sessionInBrowser = false }: { actor: TActor | null; unreadNotifications?: number; sessionInBrowser?: boolean }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex items-center gap-3 text-inherit no-underline">
          <span aria-hidden="true" className="flex h-10 w-3 flex-col overflow-hidden rounded-sm">
            <span className="flex-1 bg-bleu-france" />
            <span className="flex-1 bg-white ring-1 ring-gray-200" />
            <span className="flex-1 bg-rouge-marianne" />
          </span>
          <span>
            <span className="block text-lg font-bold text-gray-900">Atelier EFOP</span>
            <span className="block text-sm text-gray-700">Dites-le-nous une fois · groupe Data EFOP</span>
          </span>
        </Link>
        {sessionInBrowser ? <StaticPageAccount /> : <AccountArea actor={actor} unreadNotifications={unreadNotifications} />}
      </div>
      <nav aria-label="Navigation principale" className="border-t border-gray-100">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
          {NAVIGATION.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block px-3 py-3 font-medium text-gray-900 no-underline hover:bg-gris-fond hover:text-bleu-france">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
