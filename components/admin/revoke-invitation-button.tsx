"use client";
import { useAction } from "next-safe-action/hooks";
import { revokeInvitationAction } from "@/lib/members/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const { execute, result, isPending } = useAction(revokeInvitationAction);
  return (
    <>
      <button type="button" disabled={isPending} onClick={() => execute({ invitationId })}
        aria-label={`Annuler l'invitation de ${email}`}
        className="rounded border border-[#ce0500] px-3 py-1 text-sm font-medium text-[#ce0500] hover:bg-[#ffe9e9] disabled:opacity-60">
        Annuler
      </button>
      <ActionFeedback result={result} />
    </>
  );
}
