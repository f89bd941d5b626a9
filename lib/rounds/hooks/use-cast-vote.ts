"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { castVoteAction } from "@/lib/rounds/actions.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";
import { castVoteMutationOptions } from "@/lib/rounds/cast-vote-mutation.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";

export function useCastVote(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation(
    castVoteMutationOptions<TRoundView>(queryClient, roundId, async (vote) => {
      const result = await castVoteAction({ roundId, ...vote });
      return unwrapActionResult(result, "Votre vote n'a pas pu être enregistré.");
    }),
  );
}
