"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { editCommentAction } from "@/lib/comments/actions.ts";
import { editCommentMutationOptions } from "@/lib/comments/comment-mutations.ts";
import type { TCommentTarget } from "@/lib/comments/comment-target.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";

export function useEditComment(target: TCommentTarget) {
  const queryClient = useQueryClient();
  return useMutation(
    editCommentMutationOptions(queryClient, target, async (input) => {
      const result = await editCommentAction(input);
      return unwrapActionResult(result, "La modification n'a pas pu être enregistrée.");
    }),
  );
}
