import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { readSheet } from "read-excel-file/node";
import { IMPORT_LIMITS } from "./import-limits.ts";

export type TSpreadsheetFormat = "csv" | "xlsx";
/** The sheet as text cells, first row the headers; or why it could not be read, in French. */
export type TReadSpreadsheetResult = { ok: true; rows: string[][] } | { ok: false; error: string };

export const READ_ERRORS = {
  empty: "Le fichier est vide.",
  tooLarge: `Le fichier dépasse ${IMPORT_LIMITS.fileBytes / 1024} Ko : découpez-le en plusieurs imports.`,
  tooManyRows: `Le fichier compte plus de ${IMPORT_LIMITS.rows} lignes de données : découpez-le en plusieurs imports.`,
  tooManyColumns: `Le fichier compte plus de ${IMPORT_LIMITS.columns} colonnes : gardez seulement les colonnes du modèle.`,
  csvMalformed:
    "Le fichier CSV est mal formé (guillemet non fermé ou ligne trop longue) : ré-exportez-le depuis votre tableur.",
  xlsxMalformed: "Le fichier n'est pas un classeur XLSX lisible : enregistrez-le au format Excel (.xlsx) ou CSV.",
  xlsxTooBig: `Le classeur décompressé dépasse ${IMPORT_LIMITS.xlsxUncompressedBytes / 1024 / 1024} Mo ou compte trop d'éléments : gardez une seule feuille avec les colonnes du modèle.`,
  xlsxTooWide: `La feuille déborde des limites (ligne ${IMPORT_LIMITS.xlsxRowNumber} ou colonne ${IMPORT_LIMITS.xlsxColumnNumber} dépassée, ou trop de cellules) : gardez seulement le tableau à importer.`,
} as const;

const fail = (error: string): TReadSpreadsheetResult => ({ ok: false, error });

/**
 * Reads a CSV or XLSX file into rows of text. Never throws: anything unreadable
 * or past the bounds of IMPORT_LIMITS gives a French error instead, before the
 * whole content is held in memory where the format allows it.
 */
export async function readSpreadsheet({
  format,
  bytes,
}: {
  format: TSpreadsheetFormat;
  bytes: Uint8Array;
}): Promise<TReadSpreadsheetResult> {
  if (bytes.byteLength === 0) return fail(READ_ERRORS.empty);
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) return fail(READ_ERRORS.tooLarge);
  try {
    const rows = format === "csv" ? readCsv(bytes) : await readXlsx(bytes);
    if (typeof rows === "string") return fail(rows);
    return checkShape(rows);
  } catch {
    return fail(format === "csv" ? READ_ERRORS.csvMalformed : READ_ERRORS.xlsxMalformed);
  }
}

/** Empty rows are kept (line numbers stay those of the spreadsheet) but count for nothing. */
function checkShape(rows: string[][]): TReadSpreadsheetResult {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (filled.length === 0) return fail(READ_ERRORS.empty);
  if (filled.length - 1 > IMPORT_LIMITS.rows) return fail(READ_ERRORS.tooManyRows);
  if (filled.some((row) => row.length > IMPORT_LIMITS.columns)) return fail(READ_ERRORS.tooManyColumns);
  return { ok: true, rows };
}

/** UTF-8, or Windows-1252 (what a French Excel writes as « CSV ») when the bytes are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** French spreadsheets export « ; », others « , », some tabs: the separator most used in the first line wins. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

function readCsv(bytes: Uint8Array): string[][] | string {
  const text = decodeText(bytes).replace(/^\uFEFF/, "");
  const records: string[][] = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    // Hand-edited files hold quotes inside unquoted cells (=LIEN("…"), 12" écran): kept as text.
    relax_quotes: true,
    skip_empty_lines: true,
    // One more than allowed: the shape check then says « too many rows » rather than cutting silently.
    to: IMPORT_LIMITS.rows + 2,
    // A record longer than every cell of a full row together is not a spreadsheet row.
    max_record_size: IMPORT_LIMITS.cellCharacters * 4,
  });
  return records;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][] | string> {
  // An .xlsx is a zip archive: refuse anything else before unzipping.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return READ_ERRORS.xlsxMalformed;
  const entries = unzipBounded(bytes);
  if (typeof entries === "string") return entries;
  const tooWide = checkWorksheets(entries);
  if (tooWide) return tooWide;
  // The library unzips again, without bounds of its own: it gets the entries checked above,
  // stored uncompressed, so what it reads is exactly what was measured (a zip that lies about its sizes is defused).
  const repacked = zipSync(entries, { level: 0 });
  const sheet = await readSheet(Buffer.from(repacked));
  return sheet.map((row) => row.map(cellText));
}

/**
 * Unzips the archive's XML parts, refusing archives whose declared sizes pass the bounds.
 * fflate decompresses each entry into a buffer of its declared size, never more: a zip bomb
 * that under-declares its sizes is cut at what it declared.
 */
function unzipBounded(bytes: Uint8Array): Unzipped | string {
  let declared = 0;
  let count = 0;
  let refused = false;
  const entries = unzipSync(bytes, {
    filter(file) {
      count += 1;
      declared += file.originalSize;
      if (count > IMPORT_LIMITS.xlsxEntries || declared > IMPORT_LIMITS.xlsxUncompressedBytes) refused = true;
      return !refused && /\.(xml|rels)$/.test(file.name);
    },
  });
  return refused ? READ_ERRORS.xlsxTooBig : entries;
}

const CELL_OR_ROW_REFERENCE = /<(?:\w+:)?(?:c|row)\b[^>]*?\br="([A-Z]*)(\d+)"/g;
const CELL = /<(?:\w+:)?c\b/g;

/** A worksheet naming row 1 000 000 or column XFD would make the reader allocate its whole grid. */
function checkWorksheets(entries: Unzipped): string | null {
  for (const [name, content] of Object.entries(entries)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(content);
    if ((xml.match(CELL)?.length ?? 0) > IMPORT_LIMITS.xlsxCells) return READ_ERRORS.xlsxTooWide;
    for (const [, letters, row] of xml.matchAll(CELL_OR_ROW_REFERENCE)) {
      if (Number(row) > IMPORT_LIMITS.xlsxRowNumber || columnNumber(letters) > IMPORT_LIMITS.xlsxColumnNumber)
        return READ_ERRORS.xlsxTooWide;
    }
  }
  return null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** The text of a cell as a person typed it: dates as JJ/MM/AAAA, booleans as oui/non. */
function cellText(value: unknown): string {
  if (value == null) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10).split("-").reverse().join("/");
  if (typeof value === "boolean") return value ? "oui" : "non";
  return String(value);
}
