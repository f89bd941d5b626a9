import Link from "next/link";
import type { TActor } from "@/lib/auth/actor.ts";
import { SignOutButton } from "./sign-out-button.tsx";

/** The header's account links: the member's name and pages, or the sign-in link. */
export function AccountArea({ actor, unreadNotifications = 0 }: { actor: TActor | null; unreadNotifications?: number }) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {actor ? (
        <>
          <span>
            Connecté·e : <strong>{actor.name ?? actor.email}</strong>
          </span>
          <Link href="/fiches">Fiches</Link>
          <Link href="/notifications">
            Notifications{unreadNotifications > 0 ? <> <span className="rounded-full bg-rouge-marianne px-2 text-white">{unreadNotifications}</span><span className="sr-only"> non lues</span></> : null}
          </Link>
          {actor.role === "ADMIN" && <Link href="/admin/membres">Administration</Link>}
          <SignOutButton />
        </>
      ) : (
        <Link href="/connexion" className="rounded bg-bleu-france px-3 py-1.5 font-medium text-white no-underline hover:bg-bleu-france-hover hover:text-white">
          Se connecter
        </Link>
      )}
    </div>
  );
}
