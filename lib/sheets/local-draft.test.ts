import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import { localDraftKey, readLocalDraft, serializeLocalDraft, type TLocalDraft } from "./local-draft.ts";

const form: TLocalDraft["form"] = {
  title: "Titre en cours",
  summary: "",
  message: "",
  // Half-written: an unnamed version and text over the save limits are still the person's work.
  content: {
    ...EMPTY_SHEET_CONTENT,
    problem: "x".repeat(25_000),
    solutions: [{ name: "", targetDate: null, status: "PLANIFIEE", content: "" }],
  },
};

describe("the local draft of the sheet editor", () => {
  it("reads back what it wrote, even a draft the save would refuse", () => {
    const savedAt = new Date("2026-12-04T10:00:00.000Z");
    expect(readLocalDraft(serializeLocalDraft(form, "rev-1", savedAt))).toEqual({
      savedAt: "2026-12-04T10:00:00.000Z",
      baseRevisionId: "rev-1",
      form,
    });
  });

  it("is kept per sheet", () => {
    expect(localDraftKey("a")).not.toBe(localDraftKey("b"));
  });

  it("discards a missing, corrupted or older-format draft instead of crashing", () => {
    const older = JSON.stringify({
      savedAt: "2026-01-01T00:00:00.000Z",
      baseRevisionId: "rev-1",
      form: { title: "T", summary: "S", content: { problem: "ancien format" } },
    });
    for (const stored of [
      null,
      "",
      "{",
      "null",
      "42",
      "[]",
      older,
      JSON.stringify({ savedAt: "hier", baseRevisionId: "rev-1", form }),
    ]) {
      expect(readLocalDraft(stored)).toBeNull();
    }
  });

  it("never throws, whatever is stored under its key", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((value) => JSON.stringify({ savedAt: new Date(0).toISOString(), baseRevisionId: "r", form: value })),
        ),
        (stored) => {
          expect(() => readLocalDraft(stored)).not.toThrow();
        },
      ),
    );
  });
});
