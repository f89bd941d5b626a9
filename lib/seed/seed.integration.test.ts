import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { seedDemoContent } from "./seed.ts";
import { DEMO_DATA_ITEMS, DEMO_IRRITANTS, DEMO_SHEETS, DEMO_USERS } from "./content.ts";
import { listPublishedSheets } from "@/lib/sheets/list-published-sheets.ts";

describe("seedDemoContent", () => {
  it("creates the demo content once and changes nothing the second time", async () => {
    // Other test files may have seeded this database already (shared PostgreSQL run).
    await seedDemoContent(db);
    expect(await db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } })).toBe(
      DEMO_USERS.length,
    );
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBeGreaterThanOrEqual(1);
    expect(await db.irritant.count({ where: { slug: { in: DEMO_IRRITANTS.map((irritant) => irritant.slug) } } })).toBe(
      DEMO_IRRITANTS.length,
    );

    const second = await seedDemoContent(db);
    expect(second.created).toEqual({});
    expect(await db.useCase.count({ where: { slug: { in: DEMO_SHEETS.map((sheet) => sheet.slug) } } })).toBe(
      DEMO_SHEETS.length,
    );
  });

  it("publishes the three paths of « Formation financée » and keeps drafts and reviews private", async () => {
    await seedDemoContent(db);
    const published = await listPublishedSheets();
    const slugs = published.map((useCase) => useCase.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        "formation-financee",
        "transmission-donnees-apprentissage",
        "referentiels-apprentissage",
        "aides-vie-quotidienne-stagiaires",
      ]),
    );
    expect(slugs).not.toContain("dossier-formation-partage-financeurs");
    expect(published.find((useCase) => useCase.slug === "formation-financee")!.paths).toEqual([
      "PARTICULIER",
      "EMPLOYEUR",
      "ORGANISME_FORMATION",
    ]);
  });

  it("puts every irritant and data item on the board exactly once", async () => {
    await seedDemoContent(db);
    // Only the demo's own entries: other tests add, merge and move entries of their own in a shared database.
    const irritants = DEMO_IRRITANTS.map((irritant) => irritant.slug);
    const dataItems = DEMO_DATA_ITEMS.map((item) => item.slug);
    expect(await db.boardCard.count({ where: { irritant: { is: { slug: { in: irritants } } } } })).toBe(
      irritants.length,
    );
    expect(await db.boardCard.count({ where: { dataItem: { is: { slug: { in: dataItems } } } } })).toBe(
      dataItems.length,
    );
  });
});
