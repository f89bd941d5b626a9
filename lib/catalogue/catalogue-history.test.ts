import { describe, expect, it } from "vitest";
import { changedFields } from "./catalogue-history.ts";

describe("changedFields", () => {
  it("lists every field at creation, with no previous value", () => {
    expect(changedFields(null, { title: "A", paths: ["EMPLOYEUR"], format: null })).toEqual({
      title: { before: null, after: "A" },
      paths: { before: null, after: ["EMPLOYEUR"] },
      format: { before: null, after: null },
    });
  });

  it("keeps only the fields that changed, comparing lists and nulls by value", () => {
    const before = { title: "A", paths: ["EMPLOYEUR", "PARTICULIER"], format: null, effort: 2 };
    expect(changedFields(before, { title: "A", paths: ["EMPLOYEUR", "PARTICULIER"], format: null, effort: 3 })).toEqual(
      { effort: { before: 2, after: 3 } },
    );
    expect(changedFields(before, { ...before, paths: ["EMPLOYEUR"] })).toEqual({
      paths: { before: ["EMPLOYEUR", "PARTICULIER"], after: ["EMPLOYEUR"] },
    });
    expect(changedFields(before, { ...before, format: "ISO 8601" })).toEqual({
      format: { before: null, after: "ISO 8601" },
    });
    expect(changedFields(before, { ...before })).toEqual({});
  });
});
