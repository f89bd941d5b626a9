import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate.ts";
import { createPrismaClient } from "./create-client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { dumpPglite, dumpPostgres, restorePglite, restorePostgres } from "./backup.ts";

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Every table of the schema with its row count and a hash of its rows: equal fingerprints, equal content. */
async function fingerprint(query: Query): Promise<Record<string, string>> {
  const tables = (
    await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  ).rows.map((row) => String(row.tablename));
  const result: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await query(
      `SELECT count(*)::text AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM public."${table}" t`,
    );
    result[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return result;
}

describe("backup and restore", () => {
  it("round-trip the demo content of the embedded database exactly, triggers included", async () => {
    const source = new PGlite();
    await applyMigrations(new PrismaPGlite(source));
    const db = createPrismaClient(new PrismaPGlite(source));
    await seedDemoContent(db);
    const before = await fingerprint((sql) => source.query(sql));
    expect(Number(before.BoardCard.split(":")[0])).toBeGreaterThan(30);

    const sql = await dumpPglite(source);
    const target = new PGlite();
    await target.exec(`CREATE TABLE public."Leftover" (id int); INSERT INTO public."Leftover" VALUES (1);`);
    await restorePglite(target, sql);
    expect(await fingerprint((query) => target.query(query))).toEqual(before);
    // The budget trigger came back with the data.
    await expect(target.query(`UPDATE public."Ballot" SET "pointsUsed" = 1000`)).rejects.toThrow(/budget/);
    await db.$disconnect();
    await Promise.all([source.close(), target.close()]);
  }, 120_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "round-trip a PostgreSQL database through pg_dump",
    async () => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const names = [`atelier_backup_${randomUUID().slice(0, 8)}`, `atelier_restore_${randomUUID().slice(0, 8)}`];
      for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
      const urlOf = (name: string) => {
        const url = new URL(process.env.TEST_DATABASE_URL!);
        url.pathname = `/${name}`;
        return url.toString();
      };
      try {
        const [source, target] = names.map(urlOf);
        await applyMigrations(new PrismaPg({ connectionString: source }));
        const db = createPrismaClient(new PrismaPg({ connectionString: source }));
        await seedDemoContent(db);
        await db.$disconnect();
        const queryOn =
          (url: string): Query =>
          async (sql) => {
            const client = new pg.Client({ connectionString: url });
            await client.connect();
            try {
              return await client.query(sql);
            } finally {
              await client.end();
            }
          };
        const before = await fingerprint(queryOn(source));
        await restorePostgres(target, await dumpPostgres(source));
        expect(await fingerprint(queryOn(target))).toEqual(before);
      } finally {
        for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );
});
