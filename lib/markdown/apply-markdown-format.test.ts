import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  applyMarkdownFormat,
  LINK_URL_PLACEHOLDER,
  MARKDOWN_FORMATS,
  MARKDOWN_PLACEHOLDERS,
  type TMarkdownFormat,
} from "./apply-markdown-format.ts";

/** The text with the edit applied and its new selection, written `[…]`, to read the examples at a glance. */
function show(text: string, selected: string, format: TMarkdownFormat, before = "") {
  const start = before.length;
  const source = before + selected + text;
  const result = applyMarkdownFormat(source, start, start + selected.length, format);
  return `${result.text.slice(0, result.selectionStart)}[${result.text.slice(result.selectionStart, result.selectionEnd)}]${result.text.slice(result.selectionEnd)}`;
}

describe("applyMarkdownFormat", () => {
  it("wraps the selected words in bold or italic and keeps them selected", () => {
    expect(show(" sont demandées.", "pièces", "bold", "Les ")).toBe("Les **[pièces]** sont demandées.");
    expect(show(" sont demandées.", "pièces", "italic", "Les ")).toBe("Les _[pièces]_ sont demandées.");
  });

  it("leaves the spaces around the selection outside the markers, where Markdown needs them", () => {
    expect(show("suite", " mot ", "bold", "début")).toBe("début **[mot]** suite");
  });

  it("inserts a selected placeholder when nothing is selected", () => {
    expect(show("", "", "bold", "Texte ")).toBe("Texte **[texte en gras]**");
    expect(show("", "", "italic")).toBe("_[texte en italique]_");
    expect(show("", "", "link")).toBe("[[texte du lien]](https://)");
    expect(show("", "", "heading")).toBe("## [Intertitre]");
  });

  it("turns a selection into a link and selects the address to type", () => {
    expect(show(".", "la démarche", "link", "Voir ")).toBe(`Voir [la démarche]([${LINK_URL_PLACEHOLDER}]).`);
  });

  it("prefixes every line the selection touches, numbering an ordered list and skipping blank lines", () => {
    expect(show("", "RIB\n\nAvis d'imposition", "bulletList")).toBe("[- RIB\n\n- Avis d'imposition]");
    expect(show("", "RIB\nAvis\nKbis", "numberedList")).toBe("[1. RIB\n2. Avis\n3. Kbis]");
    expect(show("\nSuite", "cité", "quote", "Un ")).toBe("[> Un cité]\nSuite");
    expect(show("\nSuite", "tre", "heading", "Ti")).toBe("[## Titre]\nSuite");
  });

  it("does not take in the line after a selection that ends with its line break", () => {
    expect(show("Deux", "Un\n", "bulletList")).toBe("[- Un]\nDeux");
  });

  it("accepts a selection given backwards or out of bounds", () => {
    expect(applyMarkdownFormat("abc", 3, 0, "bold").text).toBe("**abc**");
    expect(applyMarkdownFormat("abc", -4, 99, "italic").text).toBe("_abc_");
  });

  const textAndSelection = fc
    .tuple(fc.string({ maxLength: 60 }), fc.nat(), fc.nat())
    .map(([text, a, b]) => ({
      text,
      start: Math.min(a, b) % (text.length + 1),
      end: Math.max(a, b) % (text.length + 1),
    }))
    .map(({ text, start, end }) => ({ text, start: Math.min(start, end), end: Math.max(start, end) }));
  const format = fc.constantFrom(...MARKDOWN_FORMATS);

  it("property: one replacement at the selection, text outside it unchanged, selection inside the result", () => {
    fc.assert(
      fc.property(textAndSelection, format, ({ text, start, end }, chosen) => {
        const result = applyMarkdownFormat(text, start, end, chosen);
        // Inline formats replace the selection without its surrounding spaces; line formats, the whole lines.
        expect(result.replaceStart).toBeLessThanOrEqual(end);
        expect(result.replaceEnd).toBeGreaterThanOrEqual(Math.max(start, result.replaceStart));
        expect(result.text).toBe(text.slice(0, result.replaceStart) + result.insertion + text.slice(result.replaceEnd));
        expect(
          0 <= result.selectionStart &&
            result.selectionStart <= result.selectionEnd &&
            result.selectionEnd <= result.text.length,
        ).toBe(true);
      }),
    );
  });

  it("property: every line of the selection is still in the result", () => {
    fc.assert(
      fc.property(textAndSelection, format, ({ text, start, end }, chosen) => {
        const result = applyMarkdownFormat(text, start, end, chosen);
        for (const line of text.slice(start, end).split("\n")) expect(result.text).toContain(line.trim());
      }),
    );
  });

  it("property: an empty selection on a blank line inserts the placeholder, selected", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((text) => !text.includes("\n")),
        fc.string({ maxLength: 30 }),
        format,
        (before, after, chosen) => {
          const text = `${before}\n\n${after}`;
          const position = before.length + 1;
          const result = applyMarkdownFormat(text, position, position, chosen);
          expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe(MARKDOWN_PLACEHOLDERS[chosen]);
        },
      ),
    );
  });

  it("property: bold and italic select exactly the trimmed selection between their markers", () => {
    fc.assert(
      fc.property(
        textAndSelection,
        fc.constantFrom("bold" as const, "italic" as const),
        ({ text, start, end }, chosen) => {
          const core = text.slice(start, end).trim();
          fc.pre(core.length > 0);
          const result = applyMarkdownFormat(text, start, end, chosen);
          const marker = chosen === "bold" ? "**" : "_";
          expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe(core);
          expect(result.insertion).toBe(`${marker}${core}${marker}`);
        },
      ),
    );
  });
});
