import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseRows,
  cellProblem,
  duplicateKey,
  IMPORT_COLUMNS,
  normaliseHeader,
  type TCatalogueIndex,
} from "./import-rows.ts";
import { importTemplateCsv } from "./import-template.ts";
import { readSpreadsheet } from "./read-spreadsheet.ts";

const emptyIndex = (): TCatalogueIndex => ({ existing: new Map(), apis: new Map() });
const HEADER = ["Titre", "Description", "Catégorie", "Parcours", "Verbatims"];
const irritantRow = (
  title: string,
  extra: Partial<Record<"description" | "category" | "paths" | "quotes", string>> = {},
) => [
  title,
  extra.description ?? "Le financeur redemande une pièce déjà transmise.",
  extra.category ?? "Justificatif",
  extra.paths ?? "particulier",
  extra.quotes ?? "",
];

describe("import headers and keys", () => {
  it("matches headers whatever their case, accents and punctuation", () => {
    for (const header of ["Catégorie", "CATEGORIE", " catégorie : ", "Categorie"])
      expect(normaliseHeader(header)).toBe("categorie");
    expect(normaliseHeader("Point d'accès")).toBe("point d acces");
  });

  it("gives duplicates one key whatever their case, accents, spaces and punctuation", () => {
    expect(duplicateKey("Attestation employeur redemandée")).toBe(
      duplicateKey("  ATTESTATION  employeur — redemandee ! "),
    );
    expect(duplicateKey("Attestation employeur")).not.toBe(duplicateKey("Attestation employeur redemandée"));
  });
});

describe("cell hygiene", () => {
  it("refuses formulas, control characters and huge cells, and accepts ordinary text", () => {
    for (const formula of [
      "=SOMME(A1:A2)",
      "+33 1 23",
      "@cmd",
      "-2+3+cmd|' /C calc'!A0",
      "\tcaché",
      '=HYPERLINK("http://x")',
    ])
      expect(cellProblem(formula)).toMatch(/formules/);
    for (const control of ["a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "\uD800"])
      expect(cellProblem(control)).toMatch(/caractère de contrôle/);
    expect(cellProblem("x".repeat(5_001))).toMatch(/dépasse 5/);
    for (const text of ["- une liste", "Texte normal, avec « guillemets » et accents é", "ligne 1\nligne 2", "", "3"])
      expect(cellProblem(text)).toBeNull();
  });
});

describe("analysing an irritants sheet", () => {
  it("marks each row new, duplicate (of the catalogue or of an earlier row) or in error, with one French message per cell", () => {
    const index = emptyIndex();
    index.existing.set(duplicateKey("Déjà au catalogue"), {
      label: "Déjà au catalogue",
      href: "/irritants/deja-au-catalogue",
    });
    const rows = [
      HEADER,
      irritantRow("Attestation employeur redemandée"),
      irritantRow("ATTESTATION EMPLOYEUR REDEMANDEE"),
      irritantRow("Déjà au catalogue !"),
      irritantRow("Bref", { category: "Inconnue", paths: "particulier, martien" }),
      irritantRow("=SOMME(A1)"),
      ["", "", "", "", ""],
      irritantRow("Avis d'imposition demandé", {
        category: "donnée sociale",
        paths: "Employeur; organisme de formation",
        quotes: "On l'a déjà dit\nDeux fois",
      }),
    ];
    const analysis = analyseRows("irritant", rows, index);
    expect(analysis.rows.map((row) => [row.line, row.status])).toEqual([
      [2, "new"],
      [3, "duplicate"],
      [4, "duplicate"],
      [5, "error"],
      [6, "error"],
      [8, "new"],
    ]);
    expect(analysis.rows[1].duplicateOf).toEqual({ label: "ligne 2 du fichier", line: 2 });
    expect(analysis.rows[2].duplicateOf).toEqual({ label: "Déjà au catalogue", href: "/irritants/deja-au-catalogue" });
    expect(analysis.rows[3].errors).toEqual([
      { column: "Catégorie", message: expect.stringMatching(/^Catégorie inconnue : « Inconnue »/) },
      { column: "Parcours", message: expect.stringMatching(/^Parcours inconnu : « martien »/) },
      { column: "Titre", message: "Le titre : au moins 5 caractères." },
    ]);
    expect(analysis.rows[4].errors).toEqual([{ column: "Titre", message: expect.stringMatching(/formules/) }]);
    expect(analysis.inputs.map((entry) => entry.line)).toEqual([2, 8]);
    expect(analysis.inputs[1].input).toMatchObject({
      category: "DONNEE_SOCIALE",
      paths: ["EMPLOYEUR", "ORGANISME_FORMATION"],
      quotes: ["On l'a déjà dit", "Deux fois"],
    });
  });

  it("reports missing required columns and ignores unknown ones", () => {
    const analysis = analyseRows(
      "irritant",
      [
        ["titre", "Commentaire libre"],
        ["Une ligne", "x"],
      ],
      emptyIndex(),
    );
    expect(analysis.missingColumns).toEqual(["Description", "Catégorie"]);
    expect(analysis.ignoredColumns).toEqual(["Commentaire libre"]);
    expect(analysis.rows).toEqual([]);
  });

  it("accepts its own template's example row", async () => {
    for (const kind of ["irritant", "data-item"] as const) {
      const read = await readSpreadsheet({ format: "csv", bytes: new TextEncoder().encode(importTemplateCsv(kind)) });
      if (!read.ok) throw new Error(read.error);
      expect(read.rows[0]).toEqual(IMPORT_COLUMNS[kind].map((column) => column.header));
      const analysis = analyseRows(kind, read.rows, emptyIndex());
      expect(analysis.rows.map((row) => [row.status, row.errors])).toEqual([["new", []]]);
    }
  });
});

describe("analysing a data items sheet", () => {
  it("converts availability, effort and the API, each error under its column", () => {
    const index = emptyIndex();
    index.apis.set(normaliseHeader("API Particulier"), "api-particulier");
    const header = ["Nom", "Définition", "Détenteur", "Disponibilité", "Effort", "API"];
    const analysis = analyseRows(
      "data-item",
      [
        header,
        ["Quotient familial", "Le quotient familial de la CAF.", "CNAF", "disponible", "2", "api particulier"],
        ["Heures travaillées", "Heures rémunérées sur douze mois.", "URSSAF", "peut-être", "9", "API inconnue"],
      ],
      index,
    );
    expect(analysis.rows[0]).toMatchObject({ status: "new", errors: [] });
    expect(analysis.inputs[0].input).toMatchObject({
      availability: "DISPONIBLE",
      effort: 2,
      publicApi: "api-particulier",
    });
    expect(analysis.rows[1].errors.map((error) => error.column)).toEqual(["Disponibilité", "Effort", "API"]);
  });
});

describe("analysis of arbitrary sheets (property)", () => {
  it("never throws; each row has exactly one status; errors are French and under known columns; only new rows become inputs", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        "Justificatif",
        "particulier",
        "=1+1",
        "\u0000",
        "Attestation employeur redemandée",
        "Une description assez longue pour passer.",
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("irritant" as const, "data-item" as const),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }),
        fc.boolean(),
        (kind, body, withHeader) => {
          const headers = IMPORT_COLUMNS[kind].map((column) => column.header);
          const analysis = analyseRows(kind, withHeader ? [headers, ...body] : body, emptyIndex());
          for (const row of analysis.rows) {
            expect(["new", "duplicate", "error"]).toContain(row.status);
            expect(row.status === "error").toBe(row.errors.length > 0);
            for (const error of row.errors) {
              expect(headers).toContain(error.column);
              expect(error.message).not.toMatch(/\b(Invalid|Expected|Required|must|should)\b/);
            }
          }
          expect(analysis.inputs.map((entry) => entry.line)).toEqual(
            analysis.rows.filter((row) => row.status === "new").map((row) => row.line),
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
