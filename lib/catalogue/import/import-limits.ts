/**
 * Bounds of a spreadsheet import (README « Import d'un tableur »). The file travels base64-encoded
 * inside a server action, whose body Next caps at 1 MB: 512 KB of file is about 683 KB encoded.
 */
export const IMPORT_LIMITS = {
  fileBytes: 512 * 1024,
  /** Data rows, header excluded: all of them are written in one transaction. */
  rows: 100,
  columns: 30,
  /** Characters of one cell; each field has its own, smaller maximum too. */
  cellCharacters: 5_000,
  /** An XLSX is a zip archive: what it may hold once decompressed, all entries together. */
  xlsxUncompressedBytes: 10 * 1024 * 1024,
  xlsxEntries: 200,
  /** Highest row number and column a worksheet may name (styled empty cells included). */
  xlsxRowNumber: 10_000,
  xlsxColumnNumber: 200,
  xlsxCells: 100_000,
} as const;
