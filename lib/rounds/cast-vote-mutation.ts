import type { QueryClient } from "@tanstack/react-query";
import { boardKeys } from "@/lib/board/board-keys.ts";
import { ballotWithVote, type TBallotView, type TVote } from "./ballot.ts";

type RoundData = { myBallot: TBallotView | null };

/** The ballot changes at once; if the server refuses (budget, close), it goes back. Tested without React. */
export function castVoteMutationOptions<T extends RoundData>(queryClient: QueryClient, roundId: string, send: (vote: TVote) => Promise<TBallotView>) {
  const key = boardKeys.round(roundId);
  return {
    mutationFn: send,
    onMutate: async (vote: TVote) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<T>(key);
      if (previous?.myBallot) queryClient.setQueryData<T>(key, { ...previous, myBallot: ballotWithVote(previous.myBallot, vote) });
      return { previous };
    },
    onError: (_error: Error, _vote: TVote, context: { previous?: T } | undefined) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (ballot: TBallotView) => {
      const current = queryClient.getQueryData<T>(key);
      if (current) queryClient.setQueryData<T>(key, { ...current, myBallot: ballot });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  };
}
