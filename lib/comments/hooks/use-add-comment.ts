"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addCommentAction } from "@/lib/comments/actions.ts";
import { addCommentMutationOptions } from "@/lib/comments/comment-mutations.ts";
import type { TCommentTarget } from "@/lib/comments/comment-target.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";

export function useAddComment(target: TCommentTarget) {
  const queryClient = useQueryClient();
  return useMutation(
    addCommentMutationOptions(queryClient, target, async (input) => {
      const result = await addCommentAction({ target, ...input });
      return unwrapActionResult(result, "Le commentaire n'a pas pu être publié.");
    }),
  );
}
