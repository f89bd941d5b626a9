import { createHash } from "node:crypto";
import { db } from "@/lib/db/client.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { formatWait } from "@/lib/format.ts";
import type { TRateLimitRule } from "./rate-limits.ts";

export type TRateLimitOutcome = { allowed: boolean; hits: number; retryAfterSeconds: number };

const PURGE_EVERY_MS = 60_000;
const purgeState = ((globalThis as { __atelierRateLimitPurge?: { lastAt: number } }).__atelierRateLimitPurge ??= {
  lastAt: 0,
});

/** The row key: the rule's name and a hash of the subject, so that no address or e-mail is stored in clear. */
export function rateLimitKey(rule: TRateLimitRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject).digest("hex")}`;
}

/**
 * Counts one hit of `subject` against `rule`, in the database so that every instance shares the
 * count: one atomic statement that starts a new window when the stored one is over, else adds one,
 * and returns the count. Concurrent hits on one key queue on its row: exactly `limit` are allowed.
 */
export async function hitRateLimit(
  rule: TRateLimitRule,
  subject: string,
  now = new Date(),
): Promise<TRateLimitOutcome> {
  const windowEndsAt = new Date(now.getTime() + rule.windowSeconds * 1000);
  const [row] = await db.$queryRaw<{ hits: number; windowEndsAt: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "hits", "windowEndsAt")
    VALUES (${rateLimitKey(rule, subject)}, 1, ${windowEndsAt}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitCounter"."windowEndsAt" <= ${now}::timestamp(3) THEN 1 ELSE "RateLimitCounter"."hits" + 1 END,
      "windowEndsAt" = CASE WHEN "RateLimitCounter"."windowEndsAt" <= ${now}::timestamp(3) THEN EXCLUDED."windowEndsAt" ELSE "RateLimitCounter"."windowEndsAt" END
    RETURNING "hits", "windowEndsAt"`;
  if (now.getTime() - purgeState.lastAt >= PURGE_EVERY_MS) {
    purgeState.lastAt = now.getTime();
    await purgeExpiredRateLimits(now);
  }
  const hits = Number(row.hits);
  const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.windowEndsAt).getTime() - now.getTime()) / 1000));
  return { allowed: hits <= rule.limit, hits, retryAfterSeconds };
}

/** Deletes the counters whose window is over (run by hitRateLimit at most once a minute per instance). */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowEndsAt" <= ${now}::timestamp(3)`;
}

/** A refusal the person can act on: when to try again. */
export class RateLimitedError extends ExpectedError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Trop de demandes depuis votre connexion : réessayez dans ${formatWait(retryAfterSeconds)}.`,
  ) {
    super("RATE_LIMITED", message, { retryAfterSeconds });
  }
}

/** Counts one hit and throws RateLimitedError past the limit. */
export async function enforceRateLimit(rule: TRateLimitRule, subject: string, now = new Date()): Promise<void> {
  const outcome = await hitRateLimit(rule, subject, now);
  if (!outcome.allowed) throw new RateLimitedError(outcome.retryAfterSeconds);
}
