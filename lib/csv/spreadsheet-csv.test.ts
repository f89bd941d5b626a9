import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, spreadsheetCsv } from "./spreadsheet-csv.ts";

const read = (csv: string) => parse(csv.slice(1), { delimiter: ";", relax_column_count: true }) as string[][];

describe("spreadsheetCsv", () => {
  it.each([
    ['=HYPERLINK("https://exemple.fr","clic")', '\'=HYPERLINK("https://exemple.fr","clic")'],
    ["+33 1 23 45 67 89", "'+33 1 23 45 67 89"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["-12", "'-12"],
  ])("neutralises a text cell starting like a formula: %j", (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
    expect(read(spreadsheetCsv([[text]]))[0][0]).toBe(expected);
  });

  it("leaves ordinary text and the app's own numbers, negative ones included, as they are", () => {
    const rows = read(spreadsheetCsv([["Heures; brut", 'RIB "vérifié"', "a=b", "1+1", -3, 0, 2.5, null]]));
    expect(rows[0]).toEqual(["Heures; brut", 'RIB "vérifié"', "a=b", "1+1", "-3", "0", "2.5", ""]);
  });

  it("starts with a byte-order mark and separates with « ; » and CRLF", () => {
    expect(
      spreadsheetCsv([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe("\uFEFFa;1\r\nb;2\r\n");
  });

  it("never lets a text cell start with a formula character, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc
              .tuple(fc.constantFrom("", "=", "+", "-", "@", "\t", "\r", " ", "'"), fc.string())
              .map(([start, rest]) => start + rest),
            { maxLength: 5 },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const read_ = read(spreadsheetCsv(rows));
          for (const row of read_) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
