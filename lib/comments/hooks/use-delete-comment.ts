"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deleteCommentAction } from "@/lib/comments/actions.ts";
import { deleteCommentMutationOptions } from "@/lib/comments/comment-mutations.ts";
import type { TCommentTarget } from "@/lib/comments/comment-target.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";

export function useDeleteComment(target: TCommentTarget) {
  const queryClient = useQueryClient();
  return useMutation(
    deleteCommentMutationOptions(queryClient, target, async (input) => {
      const result = await deleteCommentAction(input);
      return unwrapActionResult(result, "La suppression n'a pas pu être enregistrée.");
    }),
  );
}
