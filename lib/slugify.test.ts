import { describe, expect, it } from "vitest";
import { isSlug, slugify, uniqueSlug } from "./slugify.ts";

describe("slugify", () => {
  it("keeps readable ASCII words", () => {
    expect(slugify("Transitions Pro Île-de-France")).toBe("transitions-pro-ile-de-france");
    expect(slugify("  DGEFP – Délégation  ")).toBe("dgefp-delegation");
  });
});

describe("uniqueSlug", () => {
  it("suffixes the slug until it is free, and falls back when the text has no letters", async () => {
    const taken = new Set(["region-bretagne", "region-bretagne-2"]);
    expect(await uniqueSlug("Région Bretagne", "organisation", async (slug) => taken.has(slug))).toBe(
      "region-bretagne-3",
    );
    expect(await uniqueSlug("—", "fiche", async () => false)).toBe("fiche");
  });
});

describe("isSlug", () => {
  it.each(["formation-financee", "a", "vote-3f2a-0", "fiche-2", "x".repeat(120)])("accepts %j", (text) =>
    expect(isSlug(text)).toBe(true),
  );
  it.each([
    "",
    "\u0000",
    "a\u0000b",
    "%00",
    "A",
    "a_b",
    "-a",
    "a-",
    "a--b",
    "../x",
    "é",
    "a b",
    "x".repeat(121),
    "\ud800",
  ])("refuses %j", (text) => expect(isSlug(text)).toBe(false));
  it("accepts what slugify produces", () => {
    for (const text of ["Formation financée par l'employeur", "  Été 2026 !", "RIB / IBAN", "x".repeat(300)])
      expect(isSlug(slugify(text))).toBe(true);
  });
});
