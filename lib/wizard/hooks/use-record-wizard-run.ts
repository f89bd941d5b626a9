"use client";
import { unwrapActionResult } from "@/lib/action-result.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { recordWizardRunAction } from "@/lib/wizard/actions.ts";
import type { TRecordWizardRunInput } from "@/lib/wizard/record-wizard-run.ts";
import { statsWithRun, type TWizardStats } from "@/lib/wizard/wizard-stats.ts";
import { wizardKeys } from "@/lib/wizard/wizard-keys.ts";

/** Counts the run in the aggregated figures at once; rolls back if the server refuses. */
export function useRecordWizardRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (run: TRecordWizardRunInput) => {
      const result = await recordWizardRunAction(run);
      return unwrapActionResult(result, "Le résultat n'a pas pu être enregistré.");
    },
    onMutate: async (run) => {
      await queryClient.cancelQueries({ queryKey: wizardKeys.stats() });
      const previous = queryClient.getQueryData<TWizardStats>(wizardKeys.stats());
      if (previous) queryClient.setQueryData(wizardKeys.stats(), statsWithRun(previous, run));
      return { previous };
    },
    onError: (_error, _run, context) => {
      if (context?.previous) queryClient.setQueryData(wizardKeys.stats(), context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: wizardKeys.stats() }),
  });
}
