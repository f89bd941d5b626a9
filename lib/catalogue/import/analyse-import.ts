import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import {
  analyseRows,
  duplicateKey,
  IMPORT_KINDS,
  normaliseHeader,
  type TCatalogueIndex,
  type TDuplicateOf,
  type TImportKind,
} from "./import-rows.ts";
import { readSpreadsheet, type TSpreadsheetFormat } from "./read-spreadsheet.ts";

/** Base64 of the largest file allowed (4 characters per 3 bytes). */
const MAX_BASE64 = Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4;

export const ZCatalogueImportInput = z.object({
  kind: z.enum(IMPORT_KINDS, { message: "Choisissez ce que contient le fichier : des irritants ou des données." }),
  fileName: z
    .string({ message: "Choisissez un fichier." })
    .trim()
    .min(1, "Choisissez un fichier.")
    .max(255, "Le nom du fichier est trop long."),
  /** The file's bytes, base64-encoded by the browser. */
  content: z
    .string({ message: "Choisissez un fichier." })
    .max(MAX_BASE64, `Le fichier dépasse ${IMPORT_LIMITS.fileBytes / 1024} Ko : découpez-le en plusieurs imports.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Le fichier a été mal transmis : choisissez-le à nouveau."),
});
export type TCatalogueImportInput = z.input<typeof ZCatalogueImportInput>;

function formatOf(fileName: string): TSpreadsheetFormat {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === "csv" || extension === "txt" || extension === "tsv") return "csv";
  if (extension === "xlsx") return "xlsx";
  if (extension === "xls" || extension === "ods")
    throw new ExpectedError(
      "INVALID_INPUT",
      `Le format .${extension} n'est pas lu : enregistrez le tableau au format Excel (.xlsx) ou CSV.`,
    );
  throw new ExpectedError("INVALID_INPUT", "Format de fichier non pris en charge : choisissez un fichier CSV ou XLSX.");
}

/**
 * Existing entries by duplicate key (retired and merged ones too: re-importing them would bring back what was sorted
 * out).
 */
async function catalogueIndex(kind: TImportKind): Promise<TCatalogueIndex> {
  const existing = new Map<string, TDuplicateOf>();
  const add = (title: string, slug: string, retired: boolean, base: string) => {
    const key = duplicateKey(title);
    if (key && !existing.has(key))
      existing.set(key, { label: retired ? `${title} (retiré du catalogue)` : title, href: `${base}/${slug}` });
  };
  if (kind === "irritant") {
    for (const entry of await db.irritant.findMany({ select: { title: true, slug: true, retiredAt: true } }))
      add(entry.title, entry.slug, Boolean(entry.retiredAt), "/irritants");
  } else {
    for (const entry of await db.dataItem.findMany({ select: { name: true, slug: true, retiredAt: true } }))
      add(entry.name, entry.slug, Boolean(entry.retiredAt), "/donnees");
  }
  const apis = new Map<string, string>();
  for (const api of await db.publicApi.findMany({ where: { retiredAt: null }, select: { slug: true, name: true } })) {
    apis.set(normaliseHeader(api.name), api.slug);
    apis.set(normaliseHeader(api.slug), api.slug);
  }
  return { existing, apis };
}

/**
 * Reads the uploaded file and compares it with the catalogue as it is now. Writes nothing.
 * A file that cannot be read at all, or lacks a required column, is refused with a French message.
 */
export async function analyseImport(input: z.output<typeof ZCatalogueImportInput>) {
  const format = formatOf(input.fileName);
  const read = await readSpreadsheet({ format, bytes: Buffer.from(input.content, "base64") });
  if (!read.ok) throw new ExpectedError("INVALID_INPUT", read.error);
  const analysis = analyseRows(input.kind, read.rows, await catalogueIndex(input.kind));
  if (analysis.missingColumns.length) {
    throw new ExpectedError(
      "INVALID_INPUT",
      `Colonne${analysis.missingColumns.length > 1 ? "s" : ""} obligatoire${analysis.missingColumns.length > 1 ? "s" : ""} absente${analysis.missingColumns.length > 1 ? "s" : ""} : ${analysis.missingColumns.join(", ")}. Partez du modèle à télécharger.`,
    );
  }
  if (analysis.rows.length === 0)
    throw new ExpectedError("INVALID_INPUT", "Le fichier ne contient aucune ligne sous ses en-têtes.");
  return analysis;
}
