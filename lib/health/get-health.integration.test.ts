import { describe, expect, it } from "vitest";
import { getHealth } from "./get-health.ts";

describe("getHealth", () => {
  it("reports the database kind and the number of applied migrations", async () => {
    const health = await getHealth();
    expect(health).toEqual({
      status: "ok",
      database: process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
      migrations: expect.any(Number),
    });
    expect(health.status === "ok" && health.migrations).toBeGreaterThanOrEqual(1);
  });
});
