import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client.ts";
import { isShuttingDown } from "@/lib/lifecycle/shutdown-state.ts";

export type TReadiness = { status: "ready"; migrations: number } | { status: "not-ready"; reason: string };

/** The migrations this build expects; `next start` runs from the project's folder. */
export function migrationsDirectory(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

/**
 * Whether the load balancer may send this instance requests: the database
 * answers, every migration of this build is applied, and the instance is not
 * draining. Reasons are French and never carry the raw error (the route is public).
 */
export async function getReadiness({
  migrationsDir = migrationsDirectory(),
}: { migrationsDir?: string } = {}): Promise<TReadiness> {
  if (isShuttingDown()) return { status: "not-ready", reason: "Instance en cours d'arrêt." };
  const expected = (await readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    // Before the first migration the history table does not exist yet (42P01): the database answers, migrations are
    // pending.
    if (/42P01|does not exist/.test(String((error as { code?: string }).code ?? "") + String(error))) {
      return { status: "not-ready", reason: `Migrations en attente : ${expected.length}.` };
    }
    console.error("[disponibilité] base de données injoignable", error instanceof Error ? error.message : error);
    return { status: "not-ready", reason: "Base de données injoignable." };
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length) return { status: "not-ready", reason: `Migrations en attente : ${pending.length}.` };
  return { status: "ready", migrations: expected.length };
}
