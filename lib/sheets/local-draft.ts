import { z } from "zod";
import { ORGANISATION_TYPES } from "@/lib/organisations/organisation-types.ts";
import { SOLUTION_STATUSES, ZPathKind } from "./sheet-content.ts";

export const localDraftKey = (useCaseId: string) => `atelier-efop:brouillon:${useCaseId}`;

/**
 * The shape of a draft kept in the browser. Only the shape is checked, not the limits of a save
 * (ZSheetContent): a draft too long or half-filled is still the person's work, and the save will say
 * what to correct. A draft of another shape (older version of the editor, hand-edited) is discarded.
 */
const ZDraftContent = z.object({
  context: z.string(),
  problem: z.string(),
  ambition: z.string(),
  targetPublic: z.string(),
  benefits: z.string(),
  actors: z.string(),
  solutions: z.array(
    z.object({
      name: z.string(),
      targetDate: z.string().nullable(),
      status: z.enum(SOLUTION_STATUSES),
      content: z.string(),
    }),
  ),
  paths: z.array(
    z.object({
      kind: ZPathKind,
      carriedBy: z.string(),
      askedToday: z.string(),
      dataHeld: z.string(),
      target: z.string(),
    }),
  ),
  actorTypes: z.array(z.enum(ORGANISATION_TYPES)),
  irritants: z.array(z.string()),
  dataItems: z.array(z.string()),
});

export const ZLocalDraft = z.object({
  savedAt: z.iso.datetime(),
  baseRevisionId: z.string().min(1),
  form: z.object({ title: z.string(), summary: z.string(), content: ZDraftContent, message: z.string() }),
});
export type TLocalDraft = z.infer<typeof ZLocalDraft>;

/** The draft stored under a sheet's key, or null when there is none or it cannot be trusted. */
export function readLocalDraft(stored: string | null): TLocalDraft | null {
  if (!stored) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  const draft = ZLocalDraft.safeParse(parsed);
  return draft.success ? draft.data : null;
}

export function serializeLocalDraft(form: TLocalDraft["form"], baseRevisionId: string, savedAt = new Date()): string {
  return JSON.stringify({ savedAt: savedAt.toISOString(), form, baseRevisionId } satisfies TLocalDraft);
}
