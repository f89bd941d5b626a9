"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { markNotificationsReadAction } from "@/lib/notifications/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function MarkNotificationsReadButton() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(markNotificationsReadAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button type="button" priority="secondary" size="small" disabled={isPending} onClick={() => execute({})}>
        Tout marquer comme lu
      </Button>
      <ActionFeedback result={result} />
    </>
  );
}
