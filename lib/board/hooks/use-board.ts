"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchRead } from "@/lib/http/fetch-read.ts";
import { boardKeys } from "@/lib/board/board-keys.ts";
import type { TBoardColumn } from "@/lib/board/board-layout.ts";

export function useBoard(initialData: TBoardColumn[]) {
  return useQuery({
    queryKey: boardKeys.columns(),
    initialData,
    // Server-sent events say when to refetch; no polling.
    staleTime: Infinity,
    queryFn: ({ signal }) => fetchRead<TBoardColumn[]>("/api/board", "Le tableau n'a pas pu être chargé.", signal),
  });
}
