import { describe, expect, it } from "vitest";
import { memberFromSession } from "./use-signed-in-member.ts";

describe("memberFromSession", () => {
  it("reads the member of a signed-in session answer", () => {
    const answer = {
      user: { id: "u1", email: "ines@example.org", name: "Inès", role: "MEMBER", organisationId: "o1" },
      expires: "2027-01-01",
    };
    expect(memberFromSession(answer)).toEqual({
      id: "u1",
      email: "ines@example.org",
      name: "Inès",
      role: "MEMBER",
      organisationId: "o1",
    });
  });

  it("answers null when signed out or when the answer is not a member", () => {
    expect(memberFromSession({})).toBeNull();
    expect(memberFromSession(null)).toBeNull();
    expect(memberFromSession({ user: { id: "u1", email: "x@example.org", role: "ROOT" } })).toBeNull();
    expect(memberFromSession({ user: { email: "x@example.org", role: "ADMIN" } })).toBeNull();
  });
});
