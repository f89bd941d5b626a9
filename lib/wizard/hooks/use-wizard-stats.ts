"use client";
import { useQuery } from "@tanstack/react-query";
import { getWizardStatsAction } from "@/lib/wizard/actions.ts";
import { wizardKeys } from "@/lib/wizard/wizard-keys.ts";

export function useWizardStats({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: wizardKeys.stats(),
    enabled,
    queryFn: async () => {
      const result = await getWizardStatsAction();
      if (!result?.data) throw new Error(result?.serverError?.message ?? "Statistiques indisponibles.");
      return result.data;
    },
  });
}
