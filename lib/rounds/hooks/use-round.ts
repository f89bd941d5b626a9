"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchRead } from "@/lib/http/fetch-read.ts";
import { roundKeys } from "@/lib/rounds/round-keys.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";

type TJsonRound = Omit<TRoundView, "opensAt" | "closesAt" | "closedAt" | "resultsAppliedAt"> & {
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  resultsAppliedAt: string | null;
};

/** The dates of the round as the page first received them (Date objects), from their JSON strings. */
function withDates(round: TJsonRound): TRoundView {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    ...round,
    opensAt: new Date(round.opensAt),
    closesAt: new Date(round.closesAt),
    closedAt: date(round.closedAt),
    resultsAppliedAt: date(round.resultsAppliedAt),
  };
}

/** The round, refetched (GET /api/rounds/:id) when it changes: `round.changed` events, or after one's own vote. */
export function useRound(initialData: TRoundView) {
  return useQuery({
    queryKey: roundKeys.detail(initialData.id),
    initialData,
    // Refreshed by server-sent events (see use-live-events.ts).
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      withDates(
        await fetchRead<TJsonRound>(
          `/api/rounds/${encodeURIComponent(initialData.id)}`,
          "Le scrutin n'a pas pu être chargé.",
          signal,
        ),
      ),
  });
}
