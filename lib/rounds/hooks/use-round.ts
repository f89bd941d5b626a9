"use client";
import { useQuery } from "@tanstack/react-query";
import { getRoundAction } from "@/lib/rounds/actions.ts";
import { boardKeys } from "@/lib/board/board-keys.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";

export function useRound(initialData: TRoundView) {
  return useQuery({
    queryKey: boardKeys.round(initialData.id),
    initialData,
    // Refreshed by server-sent events (see use-live-events.ts).
    staleTime: Infinity,
    queryFn: async () => {
      const result = await getRoundAction({ roundId: initialData.id });
      if (!result?.data) throw new Error(result?.serverError?.message ?? "Le scrutin n'a pas pu être chargé.");
      return result.data;
    },
  });
}
