// Chooses the database: PostgreSQL when DATABASE_URL is set, otherwise an
// embedded PGlite in a data directory. Used by the app (through lib/db/client.ts),
// the scripts and the tests; opening is always explicit, never at import time.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { env } from "@/lib/config/env.ts";

export type DatabaseKind = "pglite" | "postgresql";

export function databaseKind(): DatabaseKind {
  return env().DATABASE_URL ? "postgresql" : "pglite";
}

export const MEMORY_DATA_DIR = "memory://";

export function pgliteDataDir(): string {
  const dir = env().PGLITE_DATA_DIR;
  return dir === MEMORY_DATA_DIR ? dir : path.resolve(/*turbopackIgnore: true*/ dir);
}

const LOCK_NAME = "atelier.lock";

export class DataDirectoryBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `La base embarquée ${dir} est déjà ouverte par le processus ${pid}. ` +
        `PGlite n'accepte qu'un seul processus à la fois : arrêtez l'autre processus ` +
        `(serveur, script, tests) ou utilisez un autre PGLITE_DATA_DIR.`,
    );
    this.name = "DataDirectoryBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // A zombie (exited, not yet reaped by its parent) still answers kill(0) but holds nothing.
    return !/^\d+ \(.*\) Z /.test(readFileSync(/*turbopackIgnore: true*/ `/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/**
 * PGlite has no lock of its own and two processes on one directory corrupt it,
 * so we keep a lock file with the owner's pid. A lock left by a dead process is
 * taken over (PGlite itself recovers from a crash through its WAL).
 */
export function acquireDataDirLock(dir: string): () => void {
  mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(/*turbopackIgnore: true*/ lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (
          existsSync(/*turbopackIgnore: true*/ lockPath) &&
          readFileSync(/*turbopackIgnore: true*/ lockPath, "utf8").trim() === String(process.pid)
        )
          rmSync(/*turbopackIgnore: true*/ lockPath);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(/*turbopackIgnore: true*/ lockPath, "utf8"), 10);
      if (owner === process.pid) throw new DataDirectoryBusyError(dir, owner);
      if (Number.isFinite(owner) && isAlive(owner)) throw new DataDirectoryBusyError(dir, owner);
      rmSync(/*turbopackIgnore: true*/ lockPath, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller ${dir}.`);
}

/**
 * PGlite's own start parameters plus a smaller shared_buffers: its WASM build zeroes the whole shared memory
 * at start, so the data directory's default of 128 MB is resident in every process that opens it, used or not.
 * Pages beyond it are read again from the system's file cache (ADR 0021).
 */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, "-c", `shared_buffers=${env().PGLITE_SHARED_BUFFERS_MB}MB`];
}

export type OpenedDatabase = {
  kind: DatabaseKind;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** PostgreSQL only: live updates open their own LISTEN connection with it. */
  url?: string;
  close: () => Promise<void>;
};

export async function openPglite(dir: string = pgliteDataDir()): Promise<OpenedDatabase & { pglite: PGlite }> {
  const release = dir === MEMORY_DATA_DIR ? () => {} : acquireDataDirLock(dir);
  try {
    const options = { startParams: pgliteStartParams() };
    const pglite = dir === MEMORY_DATA_DIR ? new PGlite(options) : new PGlite(/*turbopackIgnore: true*/ dir, options);
    await pglite.waitReady;
    return {
      kind: "pglite",
      pglite,
      adapterFactory: new PrismaPGlite(pglite),
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string): OpenedDatabase {
  return {
    kind: "postgresql",
    url,
    adapterFactory: new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_SIZE }),
    close: async () => {},
  };
}

export async function openDatabase(): Promise<OpenedDatabase> {
  const url = env().DATABASE_URL;
  return url ? openPostgres(url) : openPglite();
}
