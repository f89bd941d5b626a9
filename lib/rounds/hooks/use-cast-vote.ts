"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { castVoteAction } from "@/lib/rounds/actions.ts";
import { boardKeys } from "@/lib/board/board-keys.ts";
import { actionFailure } from "@/lib/action-result.ts";
import { ballotWithVote, type TVote } from "@/lib/rounds/ballot.ts";
import type { TRoundView } from "@/lib/rounds/get-round.ts";

/** The ballot changes at once; if the server refuses (budget, close), it goes back. */
export function useCastVote(roundId: string) {
  const queryClient = useQueryClient();
  const key = boardKeys.round(roundId);
  return useMutation({
    mutationFn: async (vote: TVote) => {
      const result = await castVoteAction({ roundId, ...vote });
      if (!result?.data) throw actionFailure(result, "Votre vote n'a pas pu être enregistré.");
      return result.data;
    },
    onMutate: async (vote) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<TRoundView>(key);
      if (previous?.myBallot) queryClient.setQueryData<TRoundView>(key, { ...previous, myBallot: ballotWithVote(previous.myBallot, vote) });
      return { previous };
    },
    onError: (_error, _vote, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (ballot) => {
      const current = queryClient.getQueryData<TRoundView>(key);
      if (current) queryClient.setQueryData<TRoundView>(key, { ...current, myBallot: ballot });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
