"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { markNotificationsReadAction } from "@/lib/notifications/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function MarkNotificationsReadButton() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(markNotificationsReadAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <button type="button" disabled={isPending} onClick={() => execute({})} className="rounded border border-bleu-france px-3 py-1.5 text-sm text-bleu-france hover:bg-bleu-clair">
        Tout marquer comme lu
      </button>
      <ActionFeedback result={result} />
    </>
  );
}
