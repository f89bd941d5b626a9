"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchRead } from "@/lib/http/fetch-read.ts";
import { wizardKeys } from "@/lib/wizard/wizard-keys.ts";
import type { TWizardStats } from "@/lib/wizard/wizard-stats.ts";

export function useWizardStats({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: wizardKeys.stats(),
    enabled,
    queryFn: ({ signal }) => fetchRead<TWizardStats>("/api/wizard/stats", "Statistiques indisponibles.", signal),
  });
}
