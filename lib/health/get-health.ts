import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { databaseInfo, db } from "@/lib/db/client.ts";

/**
 * The only reasons `/api/health` ever gives. A raw database error names hosts,
 * users, tables or values: it goes to the server log, under the reference the
 * answer carries, never to the public.
 */
export const HEALTH_REASONS = {
  unreachable: "base de données injoignable",
  authentication: "authentification à la base de données refusée",
  timeout: "délai de réponse de la base de données dépassé",
  pendingMigrations: "migrations en attente",
  failedMigration: "migration interrompue",
  other: "erreur de la base de données",
} as const;

export type THealthReason = (typeof HEALTH_REASONS)[keyof typeof HEALTH_REASONS];
type TDatabase = "pglite" | "postgresql" | "inconnue";

export type THealth =
  | { status: "ok"; database: "pglite" | "postgresql"; migrations: number }
  | { status: "error"; database: TDatabase; reason: THealthReason; reference: string };

/** A health probe that hangs is a failure too: load balancers wait a few seconds at most. */
const HEALTH_TIMEOUT_MS = 5_000;

class HealthProblem extends Error {
  constructor(
    readonly reason: THealthReason,
    detail: string,
  ) {
    super(detail);
  }
}

// Node's socket codes, PostgreSQL's SQLSTATEs and Prisma's driver-adapter kinds,
// wherever they sit in the error's chain of causes.
const REASON_BY_CODE: Record<string, THealthReason> = {
  ECONNREFUSED: HEALTH_REASONS.unreachable,
  ENOTFOUND: HEALTH_REASONS.unreachable,
  EHOSTUNREACH: HEALTH_REASONS.unreachable,
  ECONNRESET: HEALTH_REASONS.unreachable,
  EAI_AGAIN: HEALTH_REASONS.unreachable,
  ENETUNREACH: HEALTH_REASONS.unreachable,
  DatabaseNotReachable: HEALTH_REASONS.unreachable,
  DatabaseDoesNotExist: HEALTH_REASONS.unreachable,
  P1001: HEALTH_REASONS.unreachable,
  P1003: HEALTH_REASONS.unreachable,
  "3D000": HEALTH_REASONS.unreachable,
  "57P03": HEALTH_REASONS.unreachable,
  "08001": HEALTH_REASONS.unreachable,
  "08006": HEALTH_REASONS.unreachable,
  "28P01": HEALTH_REASONS.authentication,
  "28000": HEALTH_REASONS.authentication,
  AuthenticationFailed: HEALTH_REASONS.authentication,
  P1000: HEALTH_REASONS.authentication,
  ETIMEDOUT: HEALTH_REASONS.timeout,
  "57014": HEALTH_REASONS.timeout,
  SocketTimeout: HEALTH_REASONS.timeout,
  P1008: HEALTH_REASONS.timeout,
  "42P01": HEALTH_REASONS.pendingMigrations,
  TableDoesNotExist: HEALTH_REASONS.pendingMigrations,
  P2021: HEALTH_REASONS.pendingMigrations,
};

function codesOf(error: unknown, seen = new Set<unknown>()): string[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const node = error as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    errors?: unknown[];
  };
  const own = [node.code, node.kind, node.originalCode].filter((value): value is string => typeof value === "string");
  const nested = [node.cause, node.meta?.driverAdapterError, ...(Array.isArray(node.errors) ? node.errors : [])];
  return [...own, ...nested.flatMap((inner) => codesOf(inner, seen))];
}

export function reasonFor(error: unknown): THealthReason {
  if (error instanceof HealthProblem) return error.reason;
  for (const code of codesOf(error)) if (REASON_BY_CODE[code]) return REASON_BY_CODE[code];
  // A closed or crashed embedded database carries no code, only this message.
  if (error instanceof Error && /PGlite is closed|Connection terminated|connect(ion)? timeout/i.test(error.message))
    return HEALTH_REASONS.unreachable;
  return HEALTH_REASONS.other;
}

/** What the log may keep: codes and a message without addresses, connection strings or quoted values. */
export function loggableDetail(error: unknown): string {
  const codes = [...new Set(codesOf(error))].join(",");
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "<url>")
    .replace(/[^\s@"'<>]+@[^\s@"'<>]+/g, "<adresse>")
    .replace(/"[^"]*"|'[^']*'/g, "<valeur>")
    .slice(0, 300);
  return codes ? `${codes} ${message}` : message;
}

// The folder of the checkout the server runs from (npm start); a deployment without it skips this check.
async function migrationsInFolder(): Promise<string[] | null> {
  const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).catch(
    () => null,
  );
  return entries ? entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name) : null;
}

async function probe(): Promise<number> {
  const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  if (rows.some((row) => !row.finished_at && !row.rolled_back_at))
    throw new HealthProblem(HEALTH_REASONS.failedMigration, "a migration started and never finished");
  const applied = new Set(
    rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name),
  );
  const pending = (await migrationsInFolder())?.filter((name) => !applied.has(name)) ?? [];
  if (pending.length > 0)
    throw new HealthProblem(HEALTH_REASONS.pendingMigrations, `${pending.length} migration(s) not applied`);
  return applied.size;
}

export async function getHealth(): Promise<THealth> {
  let kind: TDatabase = "inconnue";
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HealthProblem(HEALTH_REASONS.timeout, `no answer within ${HEALTH_TIMEOUT_MS} ms`)),
        HEALTH_TIMEOUT_MS,
      );
    });
    kind = (await Promise.race([databaseInfo(), timeout])).kind;
    return { status: "ok", database: kind, migrations: await Promise.race([probe(), timeout]) };
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    const reason = reasonFor(error);
    console.error(`[santé] ${reference} ${reason} : ${loggableDetail(error)}`);
    return { status: "error", database: kind, reason, reference };
  } finally {
    clearTimeout(timer);
  }
}
