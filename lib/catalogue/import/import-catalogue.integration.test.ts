import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { REPORTED_COLUMN_KEY } from "@/lib/board/add-reported-card.ts";
import { saveIrritant, ZSaveIrritantInput } from "../save-irritant.ts";
import { listCatalogueChanges } from "../list-catalogue-changes.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { minimalXlsx } from "./minimal-xlsx.ts";
import { previewCatalogueImport, ZPreviewCatalogueImportInput } from "./preview-catalogue-import.ts";
import { importCatalogue, ZImportCatalogueInput } from "./import-catalogue.ts";

afterAll(() => stopLiveEvents());

const unique = () => randomUUID().slice(0, 8);
const csv = (rows: string[][]) =>
  Buffer.from(rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(";")).join("\r\n")).toString(
    "base64",
  );
const HEADER = ["Titre", "Description", "Catégorie", "Parcours"];
const row = (title: string, category = "Justificatif") => [
  title,
  "Une pièce redemandée alors qu'elle est déjà détenue.",
  category,
  "particulier",
];
const counts = async () => ({
  irritants: await db.irritant.count(),
  dataItems: await db.dataItem.count(),
  cards: await db.boardCard.count(),
  changes: await db.catalogueChange.count(),
  audits: await db.auditEvent.count({ where: { action: { not: { startsWith: "rate" } } } }),
});

describe("importing a spreadsheet", () => {
  it("previews without writing anything, then writes exactly the new valid rows with history, audit and « Signalé » cards", async () => {
    const member = await createActor("MEMBER");
    const suffix = unique();
    const existing = await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        ...{ title: `Existant ${suffix}`, description: "Un irritant déjà au catalogue.", category: "AUTRE" },
        paths: [],
        quotes: "",
        dataItems: [],
        schemes: [],
      }),
    });
    const content = csv([
      HEADER,
      row(`Attestation ${suffix}`),
      row(`ATTESTATION ${suffix}`),
      row(`Existant ${suffix}`),
      row(`Mauvaise catégorie ${suffix}`, "Zèbre"),
      row(`Relevé ${suffix}`),
    ]);
    const input = { kind: "irritant" as const, fileName: "atelier.csv", content };

    const before = await counts();
    const preview = await previewCatalogueImport({ actor: member, input: ZPreviewCatalogueImportInput.parse(input) });
    expect(await counts()).toEqual(before);
    expect(preview.counts).toEqual({ new: 2, duplicate: 2, error: 1 });
    expect(preview.rows.map((entry) => entry.status)).toEqual(["new", "duplicate", "duplicate", "error", "new"]);
    expect(preview.rows[2].duplicateOf).toMatchObject({ href: `/irritants/${existing.slug}` });

    const result = await importCatalogue({
      actor: member,
      input: ZImportCatalogueInput.parse({ ...input, expectedNew: 2 }),
    });
    expect(result.created.map((entry) => [entry.line, entry.title])).toEqual([
      [2, `Attestation ${suffix}`],
      [6, `Relevé ${suffix}`],
    ]);
    const after = await counts();
    expect(after.irritants - before.irritants).toBe(2);
    expect(after.dataItems).toBe(before.dataItems);
    expect(after.cards - before.cards).toBe(2);
    const created = await db.irritant.findMany({
      where: { slug: { in: result.created.map((entry) => entry.slug) } },
      select: {
        id: true,
        title: true,
        category: true,
        paths: true,
        card: { select: { column: { select: { key: true } } } },
      },
    });
    expect(created).toHaveLength(2);
    for (const irritant of created) {
      expect(irritant).toMatchObject({
        category: "JUSTIFICATIF",
        paths: ["PARTICULIER"],
        card: { column: { key: REPORTED_COLUMN_KEY } },
      });
      expect(
        (await listCatalogueChanges({ kind: "IRRITANT", entryId: irritant.id })).map((change) => change.action),
      ).toEqual(["create"]);
      expect(
        await db.auditEvent.count({ where: { action: "irritant.create", targetId: irritant.id, actorId: member.id } }),
      ).toBe(1);
    }
    const importEvents = await db.auditEvent.findMany({
      where: { action: "catalogue.import", actorId: member.id },
      select: { data: true, targetType: true },
    });
    expect(importEvents).toEqual([
      {
        targetType: "irritant",
        data: { created: 2, duplicates: 2, errors: 1, slugs: result.created.map((entry) => entry.slug) },
      },
    ]);

    // The same file again: every row is now a duplicate or in error, nothing is left to import.
    const again = await previewCatalogueImport({ actor: member, input: ZPreviewCatalogueImportInput.parse(input) });
    expect(again.counts).toEqual({ new: 0, duplicate: 4, error: 1 });
  });

  it("imports data items from an XLSX file, linked to an API named in the sheet", async () => {
    const member = await createActor("MEMBER");
    const suffix = unique();
    const api = await db.publicApi.create({
      data: {
        slug: `api-import-${suffix}`,
        name: `API import ${suffix}`,
        provider: "DINUM",
        description: "Une API pour le test d'import.",
      },
    });
    const content = Buffer.from(
      minimalXlsx([
        ["NOM", "definition", "Détenteur", "Disponibilité", "Effort", "API", "Colonne en trop"],
        [
          `Quotient familial ${suffix}`,
          "Le quotient familial calculé par la CAF.",
          "CNAF",
          "Disponible",
          2,
          `API import ${suffix}`,
          "ignorée",
        ],
        [`Heures ${suffix}`, "Heures rémunérées sur douze mois.", "URSSAF", "En cours", 7, "", ""],
      ]),
    ).toString("base64");
    const input = { kind: "data-item" as const, fileName: "donnees.xlsx", content };
    const preview = await previewCatalogueImport({ actor: member, input: ZPreviewCatalogueImportInput.parse(input) });
    expect(preview.ignoredColumns).toEqual(["Colonne en trop"]);
    expect(preview.rows.map((entry) => [entry.status, entry.errors.map((error) => error.column)])).toEqual([
      ["new", []],
      ["error", ["Effort"]],
    ]);
    const result = await importCatalogue({
      actor: member,
      input: ZImportCatalogueInput.parse({ ...input, expectedNew: 1 }),
    });
    const item = await db.dataItem.findUniqueOrThrow({
      where: { slug: result.created[0].slug },
      select: {
        effort: true,
        availability: true,
        publicApiId: true,
        card: { select: { column: { select: { key: true } } } },
      },
    });
    expect(item).toEqual({
      effort: 2,
      availability: "DISPONIBLE",
      publicApiId: api.id,
      card: { column: { key: REPORTED_COLUMN_KEY } },
    });
  });

  it("refuses, writing nothing, when the catalogue changed since the preview, when nothing is new, and for unreadable files", async () => {
    const member = await createActor("MEMBER");
    const suffix = unique();
    const input = {
      kind: "irritant" as const,
      fileName: "atelier.csv",
      content: csv([HEADER, row(`Concurrent ${suffix}`), row(`Second ${suffix}`)]),
    };
    // Someone reports one of the rows between the preview (2 new) and the confirmation.
    await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        title: `Concurrent ${suffix}`,
        description: "Signalé entre l'aperçu et l'import.",
        category: "AUTRE",
        paths: [],
        quotes: "",
        dataItems: [],
        schemes: [],
      }),
    });
    const before = await counts();
    await expect(
      importCatalogue({ actor: member, input: ZImportCatalogueInput.parse({ ...input, expectedNew: 2 }) }),
    ).rejects.toMatchObject({ code: "STALE" });
    await expect(
      importCatalogue({
        actor: member,
        input: ZImportCatalogueInput.parse({
          ...input,
          content: csv([HEADER, row(`Concurrent ${suffix}`)]),
          expectedNew: 1,
        }),
      }),
    ).rejects.toMatchObject({ code: "STALE" });
    for (const [fileName, content, message] of [
      ["atelier.xls", csv([HEADER]), /\.xls n'est pas lu/],
      ["atelier.pdf", csv([HEADER]), /CSV ou XLSX/],
      ["atelier.xlsx", csv([HEADER, row("x")]), /classeur XLSX lisible/],
      ["atelier.csv", csv([["Titre"], ["Seul"]]), /Colonnes obligatoires absentes : Description, Catégorie/],
      ["atelier.csv", csv([HEADER]), /aucune ligne/],
    ] as const) {
      await expect(
        previewCatalogueImport({
          actor: member,
          input: ZPreviewCatalogueImportInput.parse({ kind: "irritant", fileName, content }),
        }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(message) });
    }
    expect(await counts()).toEqual(before);
  });

  it("writes all rows or none: a failure in the middle leaves the catalogue as it was", async () => {
    const member = await createActor("MEMBER");
    const suffix = unique();
    const input = {
      kind: "irritant" as const,
      fileName: "atelier.csv",
      content: csv([HEADER, row(`Premier ${suffix}`), row(`Second ${suffix}`)]),
    };
    const before = await counts();
    // The database refuses the second row (a trigger stands for any failure there): the first one must not stay.
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_second_${suffix}() RETURNS trigger AS $$ BEGIN IF NEW."title" = 'Second ${suffix}' THEN RAISE EXCEPTION 'refusé'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_second_${suffix} BEFORE INSERT ON "Irritant" FOR EACH ROW EXECUTE FUNCTION refuse_second_${suffix}()`,
    );
    try {
      await expect(
        importCatalogue({ actor: member, input: ZImportCatalogueInput.parse({ ...input, expectedNew: 2 }) }),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_second_${suffix} ON "Irritant"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_second_${suffix}()`);
    }
    expect(await counts()).toEqual(before);
  });

  it("imports a file of the maximum size (100 rows) in one transaction", async () => {
    const member = await createActor("MEMBER");
    const suffix = unique();
    const rows = Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => row(`Irritant numéro ${i} ${suffix}`));
    const input = { kind: "irritant" as const, fileName: "grand.csv", content: csv([HEADER, ...rows]) };
    const result = await importCatalogue({
      actor: member,
      input: ZImportCatalogueInput.parse({ ...input, expectedNew: IMPORT_LIMITS.rows }),
    });
    expect(result.created).toHaveLength(IMPORT_LIMITS.rows);
    expect(await db.boardCard.count({ where: { irritant: { title: { endsWith: suffix } } } })).toBe(IMPORT_LIMITS.rows);
  });

  it("is for members only, and rate-limited per member", async () => {
    const input = ZPreviewCatalogueImportInput.parse({
      kind: "irritant",
      fileName: "a.csv",
      content: csv([HEADER, row(`Limite ${unique()}`)]),
    });
    const member = await createActor("MEMBER");
    for (let i = 0; i < 60; i++) await previewCatalogueImport({ actor: member, input });
    await expect(previewCatalogueImport({ actor: member, input })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another member is not affected.
    await expect(previewCatalogueImport({ actor: await createActor("MEMBER"), input })).resolves.toMatchObject({
      counts: { new: 1 },
    });
  });
});
