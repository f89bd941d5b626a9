"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveCardAction } from "@/lib/board/actions.ts";
import { boardKeys } from "@/lib/board/board-keys.ts";
import { applyCardMove, type TBoardColumn } from "@/lib/board/board-layout.ts";
import type { TMoveCardInput } from "@/lib/board/move-card.ts";
import { actionFailure } from "@/lib/action-result.ts";

/** The card moves at once; if the server refuses, it goes back and the board is refetched. */
export function useMoveCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (move: TMoveCardInput) => {
      const result = await moveCardAction(move);
      if (!result?.data) throw actionFailure(result, "Le déplacement n'a pas pu être enregistré.");
      return result.data;
    },
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: boardKeys.columns() });
      const previous = queryClient.getQueryData<TBoardColumn[]>(boardKeys.columns());
      if (previous) queryClient.setQueryData(boardKeys.columns(), applyCardMove(previous, move));
      return { previous };
    },
    onError: (_error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(boardKeys.columns(), context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKeys.columns() }),
  });
}
