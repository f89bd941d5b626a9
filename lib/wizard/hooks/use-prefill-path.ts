"use client";
import { unwrapActionResult } from "@/lib/action-result.ts";
import { useMutation } from "@tanstack/react-query";
import { prefillPathAction } from "@/lib/wizard/actions.ts";
import type { TPrefillPathInput, TPrefillResult } from "@/lib/wizard/prefill-path.ts";

export function usePrefillPath() {
  return useMutation({
    mutationFn: async (input: TPrefillPathInput): Promise<TPrefillResult> => {
      const result = await prefillPathAction(input);
      return unwrapActionResult(result, "Le pré-remplissage n'a pas pu être lancé.");
    },
  });
}
