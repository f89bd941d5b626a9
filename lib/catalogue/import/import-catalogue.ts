import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { IMPORT_TRANSACTION } from "@/lib/db/transaction-options.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { enforceRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { writeIrritant } from "../save-irritant.ts";
import { writeDataItem } from "../save-data-item.ts";
import { analyseImport, ZCatalogueImportInput } from "./analyse-import.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";

export const ZImportCatalogueInput = ZCatalogueImportInput.extend({
  /** How many new rows the member saw in the preview: if the catalogue changed since, the import is refused. */
  expectedNew: z
    .number({ message: "Relancez l'aperçu avant d'importer." })
    .int()
    .min(1, "Aucune ligne à importer.")
    .max(IMPORT_LIMITS.rows, "Relancez l'aperçu avant d'importer."),
});
export type TImportCatalogueInput = z.input<typeof ZImportCatalogueInput>;

/**
 * Writes the new, valid rows of a spreadsheet, all or none, through the forms' own write functions:
 * each entry gets its history, its audit event and its card in « Signalé »; the import itself gets one
 * audit event. The file is read and checked again here: the preview the member saw is never trusted.
 */
export async function importCatalogue({
  actor: member,
  input,
}: {
  actor: TActor;
  input: z.output<typeof ZImportCatalogueInput>;
}) {
  await enforceRateLimit(RATE_LIMITS.catalogueImport, `member:${member.id}`);
  const analysis = await analyseImport(input);
  if (analysis.inputs.length !== input.expectedNew) {
    throw new ExpectedError(
      "STALE",
      "Le catalogue ou le fichier a changé depuis l'aperçu : relancez l'aperçu avant d'importer. Rien n'a été enregistré.",
    );
  }
  const count = (status: string) => analysis.rows.filter((row) => row.status === status).length;
  const created = await db.$transaction(async (tx) => {
    const entries: { line: number; slug: string; title: string }[] = [];
    for (const { line, input: entry } of analysis.inputs) {
      const saved =
        analysis.kind === "irritant"
          ? await writeIrritant(tx, { member, input: entry as Parameters<typeof writeIrritant>[1]["input"] })
          : await writeDataItem(tx, { member, input: entry as Parameters<typeof writeDataItem>[1]["input"] });
      entries.push({
        line,
        slug: saved.slug,
        title: (entry as { title?: string; name?: string }).title ?? (entry as { name: string }).name,
      });
    }
    await recordAuditEvent(tx, {
      actor: member,
      action: "catalogue.import",
      targetType: analysis.kind,
      data: {
        created: entries.length,
        duplicates: count("duplicate"),
        errors: count("error"),
        slugs: entries.map((entry) => entry.slug),
      },
    });
    return entries;
  }, IMPORT_TRANSACTION);
  // Open boards show the new cards in « Signalé » (after the commit: a refused import reaches no one).
  await publishLiveEvent({ type: "board.changed" });
  return { kind: analysis.kind, created, skipped: { duplicate: count("duplicate"), error: count("error") } };
}
