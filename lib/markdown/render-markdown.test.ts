import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_DATA_ITEMS, DEMO_IRRITANTS, DEMO_SHEETS } from "@/lib/seed/content.ts";
import { sheetSections } from "@/lib/sheets/diff-revisions.ts";
import { ZSheetContent } from "@/lib/sheets/sheet-content.ts";
import { hostileMarkdown, UNSAFE_SNIPPETS, unsafeHtml } from "@/lib/test/hostile-input.ts";
import {
  estimateNesting,
  MAX_BLOCK_LINES,
  MAX_UNDERLINES,
  MEMBER_MARKDOWN_BOUNDS,
  PUBLIC_MARKDOWN_BOUNDS,
  RENDERED_MARKDOWN_CACHE_BYTES,
  renderedMarkdownCost,
  renderMarkdown,
  type TMarkdownBounds,
} from "./render-markdown.ts";

const SMALL: TMarkdownBounds = { maxLength: 2_000, maxDepth: 8, maxElements: 200, maxHtmlLength: 20_000 };

describe("renderMarkdown", () => {
  it("renders ordinary Markdown, nested a few levels, as Markdown", () => {
    const source =
      "## Titre\n\n- un **gras *et italique* avec [lien](https://exemple.fr)**\n  - deux\n    - trois\n      > cité `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. premier\n2. second\n\n~~barré~~ www.exemple.fr";
    const { html, fallback } = renderMarkdown(source);
    expect(fallback).toBeNull();
    expect(html).toContain("<strong>gras <em>et italique</em>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<table>");
  });

  it("renders all the demo content as Markdown, none of it as plain text", () => {
    const texts = [
      ...DEMO_IRRITANTS.map((irritant) => irritant.description),
      ...DEMO_DATA_ITEMS.map((item) => item.definition),
      ...DEMO_SHEETS.flatMap((sheet) =>
        sheetSections({ title: sheet.title, summary: sheet.summary, content: ZSheetContent.parse(sheet.content) }).map(
          (section) => section.text,
        ),
      ),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(renderMarkdown(text).fallback, text.slice(0, 80)).toBeNull();
  });

  it.each([
    ["quotes", (n: number) => ">".repeat(n) + " x"],
    ["bullet lists", (n: number) => "- ".repeat(n) + "x"],
    ["ordered lists", (n: number) => "1. ".repeat(n) + "x"],
    ["indented lists", (n: number) => Array.from({ length: n }, (_, level) => `${"  ".repeat(level)}- x`).join("\n")],
    ["emphasis", (n: number) => "*a ".repeat(n) + "x" + " a*".repeat(n)],
    ["strong runs", (n: number) => "*".repeat(n) + "x" + "*".repeat(n)],
    ["links", (n: number) => "[".repeat(n) + "x" + "](u)".repeat(n)],
    ["images", (n: number) => "![".repeat(n) + "x" + "](u)".repeat(n)],
    ["strikethrough", (n: number) => "~~a ".repeat(n) + "x" + " a~~".repeat(n)],
  ])("shows %s nested beyond the depth bound as plain text, at every depth", (_, nested) => {
    // Beyond four times the bound, the estimate refuses it before parsing; links and images
    // do not nest in the tree (no link in a link, an image's text is flat) but cost parse time.
    for (const depth of [40, 200, 1_000]) {
      const source = nested(depth).slice(0, SMALL.maxLength);
      const { html, fallback } = renderMarkdown(source, { bounds: SMALL });
      expect(fallback, `${depth}`).toMatch(/too-complex|too-long/);
      expect(html).toContain("affiché en texte brut");
    }
    expect(renderMarkdown(nested(2), { bounds: SMALL }).fallback).toBeNull();
  });

  it("measures the parsed depth exactly below the estimate's margin", () => {
    // Root, six quotes, a paragraph and its text: eight levels.
    expect(renderMarkdown(">".repeat(6) + " x", { bounds: SMALL }).fallback).toBeNull();
    expect(renderMarkdown(">".repeat(7) + " x", { bounds: SMALL }).fallback).toBe("too-complex");
    expect(renderMarkdown("- ".repeat(5) + "x", { bounds: SMALL }).fallback).toBe("too-complex");
  });

  it("refuses a table that GFM would pad to far more cells than it has characters", () => {
    const source = "|a".repeat(300) + "|\n" + "|-".repeat(300) + "|\n" + "|\n".repeat(600);
    expect(renderMarkdown(source.slice(0, 5_000), { fromPublic: true }).fallback).toBe("too-complex");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n".repeat(10), { fromPublic: true }).fallback).toBeNull();
  });

  it.each([
    ["lazy lines in a quote", (lines: number) => `> a\n${"a\n".repeat(lines - 1)}`],
    ["lines of one paragraph", (lines: number) => "mot\n".repeat(lines)],
    ["lines of one list", (lines: number) => "- a\n".repeat(lines)],
  ])("shows %s beyond MAX_BLOCK_LINES as plain text, and renders them below", (_, text) => {
    expect(renderMarkdown(text(MAX_BLOCK_LINES + 1)).fallback).toBe("too-complex");
    expect(renderMarkdown(text(MAX_BLOCK_LINES - 1)).fallback).toBeNull();
    // A blank line ends a block: many short blocks are fine.
    expect(renderMarkdown(`${text(600)}\n\n${text(600)}`).fallback).toBeNull();
  });

  it.each([
    ["=", "a\n=\n\n"],
    ["-", "a\n---\n"],
  ])("shows more than MAX_UNDERLINES setext underlines (%s) as plain text", (_, heading) => {
    expect(renderMarkdown(heading.repeat(MAX_UNDERLINES + 1)).fallback).toBe("too-complex");
    expect(renderMarkdown(heading.repeat(MAX_UNDERLINES)).fallback).toBeNull();
  });

  it("shows a text over the length bound as escaped plain text, truncated", () => {
    const { html, fallback } = renderMarkdown(
      `<script>alert(1)</script>${"a".repeat(PUBLIC_MARKDOWN_BOUNDS.maxLength)}`,
      { fromPublic: true },
    );
    expect(fallback).toBe("too-long");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(html).toContain("…");
    expect(html.length).toBeLessThan(PUBLIC_MARKDOWN_BOUNDS.maxLength + 500);
  });

  it("estimates nesting without counting balanced or intra-word delimiters", () => {
    expect(estimateNesting("**gras** et *italique* et snake_case_name et [lien](u) [x]")).toBeLessThanOrEqual(3);
    expect(estimateNesting("> - > 1. x")).toBe(4);
    expect(estimateNesting("[".repeat(50))).toBe(50);
    expect(estimateNesting(`${"[".repeat(50)}\n\n[`)).toBe(50);
    expect(estimateNesting("\\[\\[\\[")).toBe(0);
  });

  it("relies on a checker that finds unsafe HTML, and not inside quoted attribute values", () => {
    expect(
      unsafeHtml(
        '<p><script>x</script><a href="javascript:alert(1)" onclick="x">a</a><img src="data:image/svg+xml,x"><iframe src="u"></iframe><b style="x">',
      ),
    ).toEqual([
      "<script>",
      "a href=javascript:alert(1)",
      "a onclick",
      "img src=data:image/svg+xml,x",
      "<iframe>",
      "b style",
    ]);
    expect(unsafeHtml('<a href="  JaVa&#x53;cript:x">a</a>')).toHaveLength(1);
    expect(unsafeHtml('<p><a href="u" title="x>y<script>z">a</a><img src="u" alt="&#x3C;script>"></p>')).toEqual([]);
  });

  it("renders every unsafe snippet without anything unsafe, from members and from the public", () => {
    for (const snippet of UNSAFE_SNIPPETS) {
      for (const fromPublic of [false, true])
        expect(unsafeHtml(renderMarkdown(snippet, { fromPublic }).html), snippet).toEqual([]);
    }
  });

  it("never throws and never renders anything unsafe or unbounded on generated hostile Markdown", () => {
    fc.assert(
      fc.property(hostileMarkdown(), fc.boolean(), (source, fromPublic) => {
        const bounds = fromPublic ? PUBLIC_MARKDOWN_BOUNDS : MEMBER_MARKDOWN_BOUNDS;
        const { html, fallback } = renderMarkdown(source, { fromPublic });
        expect(unsafeHtml(html)).toEqual([]);
        expect(html.length).toBeLessThanOrEqual(bounds.maxHtmlLength);
        if (fallback) expect(html).toContain('class="markdown-plain"');
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("stays within tight bounds on generated hostile Markdown", () => {
    fc.assert(
      fc.property(hostileMarkdown(500), (source) => {
        const { html } = renderMarkdown(source, { bounds: SMALL });
        expect(unsafeHtml(html)).toEqual([]);
        expect(html.length).toBeLessThanOrEqual(SMALL.maxHtmlLength);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("never throws on huge strings", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3_000, maxLength: 40_000, unit: "binary" }),
        fc.boolean(),
        (source, fromPublic) => {
          expect(unsafeHtml(renderMarkdown(source, { fromPublic }).html)).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe("the rendered Markdown cache's bound", () => {
  it("counts the source held in the key and two bytes per character, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 2_000 }),
        fc.string({ unit: "binary", maxLength: 2_000 }),
        (key, html) => {
          expect(renderedMarkdownCost(key, { html, fallback: null })).toBeGreaterThanOrEqual(
            2 * (key.length + html.length),
          );
        },
      ),
    );
  });

  it("holds a few hundred of the longest member sections, not 2 000 (about 80 MB of sources alone)", () => {
    const longest = "’".repeat(MEMBER_MARKDOWN_BOUNDS.maxLength);
    const cost = renderedMarkdownCost(`m:${longest}`, renderMarkdown(longest, { bounds: MEMBER_MARKDOWN_BOUNDS }));
    expect(Math.floor(RENDERED_MARKDOWN_CACHE_BYTES / cost)).toBeLessThan(500);
  });
});
