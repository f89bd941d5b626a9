"use client";
import { useMutation } from "@tanstack/react-query";
import { prefillPathAction } from "@/lib/wizard/actions.ts";
import type { TPrefillPathInput, TPrefillResult } from "@/lib/wizard/prefill-path.ts";

export function usePrefillPath() {
  return useMutation({
    mutationFn: async (input: TPrefillPathInput): Promise<TPrefillResult> => {
      const result = await prefillPathAction(input);
      if (!result?.data) throw new Error(result?.serverError?.message ?? "Le pré-remplissage n'a pas pu être lancé.");
      return result.data;
    },
  });
}
