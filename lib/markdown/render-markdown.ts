import { LRUCache } from "lru-cache";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * What a piece of Markdown may cost before it is shown as plain text instead.
 * - `maxLength`: characters of source.
 * - `maxDepth`: nesting of the parsed tree (quotes, lists, emphasis, links…). The
 *   libraries recurse once per level: `mdast-util-to-hast` overflowed the stack at
 *   about 1 000–2 500 levels, remark-gfm's autolink pass at about 2 500, and nested
 *   `![`/`[`/`*` cost quadratic parse time (1 000 nested images: 3 s). See ADR 0014.
 * - `maxElements`: nodes of the parsed tree, table cells counted as rendered (GFM pads
 *   every row to the header's width: 1 000 columns × 1 500 one-character rows would
 *   render 15 MB).
 * - `maxHtmlLength`: characters of HTML produced.
 */
export type TMarkdownBounds = { maxLength: number; maxDepth: number; maxElements: number; maxHtmlLength: number };

const bounds = (maxLength: number): TMarkdownBounds => ({
  maxLength,
  maxDepth: 32,
  maxElements: maxLength,
  maxHtmlLength: 40 * maxLength,
});
/** Public feedback (5 000 characters once validated) and, later, comments. */
export const PUBLIC_MARKDOWN_BOUNDS = bounds(5_000);
/** Sections written by members (20 000 characters at most, lib/sheets/sheet-content.ts). */
export const MEMBER_MARKDOWN_BOUNDS = bounds(20_000);

/** Why a text was shown as plain text; null when it was rendered as Markdown. */
export type TMarkdownFallback = "too-long" | "too-complex" | "failed";
export type TRenderedMarkdown = { html: string; fallback: TMarkdownFallback | null };

const FALLBACK_NOTES: Record<TMarkdownFallback, string> = {
  "too-long": "Texte trop long pour être mis en forme : il est affiché en texte brut, tronqué.",
  "too-complex":
    "Mise en forme trop complexe (imbrications trop profondes ou trop d'éléments) : le texte est affiché en texte brut.",
  failed: "Ce texte n'a pas pu être mis en forme : il est affiché en texte brut.",
};

function processor(fromPublic: boolean) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Raw HTML in the source is dropped (allowDangerousHtml stays off), then the
      // tree is sanitised (GitHub's schema: no scripts, no javascript: URLs).
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeExternalLinks, { rel: fromPublic ? ["noopener", "nofollow", "ugc"] : ["noopener"] })
      .use(rehypeStringify)
      .freeze()
  );
}

const processors = { member: processor(false), public: processor(true) };
/**
 * What one rendered text costs the cache, in bytes at most: its key holds the whole source (up to 20 000
 * characters), and a string takes two bytes per character when it holds one outside Latin-1.
 */
export function renderedMarkdownCost(key: string, result: TRenderedMarkdown): number {
  return 2 * (key.length + result.html.length) + 1;
}

/** The cache's bound: about 20 MB of the process's heap, sources and HTML together (ADR 0021). */
export const RENDERED_MARKDOWN_CACHE_BYTES = 20_000_000;

// Rendering GFM costs milliseconds per section; published sheets are read far more than written.
const rendered = new LRUCache<string, TRenderedMarkdown>({
  max: 2_000,
  maxSize: RENDERED_MARKDOWN_CACHE_BYTES,
  sizeCalculation: (result, key) => renderedMarkdownCost(key, result),
});

const isBlank = (line: string) => /^[ \t]*$/.test(line);
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * A linear upper estimate of the nesting the parser would build, read before
 * parsing so that no hostile text reaches the quadratic or recursive parts:
 * container markers and indentation at the start of each line (quotes, lists),
 * unclosed `[` and unclosed emphasis delimiters of each kind within a paragraph.
 */
export function estimateNesting(source: string): number {
  return estimateStructure(source).nesting;
}

/**
 * Lines that micromark handles in quadratic time without any nesting: the lines of one
 * block (no blank line between them: lazy continuation lines, 5 000 in one quote took
 * 1.7 s) and setext underlines (2 500 headings in one text: 1.1 s). Beyond these counts a
 * text is shown as plain text; ordinary sections stay far below them.
 */
export const MAX_BLOCK_LINES = 1_000;
export const MAX_UNDERLINES = 200;

/** The linear pre-parse estimates: nesting (see estimateNesting), longest block in lines, setext-like underlines. */
export function estimateStructure(source: string): { nesting: number; blockLines: number; underlines: number } {
  let blockLines = 0;
  let longestBlock = 0;
  let underlines = 0;
  let deepest = 0;
  let brackets = 0;
  const openRuns: Record<string, number> = { "*": 0, _: 0, "~": 0 };
  for (const line of source.split(/\r\n|\r|\n/)) {
    if (isBlank(line)) {
      blockLines = 0;
      // Inline constructs never span a blank line.
      brackets = 0;
      openRuns["*"] = openRuns._ = openRuns["~"] = 0;
      continue;
    }
    longestBlock = Math.max(longestBlock, ++blockLines);
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) underlines += 1;
    let index = 0;
    let indent = 0;
    let containers = 0;
    // Leading indentation nests lists by at least two columns a level.
    while (line[index] === " " || line[index] === "\t") indent += line[index++] === "\t" ? 4 : 1;
    for (;;) {
      while (line[index] === " " || line[index] === "\t") index++;
      const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(line.slice(index, index + 11));
      if (!marker) break;
      containers += 1;
      index += marker[0].length;
    }
    deepest = Math.max(deepest, containers + Math.floor(indent / 2));
    for (; index < line.length; index++) {
      const char = line[index];
      if (char === "\\") index++;
      else if (char === "[") deepest = Math.max(deepest, ++brackets);
      else if (char === "]") brackets = Math.max(0, brackets - 1);
      else if (char in openRuns) {
        const before = line[index - 1];
        let end = index;
        while (line[end + 1] === char) end++;
        const after = line[end + 1];
        // A run of n delimiters can open or close n levels ("***" is strong inside emphasis).
        const length = end - index + 1;
        if (isSpace(before) && !isSpace(after)) deepest = Math.max(deepest, (openRuns[char] += length));
        else if (!isSpace(before) && isSpace(after)) openRuns[char] = Math.max(0, openRuns[char] - length);
        index = end;
      }
    }
  }
  return { nesting: deepest, blockLines: longestBlock, underlines };
}

type TNode = { type: string; children?: TNode[]; align?: unknown[] | null };

/** Depth and rendered size of a parsed tree, walked without recursion. */
function measureTree(root: TNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const pending: [TNode, number][] = [[root, 0]];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [node, level] = entry;
    depth = Math.max(depth, level);
    elements += 1;
    if (node.type === "table") elements += (node.children?.length ?? 0) * (node.align?.length ?? 0);
    for (const child of node.children ?? []) pending.push([child, level + 1]);
  }
  return { depth, elements };
}

function plainText(
  source: string,
  fallback: TMarkdownFallback,
  maxLength: number,
  fromPublic: boolean,
): TRenderedMarkdown {
  const text = source.length > maxLength ? `${source.slice(0, maxLength)}…` : source;
  const tree = {
    type: "root" as const,
    children: [
      {
        type: "element" as const,
        tagName: "p",
        properties: { className: ["markdown-note"] },
        children: [{ type: "text" as const, value: FALLBACK_NOTES[fallback] }],
      },
      {
        type: "element" as const,
        tagName: "p",
        properties: { className: ["markdown-plain"] },
        children: [{ type: "text" as const, value: text }],
      },
    ],
  };
  return { html: processors[fromPublic ? "public" : "member"].stringify(tree), fallback };
}

function renderWithinBounds(source: string, fromPublic: boolean, limits: TMarkdownBounds): TRenderedMarkdown {
  // The estimate over-counts (a lone "[" or "*" counts): four times the real bound leaves ordinary text alone.
  const structure = estimateStructure(source);
  if (
    structure.nesting > 4 * limits.maxDepth ||
    structure.blockLines > MAX_BLOCK_LINES ||
    structure.underlines > MAX_UNDERLINES
  ) {
    return plainText(source, "too-complex", limits.maxLength, fromPublic);
  }
  const pipeline = processors[fromPublic ? "public" : "member"];
  try {
    const tree = pipeline.parse(source);
    const { depth, elements } = measureTree(tree as TNode);
    if (depth > limits.maxDepth || elements > limits.maxElements)
      return plainText(source, "too-complex", limits.maxLength, fromPublic);
    const html = pipeline.stringify(pipeline.runSync(tree));
    if (html.length > limits.maxHtmlLength) return plainText(source, "too-complex", limits.maxLength, fromPublic);
    return { html, fallback: null };
  } catch {
    // Whatever still escapes the bounds (a stack overflow on a smaller stack, a library
    // defect) costs this one text its formatting, never its page.
    return plainText(source, "failed", limits.maxLength, fromPublic);
  }
}

/**
 * Safe GFM rendering of text written by members or, with `fromPublic`, by the
 * public (links then carry rel="nofollow ugc"), within explicit bounds. Never
 * throws: a text beyond the bounds comes back as escaped plain text under a
 * short French note, with `fallback` saying why.
 */
export function renderMarkdown(
  source: string,
  {
    fromPublic = false,
    bounds: limits = fromPublic ? PUBLIC_MARKDOWN_BOUNDS : MEMBER_MARKDOWN_BOUNDS,
  }: { fromPublic?: boolean; bounds?: TMarkdownBounds } = {},
): TRenderedMarkdown {
  // Checked before the cache so that an oversized text never becomes a cache key.
  if (source.length > limits.maxLength) return plainText(source, "too-long", limits.maxLength, fromPublic);
  const key = `${fromPublic ? "p" : "m"}:${limits.maxLength}:${limits.maxDepth}:${limits.maxElements}:${limits.maxHtmlLength}:${source}`;
  let result = rendered.get(key);
  if (result === undefined) {
    result = renderWithinBounds(source, fromPublic, limits);
    rendered.set(key, result);
  }
  return result;
}
