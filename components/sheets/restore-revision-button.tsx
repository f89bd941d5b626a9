"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { restoreRevisionAction } from "@/lib/sheets/actions.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ActionFeedback } from "@/components/ui/action-feedback.tsx";

export function RestoreRevisionButton({
  useCaseId,
  revisionId,
  number,
  baseRevisionId,
}: {
  useCaseId: string;
  revisionId: string;
  number: number;
  baseRevisionId: string;
}) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useAction(restoreRevisionAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      {/* Not destructive: the restored text becomes a new version, every other one stays. */}
      <Button
        type="button"
        priority="secondary"
        size="small"
        disabled={isPending}
        onClick={() => execute({ useCaseId, revisionId, baseRevisionId })}
      >
        Restaurer la version {number}
      </Button>
      <ActionFeedback
        result={result}
        success={hasSucceeded && result.data ? `Version ${number} restaurée en version ${result.data.number}.` : null}
      />
    </>
  );
}
