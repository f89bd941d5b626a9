import fc from "fast-check";

/** Generators of hostile input shared by the property-based tests (renderer, public endpoints). */

/** Markup that tries to run script, load frames or styles, or smuggle a dangerous URL. */
export const UNSAFE_SNIPPETS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//exemple.fr/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<iframe src=https://exemple.fr></iframe>",
  "<style>body{display:none}</style>",
  '<svg onload="alert(1)"><use href="data:image/svg+xml,<svg/>"/></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<object data=x.swf></object><embed src=x>",
  "[clic](javascript:alert(1))",
  "[clic](JaVaScRiPt:alert(1))",
  "[clic](java\tscript:alert(1))",
  "[clic](&#106;avascript:alert(1))",
  "[clic](javascript&#58;alert(1))",
  "[clic]( vbscript:msgbox(1))",
  "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![image](data:image/svg+xml,<svg onload=alert(1)>)",
  "<javascript:alert(1)>",
  "[ref]\n\n[ref]: javascript:alert(1)",
  '[titre](https://exemple.fr "onmouseover=alert(1)")',
  "<a href=https://exemple.fr onclick=alert(1)>x</a>",
  "<form action=javascript:alert(1)><button>x</button></form>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  "<details open ontoggle=alert(1)>",
  "<base href=javascript:/>",
  "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
  "[^1]\n\n[^1]: <script>alert(1)</script>",
  "`<script>`",
  "```html\n<script>alert(1)</script>\n```",
  "| a | <script> |\n|---|---|\n| [x](javascript:1) | <iframe> |",
];

/** Tokens whose repetition nests (quotes, lists, emphasis, links, images, indentation) or costs parse time. */
const NESTING_TOKENS = [
  ">",
  "> ",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "1) ",
  "> - ",
  "> 1. ",
  "  ",
  "\t",
  "[",
  "![",
  "*",
  "**",
  "_",
  "__",
  "~~",
  "*a ",
  "_a ",
  "[a ",
  "(",
  "`",
  "|",
  "<",
  "&",
  "\\",
];
const CLOSING_TOKENS = ["", "]", "](u)", "](javascript:alert(1))", "*", "_", " a*", "a_ ", "~~", ")", "`", "|\n|-|\n"];

/** One token repeated up to `maxRepeat` times, optionally closed by another repeated token. */
export const deepNesting = (maxRepeat: number) =>
  fc
    .record({
      open: fc.constantFrom(...NESTING_TOKENS),
      close: fc.constantFrom(...CLOSING_TOKENS),
      depth: fc.integer({ min: 1, max: maxRepeat }),
      middle: fc.constantFrom("x", "a b", "www.exemple.fr", "<script>alert(1)</script>", "[x](javascript:alert(1))"),
    })
    .map(({ open, close, depth, middle }) => open.repeat(depth) + middle + close.repeat(depth));

/** Strings of any code unit, C0/C1 controls, lone surrogates and bidi overrides included. */
export const controlText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
    fc.constantFrom("\u202e", "\u2028", "\ufeff", "\ud800", "\udfff", "\u0000"),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 200,
});

/** Markdown mixing ordinary text, unsafe snippets, deep nesting and control characters. */
export const hostileMarkdown = (maxRepeat = 3_000) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...UNSAFE_SNIPPETS) },
        { weight: 2, arbitrary: deepNesting(maxRepeat) },
        { weight: 1, arbitrary: controlText },
        { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "\n",
            "\n\n",
            "# ",
            "---\n",
            "| a | b |\n|---|---|\n",
            "www.exemple.fr ",
            "x@exemple.fr ",
          ),
        },
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

/** Path segments and query values: traversal, encodings (valid and broken), controls, overlong text. */
export const hostileSegment = fc.oneof(
  fc.constantFrom(
    "..",
    "../..",
    "%2e%2e%2f",
    "%00",
    "%",
    "%zz",
    "%E0%A4%A",
    "%C0%AF",
    "%ff%fe",
    "%0d%0aSet-Cookie:x=1",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "' OR 1=1 --",
    "\u0000",
    "%u0000",
    "\ud800",
    "..%5c..%5c",
    "%252e%252e",
    "a".repeat(5_000),
    "🙂",
    "NaN",
    "-1",
    "1e309",
    "[]",
    "{}",
    "__proto__",
    "constructor",
  ),
  controlText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ""))),
  fc.string({ maxLength: 60 }).map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ""))),
);

// A start tag as rehype-stringify writes it: attribute values always double-quoted, so that a `<` or `>`
// inside a value (allowed in HTML) is read as part of the value, not as another tag.
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s="'>/]+(?:="[^"]*")?)*)\s*\/?>/y;
const FORBIDDEN_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "object",
  "embed",
  "svg",
  "math",
  "form",
  "base",
  "meta",
  "link",
  "template",
  "noscript",
]);

const decodeAttribute = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(
      /&(colon|tab|newline|amp|quot|lt|gt);/gi,
      (_, name: string) =>
        ({ colon: ":", tab: "\t", newline: "\n", amp: "&", quot: '"', lt: "<", gt: ">" })[name.toLowerCase()]!,
    );

/**
 * Everything unsafe found in a piece of HTML: forbidden elements, event handlers, script or data URLs, inline styles.
 */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const tags: [string, string][] = [];
  for (let index = html.indexOf("<"); index !== -1; index = html.indexOf("<", index + 1)) {
    TAG.lastIndex = index;
    const tag = TAG.exec(html);
    if (!tag) continue;
    tags.push([tag[1], tag[2]]);
    index = TAG.lastIndex - 1;
  }
  for (const [name, attributes] of tags) {
    if (FORBIDDEN_TAGS.has(name.toLowerCase())) problems.push(`<${name}>`);
    for (const [, attribute, value = ""] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const lowered = attribute.toLowerCase();
      if (lowered.startsWith("on")) problems.push(`${name} ${attribute}`);
      if (lowered === "style" || lowered === "srcdoc" || lowered === "formaction")
        problems.push(`${name} ${attribute}`);
      const url = decodeAttribute(value)
        .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
        .toLowerCase();
      if (
        ["href", "src", "action", "xlink:href", "poster", "cite", "background"].includes(lowered) &&
        /^(javascript|vbscript|data):/.test(url)
      )
        problems.push(`${name} ${attribute}=${value}`);
    }
  }
  return problems;
}
