// Applies and creates migrations with Prisma's own schema engine compiled to
// WebAssembly: no native engine binary is needed (docs/adr/0002). The history it
// writes (`_prisma_migrations`, sha256 checksums) is the one `prisma migrate
// deploy` expects, so a connected machine can take over the same database.
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const LOCKFILE = 'provider = "postgresql"\n';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function loadEngineModule() {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  const wasm = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg as { SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } };
}

let engineModule: ReturnType<typeof loadEngineModule> | undefined;

async function createEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  engineModule ??= loadEngineModule();
  const { SchemaEngine: Engine } = await engineModule;
  const schema = await readFile(SCHEMA_PATH, "utf8");
  return Engine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(wholeScripts(adapterFactory)),
  );
}

type Adapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;

/**
 * adapter-pg splits a migration script on every ";", which cuts PL/pgSQL
 * function bodies ($$ … $$) apart. Without parameters the query goes through
 * PostgreSQL's simple protocol, which runs a whole multi-statement script.
 */
function wholeScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  // PGlite's adapter already runs scripts whole.
  if (factory.adapterName !== "@prisma/adapter-pg") return factory;
  const patch = (adapter: Adapter): Adapter => {
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] } as never);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

export async function loadMigrationList(): Promise<MigrationList> {
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  const entries = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
      },
    })),
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: LOCKFILE },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations; returns the names of those just applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await createEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await loadMigrationList(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that takes a database from the migrations' state to the schema's state.
 * Empty when they agree. The migrations are replayed on an in-memory PGlite
 * shadow database (adapter-pg cannot introspect a shadow database).
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const shadow = new PGlite();
  const engine = await createEngine(new PrismaPGlite(shadow));
  try {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const result = await engine.diff({
      from: { tag: "migrations", ...(await loadMigrationList()) },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    } as never);
    const script = (result as { stdout?: string }).stdout ?? "";
    return script.includes("This is an empty migration") ? "" : script.trim();
  } finally {
    engine.free();
    await shadow.close();
  }
}

/** Writes a new migration folder; returns its name, or null when nothing changed. */
export async function createMigration(name: string): Promise<string | null> {
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${slug || "migration"}`;
  await mkdir(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  await writeFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), `${sql}\n`);
  await writeFile(
    path.join(MIGRATIONS_DIR, "migration_lock.toml"),
    `# Written by scripts/db.ts; keep it under version control.\n${LOCKFILE}`,
  );
  return folder;
}
