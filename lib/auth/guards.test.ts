import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "./actor.ts";
import { assertAdmin, isAdmin } from "./guards.ts";

const actor = (role: TActor["role"]): TActor => ({ id: "u1", email: "", name: null, role, organisationId: null });

describe("the admin guard of domain functions", () => {
  it("lets administrators through, the command line's system actor included", () => {
    expect(assertAdmin(actor("ADMIN"))).toMatchObject({ id: "u1", role: "ADMIN" });
    expect(assertAdmin(SYSTEM_ACTOR).system).toBe(true);
    expect(isAdmin(actor("ADMIN"))).toBe(true);
  });

  it("refuses members with the French message the pages show", () => {
    expect(isAdmin(actor("MEMBER"))).toBe(false);
    expect(() => assertAdmin(actor("MEMBER"))).toThrow(
      expect.objectContaining({
        code: "FORBIDDEN",
        message: "Cette action est réservée à l'animation du groupe (administrateurs).",
      }),
    );
  });
});
