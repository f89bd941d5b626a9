"use client";
import { useAction } from "next-safe-action/hooks";
import { signOutAction } from "@/lib/auth/actions.ts";

export function SignOutButton() {
  const { execute, isPending } = useAction(signOutAction);
  return (
    <button
      type="button"
      onClick={() => execute()}
      disabled={isPending}
      className="rounded border border-bleu-france px-3 py-1.5 text-sm font-medium text-bleu-france hover:bg-bleu-clair disabled:opacity-60"
    >
      {isPending ? "Déconnexion…" : "Se déconnecter"}
    </button>
  );
}
