import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slugify.ts";

describe("slugify", () => {
  it("keeps readable ASCII words", () => {
    expect(slugify("Transitions Pro Île-de-France")).toBe("transitions-pro-ile-de-france");
    expect(slugify("  DGEFP – Délégation  ")).toBe("dgefp-delegation");
  });
});

describe("uniqueSlug", () => {
  it("suffixes the slug until it is free, and falls back when the text has no letters", async () => {
    const taken = new Set(["region-bretagne", "region-bretagne-2"]);
    expect(await uniqueSlug("Région Bretagne", "organisation", async (slug) => taken.has(slug))).toBe("region-bretagne-3");
    expect(await uniqueSlug("—", "fiche", async () => false)).toBe("fiche");
  });
});
