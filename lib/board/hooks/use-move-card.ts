"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveCardAction } from "@/lib/board/actions.ts";
import { moveCardMutationOptions } from "@/lib/board/move-card-mutation.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";

export function useMoveCard() {
  const queryClient = useQueryClient();
  return useMutation(
    moveCardMutationOptions(queryClient, async (move) => {
      const result = await moveCardAction(move);
      return unwrapActionResult(result, "Le déplacement n'a pas pu être enregistré.");
    }),
  );
}
