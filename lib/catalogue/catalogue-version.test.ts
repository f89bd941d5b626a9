import { describe, expect, it } from "vitest";
import { catalogueVersion } from "./catalogue-version.ts";

describe("catalogueVersion", () => {
  const date = new Date("2026-12-04T17:30:00Z");

  it("is the day of the last change and a hash of the content: the same for the same catalogue", () => {
    expect(catalogueVersion(date, { a: [1, 2] })).toMatch(/^2026-12-04\.[0-9a-f]{8}$/);
    expect(catalogueVersion(date, { a: [1, 2] })).toBe(catalogueVersion(new Date(date), { a: [1, 2] }));
  });

  it("changes with any change of the content or of the day", () => {
    const versions = [
      catalogueVersion(date, { a: [1, 2] }),
      catalogueVersion(date, { a: [2, 1] }),
      catalogueVersion(date, { a: [1, 2], b: null }),
      catalogueVersion(new Date("2026-12-05T00:00:00Z"), { a: [1, 2] }),
    ];
    expect(new Set(versions).size).toBe(versions.length);
  });
});
