"use client";
import { useQuery } from "@tanstack/react-query";
import { getBoardAction } from "@/lib/board/actions.ts";
import { boardKeys } from "@/lib/board/board-keys.ts";
import type { TBoardColumn } from "@/lib/board/board-layout.ts";

export function useBoard(initialData: TBoardColumn[]) {
  return useQuery({
    queryKey: boardKeys.columns(),
    initialData,
    // Server-sent events say when to refetch; no polling.
    staleTime: Infinity,
    queryFn: async () => {
      const result = await getBoardAction();
      if (!result?.data) throw new Error(result?.serverError?.message ?? "Le tableau n'a pas pu être chargé.");
      return result.data;
    },
  });
}
