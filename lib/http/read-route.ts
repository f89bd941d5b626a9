import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { enforceRateLimit, RateLimitedError } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";

/**
 * The reads the pages refetch (board, round, participation, demonstrator
 * statistics) are GET route handlers, not server actions (ADR 0027): a
 * browser runs its server actions one at a time, so a vote would wait behind
 * the reads that live events trigger. Their answers may carry a member's own
 * ballot: never stored by a proxy or the browser cache.
 */
export const READ_CACHE_CONTROL = "private, no-store";

const STATUS: Record<ExpectedErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  STALE: 409,
  LIMIT_REACHED: 409,
  // A partner service failed behind this read: the gateway's statuses.
  TIMEOUT: 504,
  UNAVAILABLE: 502,
  INVALID: 502,
  INVALID_RESPONSE: 502,
  NOT_HABILITATED: 502,
};

/** Runs a read and answers JSON; an expected error becomes its HTTP status with the French message. */
export async function readRoute(
  request: Request,
  { actor, read }: { actor: TActor | null; read: () => Promise<unknown> },
): Promise<Response> {
  const headers: Record<string, string> = { "Cache-Control": READ_CACHE_CONTROL };
  try {
    // The anonymous public is counted per client address; members are not (each live event makes every open page read
    // again).
    if (!actor) await enforceRateLimit(RATE_LIMITS.publicRead, clientKey(request.headers));
    const data = await read();
    if (data === null) throw new ExpectedError("NOT_FOUND", "Ressource introuvable.");
    return Response.json(data, { headers });
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    // `instanceof` on the generic class leaves its code untyped: name the type back.
    const expected: ExpectedError = error;
    if (expected instanceof RateLimitedError) headers["Retry-After"] = String(expected.retryAfterSeconds);
    return Response.json(
      { error: { code: expected.code, message: expected.message } },
      { status: STATUS[expected.code], headers },
    );
  }
}
