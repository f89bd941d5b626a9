import { describe, expect, it } from "vitest";
import { HEALTH_REASONS, loggableDetail, reasonFor } from "./get-health.ts";

describe("health failure reasons", () => {
  it.each([
    [{ code: "ECONNREFUSED" }, HEALTH_REASONS.unreachable],
    [
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
      HEALTH_REASONS.unreachable,
    ],
    [{ cause: { code: "ENOTFOUND" } }, HEALTH_REASONS.unreachable],
    [{ errors: [{ code: "ECONNREFUSED" }, { code: "ECONNREFUSED" }] }, HEALTH_REASONS.unreachable],
    [{ code: "28P01" }, HEALTH_REASONS.authentication],
    [{ cause: { originalCode: "57014" } }, HEALTH_REASONS.timeout],
    [{ meta: { driverAdapterError: { cause: { kind: "TableDoesNotExist" } } } }, HEALTH_REASONS.pendingMigrations],
    [{ code: "23505" }, HEALTH_REASONS.other],
  ])("classifies %j", (error, reason) => {
    expect(reasonFor(Object.assign(new Error("brut"), error))).toBe(reason);
  });

  it("classifies a closed embedded database and anything unknown", () => {
    expect(reasonFor(new Error("PGlite is closed"))).toBe(HEALTH_REASONS.unreachable);
    expect(reasonFor("chaîne")).toBe(HEALTH_REASONS.other);
    expect(reasonFor(null)).toBe(HEALTH_REASONS.other);
  });

  it.each([
    "duplicate key value violates unique constraint: Key (email)=(marie.durand@exemple.fr) already exists",
    "connect failed postgresql://marie:motdepasse@db.exemple.fr:5432/atelier",
    `invalid input value "Marie Durand" for column "name"`,
    "role 'marie.durand' does not exist",
  ])("logs no address, connection string or quoted value: %s", (message) => {
    const logged = loggableDetail(Object.assign(new Error(message), { code: "XX000" }));
    expect(logged).toMatch(/^XX000 /);
    for (const secret of ["marie.durand@exemple.fr", "motdepasse", "Marie Durand", "marie.durand", "marie:"])
      expect(logged).not.toContain(secret);
  });
});
