import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PRISMA_DIR } from "@/lib/db/migrate.ts";

const MIGRATION = "20261204160819_comments";

/**
 * The migration that moved the irritants' comments into the one Comment table
 * keeps them: replayed on a fresh database holding comments of the old shape.
 */
describe(`migration ${MIGRATION}`, () => {
  const database = new PGlite();
  let folders: string[] = [];
  const apply = async (folder: string) =>
    database.exec(await readFile(path.join(PRISMA_DIR, "migrations", folder, "migration.sql"), "utf8"));

  beforeAll(async () => {
    folders = (await readdir(path.join(PRISMA_DIR, "migrations"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders.slice(0, folders.indexOf(MIGRATION))) await apply(folder);
  });
  afterAll(() => database.close());

  it("moves every irritant comment, with its id, author, body and date, and adds the one-target rule", async () => {
    await database.exec(`
      INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'a@example.org', 'Alice', now());
      INSERT INTO "Irritant" ("id", "slug", "title", "description", "category", "updatedAt") VALUES ('i1', 'releve', 'Relevé', 'Relevé demandé deux fois.', 'AUTRE', now());
      INSERT INTO "IrritantComment" ("id", "irritantId", "authorId", "body", "createdAt") VALUES
        ('c1', 'i1', 'u1', 'Premier avis', '2026-11-02 10:00:00'),
        ('c2', 'i1', NULL, 'Avis d''un compte supprimé', '2026-11-03 11:30:00');`);
    await apply(MIGRATION);
    const { rows } = await database.query(
      `SELECT "id", "irritantId", "dataItemId", "boardCardId", "useCaseId", "authorId", "body", "createdAt", "editedAt", "deletedAt", "hiddenAt" FROM "Comment" ORDER BY "id"`,
    );
    expect(rows).toEqual([
      {
        id: "c1",
        irritantId: "i1",
        dataItemId: null,
        boardCardId: null,
        useCaseId: null,
        authorId: "u1",
        body: "Premier avis",
        createdAt: new Date("2026-11-02T10:00:00Z"),
        editedAt: null,
        deletedAt: null,
        hiddenAt: null,
      },
      {
        id: "c2",
        irritantId: "i1",
        dataItemId: null,
        boardCardId: null,
        useCaseId: null,
        authorId: null,
        body: "Avis d'un compte supprimé",
        createdAt: new Date("2026-11-03T11:30:00Z"),
        editedAt: null,
        deletedAt: null,
        hiddenAt: null,
      },
    ]);
    expect((await database.query(`SELECT to_regclass('"IrritantComment"') AS "table"`)).rows).toEqual([
      { table: null },
    ]);
    await expect(database.exec(`INSERT INTO "Comment" ("id", "body") VALUES ('c3', 'Sans cible')`)).rejects.toThrow(
      /Comment_exactly_one_target/,
    );
  });
});
