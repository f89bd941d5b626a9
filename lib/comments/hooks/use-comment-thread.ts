"use client";
import { useQuery } from "@tanstack/react-query";
import { commentKeys, threadUrl } from "@/lib/comments/comment-keys.ts";
import type { TCommentThread } from "@/lib/comments/comment-thread.ts";

/** A thread, rendered first by the server; refetched when a live event says it changed (no polling). */
export function useCommentThread(initialData: TCommentThread) {
  return useQuery({
    queryKey: commentKeys.thread(initialData.target),
    initialData,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const response = await fetch(threadUrl(initialData.target), { signal, headers: { accept: "application/json" } });
      if (!response.ok) throw new Error("La discussion n'a pas pu être rechargée.");
      return (await response.json()) as TCommentThread;
    },
  });
}
