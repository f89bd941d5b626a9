"use client";
import { unwrapActionResult } from "@/lib/action-result.ts";
import { useMutation } from "@tanstack/react-query";
import type { TSignedInIdentity } from "@/lib/connectors/simulated-sign-in.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";
import { signInSimulatedAction } from "@/lib/wizard/actions.ts";

/** The simulated FranceConnect / ProConnect sign-in: its answer is the identity the wizard keeps. */
export function useSignInSimulated() {
  return useMutation({
    mutationFn: async (input: { path: TPathKind; personaKey: string }): Promise<TSignedInIdentity> => {
      const result = await signInSimulatedAction(input);
      return unwrapActionResult(result, "L'identification simulée n'a pas abouti.");
    },
  });
}
