import type { QueryClient } from "@tanstack/react-query";
import { roundKeys } from "./round-keys.ts";
import { ballotWithVote, type TBallotView, type TVote } from "./ballot.ts";

type RoundData = { myBallot: TBallotView | null };

export const voteMutationKey = (roundId: string) => ["vote", roundId] as const;

/**
 * The ballot changes at once; if the server refuses (budget, close), it goes
 * back. Members click fast: while other votes are still on their way, a
 * server answer must not overwrite the newer optimistic ballot, so the
 * ballot is taken from the server (and refetched) only when the last vote
 * settles. Tested without React.
 */
export function castVoteMutationOptions<T extends RoundData>(
  queryClient: QueryClient,
  roundId: string,
  send: (vote: TVote) => Promise<TBallotView>,
) {
  const key = roundKeys.detail(roundId);
  const mutationKey = voteMutationKey(roundId);
  const isLastVote = () => queryClient.isMutating({ mutationKey }) <= 1;
  return {
    mutationKey,
    mutationFn: send,
    onMutate: async (vote: TVote) => {
      const previous = queryClient.getQueryData<T>(key);
      // Applied before any await, so that the next click already sees it.
      if (previous?.myBallot)
        queryClient.setQueryData<T>(key, { ...previous, myBallot: ballotWithVote(previous.myBallot, vote) });
      await queryClient.cancelQueries({ queryKey: key });
      return { previous };
    },
    onError: (_error: Error, _vote: TVote, context: { previous?: T } | undefined) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (ballot: TBallotView) => {
      const current = queryClient.getQueryData<T>(key);
      if (current && isLastVote()) queryClient.setQueryData<T>(key, { ...current, myBallot: ballot });
    },
    // Exact: who voted (a query under the round's key) comes with the `ballot.cast` event, never by a read (ADR 0031).
    onSettled: () => (isLastVote() ? queryClient.invalidateQueries({ queryKey: key, exact: true }) : undefined),
  };
}

/** The ballot as the member last saw it, including votes still on their way. */
export function latestBallot(queryClient: QueryClient, roundId: string): TBallotView | null {
  return queryClient.getQueryData<RoundData>(roundKeys.detail(roundId))?.myBallot ?? null;
}
