"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchRead } from "@/lib/http/fetch-read.ts";
import { roundKeys } from "@/lib/rounds/round-keys.ts";
import type { TParticipation } from "@/lib/rounds/count-round-participation.ts";

/** Who voted so far: read with the page, then set from each `ballot.cast` event of the round (use-live-events.ts). */
export function useRoundParticipation(roundId: string, initialData: TParticipation) {
  return useQuery({
    queryKey: roundKeys.participation(roundId),
    initialData,
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      fetchRead<TParticipation>(
        `/api/rounds/${encodeURIComponent(roundId)}/participation`,
        "La participation n'a pas pu être chargée.",
        signal,
      ),
  });
}
