"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { moderateFeedbackAction } from "@/lib/sheets/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
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
        <Button
          key={action.status}
          type="button"
          priority="secondary"
          size="small"
          disabled={isPending}
          onClick={() => execute({ feedbackId, status: action.status })}
        >
          {action.label}
        </Button>
      ))}
      <ActionFeedback result={result} />
    </div>
  );
}
