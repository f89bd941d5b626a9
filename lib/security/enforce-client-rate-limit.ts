import { headers } from "next/headers";
import { clientKey } from "./client-address.ts";
import { enforceRateLimit } from "./hit-rate-limit.ts";
import type { TRateLimitRule } from "./rate-limits.ts";

/** For a server action: counts one hit of the calling client against `rule`, RATE_LIMITED (French) past it. */
export async function enforceClientRateLimit(rule: TRateLimitRule): Promise<void> {
  await enforceRateLimit(rule, clientKey(await headers()));
}
