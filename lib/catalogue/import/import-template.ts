import { stringify } from "csv-stringify/sync";
import { IMPORT_COLUMNS, type TImportKind } from "./import-rows.ts";

export const TEMPLATE_FILE_NAMES: Record<TImportKind, string> = {
  irritant: "modele-import-irritants.csv",
  "data-item": "modele-import-donnees.csv",
};

/**
 * The downloadable template: the expected headers and one example row, « ; »-separated
 * with a BOM so that a French spreadsheet opens it in columns and with its accents.
 */
export function importTemplateCsv(kind: TImportKind): string {
  const columns = IMPORT_COLUMNS[kind];
  return (
    "\uFEFF" +
    stringify([columns.map((column) => column.header), columns.map((column) => column.example)], {
      delimiter: ";",
      record_delimiter: "\r\n",
    })
  );
}
