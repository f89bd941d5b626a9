import type { TCommentTarget } from "./comment-target.ts";

/** TanStack Query keys of the comment threads. */
export const commentKeys = {
  all: ["comments"] as const,
  thread: (target: TCommentTarget) => [...commentKeys.all, target.kind, target.id] as const,
};

/** Where a thread is read (GET route handler). */
export const threadUrl = (target: TCommentTarget) => `/api/comments/${target.kind}/${encodeURIComponent(target.id)}`;
