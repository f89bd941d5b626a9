// SQL backups of the embedded database (pg_dump compiled to WebAssembly, from
// @electric-sql/pglite-tools) or of PostgreSQL (the pg_dump of the machine).
// Plain INSERT statements rather than COPY so that one code path restores both.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { PGlite } from "@electric-sql/pglite";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";
import pg from "pg";

const DUMP_ARGS = ["--no-owner", "--no-privileges", "--inserts", "--rows-per-insert=200", "--schema=public"];

export async function dumpPglite(pglite: PGlite): Promise<string> {
  const file = await pgDump({ pg: pglite, args: DUMP_ARGS });
  return file.text();
}

export async function dumpPostgres(url: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)("pg_dump", [...DUMP_ARGS, `--dbname=${url}`], {
      maxBuffer: 1024 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(
      `pg_dump a échoué (installez le client PostgreSQL de la même version majeure que le serveur) : ${detail}`,
    );
  }
}

/** Replaces everything in the `public` schema by the dump's content, in one transaction. */
function restoreScript(sql: string): string {
  // Recent pg_dump versions wrap the dump in psql-only \restrict / \unrestrict commands: not SQL.
  const statements = sql.replace(/^\\(un)?restrict .*$/gm, "");
  // The dump empties search_path for its own safety; restore it for the rest of the session.
  return `BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\n${statements}\nCOMMIT;\nSET search_path TO public;\n`;
}

export async function restorePglite(pglite: PGlite, sql: string): Promise<void> {
  await pglite.exec(restoreScript(sql));
}

export async function restorePostgres(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(restoreScript(sql));
  } finally {
    await client.end();
  }
}
