import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { minimalXlsx } from "./minimal-xlsx.ts";
import { decodeText, detectDelimiter, READ_ERRORS, readSpreadsheet } from "./read-spreadsheet.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const KNOWN_ERRORS = new Set<string>(Object.values(READ_ERRORS));

describe("reading a CSV", () => {
  it("reads « ; », « , » and tab separated files, quoted cells and line breaks inside cells", async () => {
    for (const [text, expected] of [
      [
        "Titre;Description\r\nA;b\r\n",
        [
          ["Titre", "Description"],
          ["A", "b"],
        ],
      ],
      [
        'Titre,Description\n"x, y","deux\nlignes"\n',
        [
          ["Titre", "Description"],
          ["x, y", "deux\nlignes"],
        ],
      ],
      [
        "Titre\tDescription\nA\tb",
        [
          ["Titre", "Description"],
          ["A", "b"],
        ],
      ],
      [
        'Titre;Description\n=LIEN("https://exemple.fr");écran 12"',
        [
          ["Titre", "Description"],
          ['=LIEN("https://exemple.fr")', 'écran 12"'],
        ],
      ],
      [
        '\uFEFFTitre;Description\nA;"guillemet ""cité"""',
        [
          ["Titre", "Description"],
          ["A", 'guillemet "cité"'],
        ],
      ],
    ] as const) {
      expect(await readSpreadsheet({ format: "csv", bytes: utf8(text) })).toEqual({ ok: true, rows: expected });
    }
  });

  it("reads a Windows-1252 file (a French Excel's « CSV ») with its accents", async () => {
    const latin1 = Uint8Array.from(
      [...("Cat" + "\xe9gorie;Titre\nJustificatif;Attestation employeur redemand" + "\xe9e")].map((char) =>
        char.charCodeAt(0),
      ),
    );
    expect(decodeText(latin1)).toContain("Catégorie");
    expect(await readSpreadsheet({ format: "csv", bytes: latin1 })).toEqual({
      ok: true,
      rows: [
        ["Catégorie", "Titre"],
        ["Justificatif", "Attestation employeur redemandée"],
      ],
    });
  });

  it("detects the separator from the header line", () => {
    expect(detectDelimiter("a;b,c;d\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("a\tb")).toBe("\t");
    expect(detectDelimiter("seule")).toBe(";");
  });

  it("refuses empty, oversized, too long and malformed files with French messages", async () => {
    const header = "Titre;Description\n";
    expect(await readSpreadsheet({ format: "csv", bytes: new Uint8Array() })).toEqual({
      ok: false,
      error: READ_ERRORS.empty,
    });
    expect(await readSpreadsheet({ format: "csv", bytes: utf8(";;\n  ; \n") })).toEqual({
      ok: false,
      error: READ_ERRORS.empty,
    });
    expect(await readSpreadsheet({ format: "csv", bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 1) })).toEqual({
      ok: false,
      error: READ_ERRORS.tooLarge,
    });
    expect(
      await readSpreadsheet({ format: "csv", bytes: utf8(header + "a;b\n".repeat(IMPORT_LIMITS.rows + 1)) }),
    ).toEqual({ ok: false, error: READ_ERRORS.tooManyRows });
    expect(
      (await readSpreadsheet({ format: "csv", bytes: utf8(header + "a;b\n".repeat(IMPORT_LIMITS.rows)) })).ok,
    ).toBe(true);
    expect(
      await readSpreadsheet({
        format: "csv",
        bytes: utf8(Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(";")),
      }),
    ).toEqual({ ok: false, error: READ_ERRORS.tooManyColumns });
    expect(await readSpreadsheet({ format: "csv", bytes: utf8(header + '"jamais fermé;b\n') })).toEqual({
      ok: false,
      error: READ_ERRORS.csvMalformed,
    });
    expect(
      await readSpreadsheet({
        format: "csv",
        bytes: utf8(header + "x".repeat(IMPORT_LIMITS.cellCharacters * 4 + 10) + ";b\n"),
      }),
    ).toEqual({ ok: false, error: READ_ERRORS.csvMalformed });
  });

  it("never throws, and every refusal is one of its French messages (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          fc.string({ maxLength: 2_000 }).map(utf8),
          fc
            .array(
              fc.array(fc.oneof(fc.string(), fc.constantFrom('"', ";", ",", "\n", "\r", "\t", "\u0000", "=1+1")), {
                maxLength: 8,
              }),
              { maxLength: 30 },
            )
            .map((rows) => utf8(rows.map((row) => row.join(";")).join("\n"))),
        ),
        fc.constantFrom("csv" as const, "xlsx" as const),
        async (bytes, format) => {
          const result = await readSpreadsheet({ format, bytes });
          if (!result.ok) expect(KNOWN_ERRORS).toContain(result.error);
          else expect(result.rows.every((row) => row.every((cell) => typeof cell === "string"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("reading an XLSX", () => {
  it("reads the first sheet's cells as text", async () => {
    expect(
      await readSpreadsheet({
        format: "xlsx",
        bytes: minimalXlsx([
          ["Titre", "Effort"],
          ["Été & <b>", 3],
          ["", ""],
          ["Dernière", 5],
        ]),
      }),
    ).toEqual({
      ok: true,
      rows: [
        ["Titre", "Effort"],
        ["Été & <b>", "3"],
        ["", ""],
        ["Dernière", "5"],
      ],
    });
  });

  it("refuses what is not a workbook", async () => {
    for (const bytes of [
      utf8("Titre;Description\nA;b"),
      zipSync({ "a.txt": strToU8("rien") }),
      minimalXlsx([["a"]]).slice(0, 200),
    ]) {
      expect(await readSpreadsheet({ format: "xlsx", bytes })).toEqual({ ok: false, error: READ_ERRORS.xlsxMalformed });
    }
  });

  it("refuses zip bombs: large declared sizes, many entries, and entries that lie about their size", async () => {
    const bomb = zipSync(
      { "xl/worksheets/sheet1.xml": strToU8("<a>" + " ".repeat(IMPORT_LIMITS.xlsxUncompressedBytes) + "</a>") },
      { level: 9 },
    );
    expect(bomb.byteLength).toBeLessThan(IMPORT_LIMITS.fileBytes);
    expect(await readSpreadsheet({ format: "xlsx", bytes: bomb })).toEqual({
      ok: false,
      error: READ_ERRORS.xlsxTooBig,
    });
    const many = zipSync(
      Object.fromEntries(
        Array.from({ length: IMPORT_LIMITS.xlsxEntries + 1 }, (_, i) => [`x${i}.xml`, strToU8("<a/>")]),
      ),
    );
    expect(await readSpreadsheet({ format: "xlsx", bytes: many })).toEqual({
      ok: false,
      error: READ_ERRORS.xlsxTooBig,
    });
    // A workbook whose central directory declares 10 bytes for 12 MB of sheet XML (past the bound): the entry is cut at
    // 10 bytes, never inflated further.
    const liar = minimalXlsx([], {
      sheetXml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${" ".repeat(12_000_000)}<sheetData/></worksheet>`,
    });
    const view = new DataView(liar.buffer, liar.byteOffset, liar.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 <= liar.length; i++) {
      // Central directory header of sheet1.xml (the largest entry): its uncompressed size lies.
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) > 1_000_000) {
        view.setUint32(i + 24, 10, true);
        patched += 1;
      }
    }
    expect(patched).toBe(1);
    expect(await readSpreadsheet({ format: "xlsx", bytes: liar })).toEqual({
      ok: false,
      error: READ_ERRORS.xlsxMalformed,
    });
  }, 60_000);

  it("refuses sheets that name far-away cells (the reader would allocate the whole grid)", async () => {
    for (const ref of ["A1000000", "XFD1", `A${IMPORT_LIMITS.xlsxRowNumber + 1}`]) {
      const sheetXml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c></row><row r="${ref.replace(/^[A-Z]+/, "")}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
      expect(await readSpreadsheet({ format: "xlsx", bytes: minimalXlsx([], { sheetXml }) })).toEqual({
        ok: false,
        error: READ_ERRORS.xlsxTooWide,
      });
    }
    const manyCells = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${"<c/>".repeat(IMPORT_LIMITS.xlsxCells + 1)}</row></sheetData></worksheet>`;
    expect(await readSpreadsheet({ format: "xlsx", bytes: minimalXlsx([], { sheetXml: manyCells }) })).toEqual({
      ok: false,
      error: READ_ERRORS.xlsxTooWide,
    });
  }, 60_000);
});
