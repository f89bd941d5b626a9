import type { QueryClient } from "@tanstack/react-query";
import { commentKeys } from "./comment-keys.ts";
import type { TCommentTarget } from "./comment-target.ts";
import type { TCommentThread, TThreadComment } from "./comment-thread.ts";

/**
 * The TanStack Query options of the four comment mutations, apart from their
 * hooks so that they are tested without React. Each shows its change at once
 * (the text as typed, until the server sends it rendered), puts the thread back
 * as it was when the server refuses, and refetches the thread once the last
 * change on it has settled (a refetch in between would undo the others on screen).
 */
type TSend<TInput> = (input: TInput) => Promise<unknown>;
type TContext = { previous?: TCommentThread };

export type TAddCommentVariables = { body: string };
export type TEditCommentVariables = { commentId: string; body: string };
export type TDeleteCommentVariables = { commentId: string };
export type TModerateCommentVariables =
  { commentId: string; action: "hide"; reason: string } | { commentId: string; action: "restore" };

function optimistic<TInput>(
  queryClient: QueryClient,
  target: TCommentTarget,
  name: string,
  send: TSend<TInput>,
  change: (thread: TCommentThread, input: TInput) => TCommentThread,
) {
  const queryKey = commentKeys.thread(target);
  const mutationKey = [...queryKey, name] as const;
  return {
    mutationKey,
    mutationFn: send,
    onMutate: async (input: TInput): Promise<TContext> => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<TCommentThread>(queryKey);
      if (previous) queryClient.setQueryData(queryKey, change(previous, input));
      return { previous };
    },
    onError: (_error: Error, _input: TInput, context: TContext | undefined) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () =>
      queryClient.isMutating({ mutationKey: queryKey }) <= 1 ? queryClient.invalidateQueries({ queryKey }) : undefined,
  };
}

const updateComment = (
  thread: TCommentThread,
  commentId: string,
  update: (comment: TThreadComment) => TThreadComment,
): TCommentThread => ({
  ...thread,
  comments: thread.comments.map((comment) => (comment.id === commentId ? update(comment) : comment)),
});

let pendingCount = 0;

export function addCommentMutationOptions(
  queryClient: QueryClient,
  target: TCommentTarget,
  send: TSend<TAddCommentVariables>,
) {
  return optimistic(queryClient, target, "add", send, (thread, { body }) => ({
    ...thread,
    comments: [
      ...thread.comments,
      {
        id: `en-attente-${++pendingCount}`,
        authorName: thread.viewer.name ?? "Vous",
        mine: true,
        createdAt: new Date().toISOString(),
        editedAt: null,
        state: "visible",
        body: body.trim(),
        html: null,
        hiddenReason: null,
        history: [],
        pending: true,
      },
    ],
  }));
}

export function editCommentMutationOptions(
  queryClient: QueryClient,
  target: TCommentTarget,
  send: TSend<TEditCommentVariables>,
) {
  return optimistic(queryClient, target, "edit", send, (thread, { commentId, body }) =>
    updateComment(thread, commentId, (comment) => ({
      ...comment,
      body: body.trim(),
      html: null,
      editedAt: new Date().toISOString(),
      pending: true,
    })),
  );
}

export function deleteCommentMutationOptions(
  queryClient: QueryClient,
  target: TCommentTarget,
  send: TSend<TDeleteCommentVariables>,
) {
  return optimistic(queryClient, target, "delete", send, (thread, { commentId }) =>
    updateComment(thread, commentId, (comment) => ({
      ...comment,
      state: "deleted",
      body: null,
      html: null,
      history: [],
      pending: true,
    })),
  );
}

export function moderateCommentMutationOptions(
  queryClient: QueryClient,
  target: TCommentTarget,
  send: TSend<TModerateCommentVariables>,
) {
  return optimistic(queryClient, target, "moderate", send, (thread, input) =>
    updateComment(thread, input.commentId, (comment) =>
      input.action === "hide"
        ? { ...comment, state: "hidden", hiddenReason: input.reason.trim(), pending: true }
        : { ...comment, state: "visible", hiddenReason: null, pending: true },
    ),
  );
}
