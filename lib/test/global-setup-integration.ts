// Prepares the database the integration tests run on: on PostgreSQL
// (TEST_DATABASE_URL) a clean schema with every migration applied; on PGlite a
// migrated template that each test file copies into its own in-memory database.
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate.ts";
import { openPostgres } from "@/lib/db/connection.ts";
import { env } from "@/lib/config/env.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = env().TEST_DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
    await applyMigrations(openPostgres(url).adapterFactory);
    project.provide("pgliteTemplate", null);
    return;
  }
  const pglite = new PGlite();
  await applyMigrations(new PrismaPGlite(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dir = await mkdtemp(path.join(os.tmpdir(), "atelier-test-"));
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  // Vitest runs the returned function once every test file is done.
  return () => rm(dir, { recursive: true, force: true });
}
