import { env } from "@/lib/config/env.ts";
// Several instances may start at once on one PostgreSQL (a rolling deployment,
// a PaaS scaling out): only one of them may run the migrations, the others wait
// for it and then find nothing left to apply. A session-level advisory lock on a
// connection of its own does it; PostgreSQL releases it if the holder dies.
import pg from "pg";

/** Arbitrary constant shared by every instance of the app: "atelier migrations". */
export const MIGRATION_LOCK_KEY = 4_711_001;

export async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

export function skipMigrationsAtStart(): boolean {
  return env().SKIP_MIGRATIONS_AT_START;
}
