import { z } from "zod";
import type { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { loadSheetFacts } from "./load-sheet-facts.ts";
import { sheetCapabilities } from "./sheet-permissions.ts";
import { invalidatePublicReads } from "./public-read-cache.ts";

/** What the four sheet transitions (request-review, review-sheet, publish-sheet, archive-sheet) share. */
export const ZSheetTransitionInput = z.object({
  useCaseId: z.string().min(1).max(64),
  // The revision the actor saw: a transition on a sheet that changed meanwhile is refused.
  revisionId: z.string().min(1).max(64),
});
export type TSheetTransitionInput = z.infer<typeof ZSheetTransitionInput>;

const staleHead = () =>
  new ExpectedError(
    "CONFLICT",
    "La fiche a été modifiée entre-temps : rechargez la page pour voir la dernière version.",
  );

/** Loads the sheet for a transition; refused when the head is not the revision the actor saw. */
export async function loadForTransition(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  actor: TActor,
  input: TSheetTransitionInput,
) {
  const loaded = await loadSheetFacts(tx, input.useCaseId);
  if (loaded.head.id !== input.revisionId) throw staleHead();
  return { ...loaded, can: sheetCapabilities(actor, loaded.facts) };
}

/** Public reads change once the transaction has committed. */
export async function afterCommit<T>(committed: Promise<T>): Promise<T> {
  const result = await committed;
  await invalidatePublicReads();
  return result;
}
