import { describe, expect, it } from "vitest";
import { z } from "zod";
import "./french-errors.ts";
import { containsInvalidText } from "./invalid-text.ts";

describe("containsInvalidText", () => {
  it("finds NUL characters and lone surrogates anywhere in an input, keys included", () => {
    expect(containsInvalidText({ title: "ok", nested: [{ text: "a\u0000b" }] })).toBe(true);
    expect(containsInvalidText({ message: "\uD800" })).toBe(true);
    expect(containsInvalidText({ ["\uDC00"]: 1 })).toBe(true);
  });

  it("accepts ordinary and unusual but valid text", () => {
    expect(
      containsInvalidText({
        title: 'Évaluation 😀 ‮ <script>alert(1)</script> \'; DROP TABLE "User"; --',
        n: 3,
        list: ["ß", "ﬁ"],
      }),
    ).toBe(false);
  });
});

describe("zod messages", () => {
  it("are in French when a schema gives none", () => {
    expect(z.object({ title: z.string() }).safeParse({ title: 12 }).error?.issues[0].message).toMatch(
      /^Entrée invalide/,
    );
    expect(z.string().max(3).safeParse("abcdef").error?.issues[0].message).toMatch(/^Trop grand/);
  });
});
