import { stringify } from "csv-stringify/sync";

/** A cell: text (always neutralised) or a number the app computed itself (written as is, sign included). */
export type TCsvCell = string | number | null;

/** First characters that make a spreadsheet read a cell as a formula or a command (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet will show as text: a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading apostrophe, as OWASP advises.
 * Applies to every string, even one that looks like a negative number: only
 * values typed as numbers stay numeric.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The one CSV writer of the app's exports: « ; » separators, CRLF and a
 * byte-order mark so that a French Excel opens it as is; every text cell
 * neutralised against formula injection, numbers written as numbers.
 */
export function spreadsheetCsv(rows: TCsvCell[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) =>
      typeof cell === "number" ? (Number.isFinite(cell) ? String(cell) : "") : neutraliseFormula(cell ?? ""),
    ),
  );
  return "\uFEFF" + stringify(cells, { delimiter: ";", record_delimiter: "\r\n", quoted_match: /^'/ });
}
