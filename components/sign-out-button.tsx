"use client";
import { useAction } from "next-safe-action/hooks";
import { fr } from "@codegouvfr/react-dsfr";
import { signOutAction } from "@/lib/auth/actions.ts";

/** A quick-access button of the header: `id` is the one the DSFR's Header gives each item (desktop and mobile copies). */
export function SignOutButton({ id }: { id?: string }) {
  const { execute, isPending } = useAction(signOutAction);
  return (
    <button id={id} type="button" onClick={() => execute()} disabled={isPending} className={fr.cx("fr-btn", "fr-icon-logout-box-r-line")}>
      {isPending ? "Déconnexion…" : "Se déconnecter"}
    </button>
  );
}
