"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { restoreRevisionAction } from "@/lib/sheets/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function RestoreRevisionButton({ useCaseId, revisionId, number, baseRevisionId }: { useCaseId: string; revisionId: string; number: number; baseRevisionId: string }) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useAction(restoreRevisionAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <button type="button" disabled={isPending} onClick={() => execute({ useCaseId, revisionId, baseRevisionId })}
        className="rounded border border-bleu-france px-3 py-1 text-sm text-bleu-france hover:bg-bleu-clair disabled:opacity-60">
        Restaurer la version {number}
      </button>
      <ActionFeedback result={result} success={hasSucceeded && result.data ? `Version ${number} restaurée en version ${result.data.number}.` : null} />
    </>
  );
}
