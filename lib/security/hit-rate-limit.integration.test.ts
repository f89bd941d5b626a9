import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import {
  enforceRateLimit,
  hitRateLimit,
  purgeExpiredRateLimits,
  rateLimitKey,
  RateLimitedError,
} from "./hit-rate-limit.ts";

const rule = (limit: number, windowSeconds = 60) => ({
  name: `test-${randomUUID().slice(0, 8)}`,
  limit,
  windowSeconds,
});
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 12, 0, 0) + seconds * 1000);

describe("hitRateLimit (database counters)", () => {
  it("allows up to the limit in a window, then says exactly how long to wait", async () => {
    const limit = rule(2, 60);
    expect(await hitRateLimit(limit, "203.0.113.7", at(0))).toEqual({ allowed: true, hits: 1, retryAfterSeconds: 60 });
    expect(await hitRateLimit(limit, "203.0.113.7", at(10))).toEqual({ allowed: true, hits: 2, retryAfterSeconds: 50 });
    expect(await hitRateLimit(limit, "203.0.113.7", at(20.5))).toEqual({
      allowed: false,
      hits: 3,
      retryAfterSeconds: 40,
    });
    expect((await hitRateLimit(limit, "203.0.113.8", at(20))).allowed).toBe(true);
    expect((await hitRateLimit({ ...limit, name: `${limit.name}-other` }, "203.0.113.7", at(20))).allowed).toBe(true);
  });

  it("starts a new window once the stored one is over", async () => {
    const limit = rule(1, 60);
    expect((await hitRateLimit(limit, "a", at(0))).allowed).toBe(true);
    expect((await hitRateLimit(limit, "a", at(59))).allowed).toBe(false);
    expect(await hitRateLimit(limit, "a", at(60))).toEqual({ allowed: true, hits: 1, retryAfterSeconds: 60 });
  });

  it("lets exactly `limit` of many simultaneous hits through", async () => {
    const limit = rule(7, 600);
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(limit, "198.51.100.1")));
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(7);
    expect(outcomes.map((outcome) => outcome.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
  });

  it("keeps no subject in clear and purges expired windows only", async () => {
    const limit = rule(3, 60);
    await hitRateLimit(limit, "quelqu.un@exemple.fr", at(0));
    await hitRateLimit({ ...limit, windowSeconds: 3_600 }, "quelqu.une@exemple.fr", at(0));
    const rows = await db.rateLimitCounter.findMany({ where: { key: { startsWith: `${limit.name}:` } } });
    expect(rows.map((row) => row.key)).toEqual(expect.arrayContaining([rateLimitKey(limit, "quelqu.un@exemple.fr")]));
    expect(rows.every((row) => !row.key.includes("@") && /^test-[0-9a-f]{8}:[0-9a-f]{64}$/.test(row.key))).toBe(true);
    await purgeExpiredRateLimits(at(61));
    const left = await db.rateLimitCounter.findMany({ where: { key: { startsWith: `${limit.name}:` } } });
    expect(left.map((row) => row.key)).toEqual([rateLimitKey(limit, "quelqu.une@exemple.fr")]);
  });

  it("enforceRateLimit throws a French RATE_LIMITED error with the wait", async () => {
    const limit = rule(0, 120);
    const error = await enforceRateLimit(limit, "x", at(0)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: 120,
      message: expect.stringContaining("2 minutes"),
    });
  });
});
