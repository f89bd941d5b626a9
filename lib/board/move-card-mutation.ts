import type { QueryClient } from "@tanstack/react-query";
import { boardKeys } from "./board-keys.ts";
import { applyCardMove, type TBoardColumn } from "./board-layout.ts";
import type { TMoveCardInput } from "./move-card.ts";

type Moved = { cardId: string; columnId: string; version: number };

/**
 * The card moves at once; if the server refuses, it goes back and the board
 * is refetched. Separate from the hook so that it is tested without React.
 */
export function moveCardMutationOptions(queryClient: QueryClient, send: (move: TMoveCardInput) => Promise<Moved>) {
  const mutationKey = ["move-card"] as const;
  return {
    mutationKey,
    mutationFn: send,
    onMutate: async (move: TMoveCardInput) => {
      const previous = queryClient.getQueryData<TBoardColumn[]>(boardKeys.columns());
      if (previous) queryClient.setQueryData(boardKeys.columns(), applyCardMove(previous, move));
      await queryClient.cancelQueries({ queryKey: boardKeys.columns() });
      return { previous };
    },
    onError: (_error: Error, _move: TMoveCardInput, context: { previous?: TBoardColumn[] } | undefined) => {
      if (context?.previous) queryClient.setQueryData(boardKeys.columns(), context.previous);
    },
    // A refetch while another move is still on its way would undo that move on screen: wait for the last one.
    onSettled: () =>
      queryClient.isMutating({ mutationKey }) <= 1
        ? queryClient.invalidateQueries({ queryKey: boardKeys.columns() })
        : undefined,
  };
}
