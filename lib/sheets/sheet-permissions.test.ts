import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/actor.ts";
import { sheetCapabilities, type TSheetFacts } from "./sheet-permissions.ts";

const actor = (id: string, role: "ADMIN" | "MEMBER" = "MEMBER"): TActor => ({
  id,
  email: `${id}@x.fr`,
  name: id,
  role,
  organisationId: null,
});
const facts = (overrides: Partial<TSheetFacts> = {}): TSheetFacts => ({
  state: "DRAFT",
  authorIds: ["author"],
  headAuthorId: "author",
  headReviews: [],
  ...overrides,
});

describe("sheetCapabilities", () => {
  it("gives the anonymous public nothing", () => {
    const can = sheetCapabilities(null, facts({ state: "IN_REVIEW" }));
    expect(Object.entries(can).filter(([, value]) => value === true)).toEqual([]);
  });

  it("lets the author ask for review, not another member", () => {
    expect(sheetCapabilities(actor("author"), facts()).requestReview).toBe(true);
    expect(sheetCapabilities(actor("other"), facts()).requestReview).toBe(false);
    expect(sheetCapabilities(actor("boss", "ADMIN"), facts()).requestReview).toBe(true);
  });

  it("lets other members review once, never the author of the revision", () => {
    const inReview = facts({ state: "IN_REVIEW" });
    expect(sheetCapabilities(actor("author"), inReview).review).toBe(false);
    expect(sheetCapabilities(actor("other"), inReview).review).toBe(true);
    expect(
      sheetCapabilities(
        actor("other"),
        facts({ state: "IN_REVIEW", headReviews: [{ reviewerId: "other", decision: "APPROVE" }] }),
      ).review,
    ).toBe(false);
  });

  it("publishes by an admin, or by a member after two approvals", () => {
    const one = facts({ state: "IN_REVIEW", headReviews: [{ reviewerId: "a", decision: "APPROVE" }] });
    const two = facts({
      state: "IN_REVIEW",
      headReviews: [
        { reviewerId: "a", decision: "APPROVE" },
        { reviewerId: "b", decision: "APPROVE" },
      ],
    });
    expect(sheetCapabilities(actor("author"), one).publish).toBe(false);
    expect(sheetCapabilities(actor("author"), two).publish).toBe(true);
    expect(sheetCapabilities(actor("boss", "ADMIN"), one).publish).toBe(true);
    expect(sheetCapabilities(actor("boss", "ADMIN"), facts()).publish).toBe(false);
  });

  it("freezes archived sheets", () => {
    const archived = facts({ state: "ARCHIVED" });
    expect(sheetCapabilities(actor("author"), archived).edit).toBe(false);
    expect(sheetCapabilities(actor("boss", "ADMIN"), archived).unarchive).toBe(true);
  });
});
