"use client";
import { useAction } from "next-safe-action/hooks";
import { revokeInvitationAction } from "@/lib/members/actions.ts";
import { ConfirmAction } from "@/components/forms/confirm-action.tsx";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const { execute, result, isPending } = useAction(revokeInvitationAction);
  return (
    <>
      <ConfirmAction
        id={`revoquer-${invitationId}`}
        trigger="Annuler"
        triggerLabel={`Annuler l'invitation de ${email}`}
        triggerSize="small"
        disabled={isPending}
        title={`Annuler l'invitation de ${email} ?`}
        confirmLabel="Annuler l'invitation"
        onConfirm={() => execute({ invitationId })}
      >
        <p>
          Le lien reçu par {email} ne permettra plus de se connecter. Pour l'inviter de nouveau, il faudra envoyer une
          nouvelle invitation.
        </p>
      </ConfirmAction>
      <ActionFeedback result={result} />
    </>
  );
}
