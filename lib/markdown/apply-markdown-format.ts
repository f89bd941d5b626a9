/** The formats of the sheet editor's Markdown toolbar (components/sheets/markdown-field.tsx). */
export const MARKDOWN_FORMATS = ["bold", "italic", "heading", "bulletList", "numberedList", "link", "quote"] as const;
export type TMarkdownFormat = (typeof MARKDOWN_FORMATS)[number];

/** What replaces the selection when there is none: a French word the author types over, selected. */
export const MARKDOWN_PLACEHOLDERS: Record<TMarkdownFormat, string> = {
  bold: "texte en gras",
  italic: "texte en italique",
  heading: "Intertitre",
  bulletList: "élément de liste",
  numberedList: "élément de liste",
  link: "texte du lien",
  quote: "citation",
};

/** The address put in a new link, selected so that typing replaces it. */
export const LINK_URL_PLACEHOLDER = "https://";

/**
 * One edit of the textarea: replace [replaceStart, replaceEnd) by `insertion` (one step, which the browser's undo
 * reverts at once), then select [selectionStart, selectionEnd) of the resulting `text`.
 */
export type TMarkdownEdit = {
  text: string;
  replaceStart: number;
  replaceEnd: number;
  insertion: string;
  selectionStart: number;
  selectionEnd: number;
};

const INLINE_MARKERS = { bold: "**", italic: "_" } as const;
const LINE_PREFIXES = { heading: "## ", bulletList: "- ", quote: "> " } as const;

function edit(
  text: string,
  replaceStart: number,
  replaceEnd: number,
  insertion: string,
  selectionStart: number,
  selectionEnd: number,
): TMarkdownEdit {
  return {
    text: text.slice(0, replaceStart) + insertion + text.slice(replaceEnd),
    replaceStart,
    replaceEnd,
    insertion,
    selectionStart,
    selectionEnd,
  };
}

/** Bold, italic and link wrap the selection; its surrounding spaces stay outside, where Markdown needs them. */
function wrapInline(text: string, start: number, end: number, format: "bold" | "italic" | "link"): TMarkdownEdit {
  const selected = text.slice(start, end);
  const core = selected.trim();
  const from = core ? start + selected.indexOf(core) : start;
  const to = core ? from + core.length : end;
  const inner = core || MARKDOWN_PLACEHOLDERS[format];
  if (format === "link") {
    const insertion = `[${inner}](${LINK_URL_PLACEHOLDER})`;
    const urlStart = from + inner.length + 3;
    // A selected text keeps its words: the address is what is left to type. Without one, the words come first.
    return core
      ? edit(text, from, to, insertion, urlStart, urlStart + LINK_URL_PLACEHOLDER.length)
      : edit(text, from, to, insertion, from + 1, from + 1 + inner.length);
  }
  const marker = INLINE_MARKERS[format];
  return edit(text, from, to, `${marker}${inner}${marker}`, from + marker.length, from + marker.length + inner.length);
}

/** Heading, lists and quote prefix every line the selection touches; an empty line gets a placeholder. */
function prefixLines(
  text: string,
  start: number,
  end: number,
  format: "heading" | "bulletList" | "numberedList" | "quote",
): TMarkdownEdit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // A selection that ends at the start of a line (triple click) does not take that line in.
  const lastPosition = end > start && text[end - 1] === "\n" ? end - 1 : end;
  const nextBreak = text.indexOf("\n", lastPosition);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split("\n");
  const onlyBlank = lines.every((line) => line.trim() === "");
  const prefix = (index: number) => (format === "numberedList" ? `${index + 1}. ` : LINE_PREFIXES[format]);
  if (onlyBlank) {
    const placeholder = MARKDOWN_PLACEHOLDERS[format];
    const insertion = `${prefix(0)}${placeholder}`;
    const placeholderStart = lineStart + prefix(0).length;
    return edit(text, lineStart, lineEnd, insertion, placeholderStart, placeholderStart + placeholder.length);
  }
  let number = 0;
  const insertion = lines.map((line) => (line.trim() === "" ? line : `${prefix(number++)}${line}`)).join("\n");
  return edit(text, lineStart, lineEnd, insertion, lineStart, lineStart + insertion.length);
}

/**
 * The Markdown of one toolbar button applied to the selection [start, end) of `text`. Pure: the component applies the
 * edit to the textarea. The result is still plain Markdown, rendered by the bounded renderer like anything typed.
 */
export function applyMarkdownFormat(text: string, start: number, end: number, format: TMarkdownFormat): TMarkdownEdit {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end, 0));
  switch (format) {
    case "bold":
    case "italic":
    case "link":
      return wrapInline(text, from, to, format);
    case "heading":
    case "bulletList":
    case "numberedList":
    case "quote":
      return prefixLines(text, from, to, format);
  }
}
