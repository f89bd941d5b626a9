"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moderateCommentAction } from "@/lib/comments/actions.ts";
import { moderateCommentMutationOptions } from "@/lib/comments/comment-mutations.ts";
import type { TCommentTarget } from "@/lib/comments/comment-target.ts";
import { unwrapActionResult } from "@/lib/action-result.ts";

export function useModerateComment(target: TCommentTarget) {
  const queryClient = useQueryClient();
  return useMutation(
    moderateCommentMutationOptions(queryClient, target, async (input) => {
      const result = await moderateCommentAction(input);
      return unwrapActionResult(result, "La modération n'a pas pu être enregistrée.");
    }),
  );
}
