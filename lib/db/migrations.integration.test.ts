import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "./client.ts";
import { diffMigrationsToSchema, PRISMA_DIR } from "./migrate.ts";

describe("migrations", () => {
  it("agree with prisma/schema.prisma (run `npm run db:migration:create <name>` when this fails)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("are all recorded in Prisma's standard history table", async () => {
    const folders = (await readdir(path.join(PRISMA_DIR, "migrations"), { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders.map((folder) => folder.name).sort());
    for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
