import type { z } from "zod";
import type { TActor } from "@/lib/auth/actor.ts";
import { enforceRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { analyseImport, ZCatalogueImportInput } from "./analyse-import.ts";

export const ZPreviewCatalogueImportInput = ZCatalogueImportInput;

/**
 * Members see what an import would do, row by row, before anything is written. Writes nothing (but counts towards the
 * member's rate limit).
 */
export async function previewCatalogueImport({
  actor: member,
  input,
}: {
  actor: TActor;
  input: z.output<typeof ZPreviewCatalogueImportInput>;
}) {
  await enforceRateLimit(RATE_LIMITS.catalogueImportPreview, `member:${member.id}`);
  const analysis = await analyseImport(input);
  const count = (status: string) => analysis.rows.filter((row) => row.status === status).length;
  return {
    kind: analysis.kind,
    columns: analysis.columns,
    ignoredColumns: analysis.ignoredColumns,
    rows: analysis.rows,
    counts: { new: count("new"), duplicate: count("duplicate"), error: count("error") },
  };
}
export type TImportPreview = Awaited<ReturnType<typeof previewCatalogueImport>>;
