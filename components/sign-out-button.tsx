"use client";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { signOutAction } from "@/lib/auth/actions.ts";

export function SignOutButton() {
  const { execute, isPending } = useAction(signOutAction);
  return (
    <Button type="button" priority="secondary" size="small" onClick={() => execute()} disabled={isPending}>
      {isPending ? "Déconnexion…" : "Se déconnecter"}
    </Button>
  );
}
