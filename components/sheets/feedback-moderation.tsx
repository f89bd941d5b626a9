"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { moderateFeedbackAction } from "@/lib/sheets/actions.ts";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

const ACTIONS = [
  { status: "APPROVED", label: "Approuver (publier)" },
  { status: "HIDDEN", label: "Masquer" },
  { status: "PROCESSED", label: "Marquer traité" },
] as const;

export function FeedbackModeration({ feedbackId, current }: { feedbackId: string; current: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(moderateFeedbackAction, { onSuccess: () => router.refresh() });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {ACTIONS.filter((action) => action.status !== current).map((action) => (
        <button key={action.status} type="button" disabled={isPending} onClick={() => execute({ feedbackId, status: action.status })}
          className="rounded border border-bleu-france px-3 py-1 text-sm text-bleu-france hover:bg-bleu-clair disabled:opacity-60">
          {action.label}
        </button>
      ))}
      <ActionFeedback result={result} />
    </div>
  );
}
