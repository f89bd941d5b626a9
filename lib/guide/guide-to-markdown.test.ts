import fc from "fast-check";
import type { Nodes, Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render-markdown.ts";
import { controlText, UNSAFE_SNIPPETS, unsafeHtml } from "@/lib/test/hostile-input.ts";
import { PATH_KINDS } from "@/lib/sheets/sheet-content.ts";
import type { TGuide, TGuideApi, TGuideDataItem, TGuideEstimate, TGuideRequirement } from "./guide-model.ts";
import { GUIDE_TABLE_HEADERS, guideToMarkdown, inlineText } from "./guide-to-markdown.ts";

const BASE = "https://atelier.exemple.fr";
const parser = unified().use(remarkParse).use(remarkGfm);
const textOf = (node: Nodes): string =>
  "value" in node && typeof node.value === "string"
    ? node.value
    : "children" in node
      ? node.children.map((child) => textOf(child as Nodes)).join("")
      : "";
const nodesOf = (node: Nodes): Nodes[] => [
  node,
  ...("children" in node ? node.children.flatMap((child) => nodesOf(child as Nodes)) : []),
];
// The whole guide, whatever its size, must render as Markdown, not fall back to plain text.
const GUIDE_BOUNDS = { maxLength: 10_000_000, maxDepth: 32, maxElements: 10_000_000, maxHtmlLength: 100_000_000 };

/** Catalogue text as members could type it: Markdown and table syntax, HTML, line breaks, controls. */
const catalogueText = fc.oneof(
  fc.constantFrom(
    "Avis d'impôt | N-1",
    "*gras* _it_ **x**",
    "# Titre",
    "## deux\n### trois",
    "ligne 1\nligne 2\r\n\r\nparagraphe",
    "a | b\n|---|---|\n| c | d |",
    "`code` ``x``",
    "\\|\\",
    "[lien](javascript:alert(1))",
    "<b>gras</b>",
    "&amp; &lt;script&gt; &#60;",
    "> citation",
    "- puce",
    "1. liste",
    "---",
    "===",
    "www.exemple.fr",
    "x@exemple.fr",
    "~~barré~~",
    "[^1]",
    "![img](x)",
    "| ",
    " |",
    "\u2028séparateur\u2029",
    "   ",
  ),
  fc.constantFrom(...UNSAFE_SNIPPETS),
  controlText.map((text) => text.replace(/[\ud800-\udfff]/g, "")),
  fc.string({ maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "|",
        "*",
        "#",
        "\n",
        "<",
        ">",
        "`",
        "[",
        "]",
        "(",
        ")",
        "\\",
        "_",
        "~",
        "!",
        "&",
        " ",
        "a",
        "é",
        "-",
        "+",
        "=",
        ":",
      ),
      { maxLength: 30 },
    )
    .map((chars) => chars.join("")),
);
const estimate: fc.Arbitrary<TGuideEstimate> = fc
  .option(fc.record({ who: catalogueText, at: fc.constant("2026-11-30T10:00:00.000Z") }), { nil: null })
  .map((setBy) => ({ setBy }));
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const httpsUrl = fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true });
const api: fc.Arbitrary<TGuideApi> = fc.record({
  slug,
  name: catalogueText,
  provider: catalogueText,
  documentationUrl: fc.option(httpsUrl, { nil: null }),
  hypothetical: fc.boolean(),
  habilitation: fc.constantFrom("DATAPASS", "CONVENTION", "OPEN_ACCESS", "NOT_YET", null),
  habilitationUrl: fc.option(httpsUrl, { nil: null }),
  habilitationDetails: fc.option(catalogueText, { nil: null }),
  availability: fc.constantFrom("DISPONIBLE", "EN_COURS", "INEXISTANTE", null),
  availabilitySource: fc.option(catalogueText, { nil: null }),
  availabilityCheckedOn: fc.option(fc.constant("2026-10-01T00:00:00.000Z"), { nil: null }),
  availabilityEstimate: fc.option(estimate, { nil: null }),
});
const dataItem: fc.Arbitrary<TGuideDataItem> = fc.record({
  slug,
  name: catalogueText,
  holder: catalogueText,
  availability: fc.constantFrom("DISPONIBLE", "EN_COURS", "INEXISTANTE"),
  availabilityEstimate: estimate,
  effort: fc.integer({ min: 1, max: 5 }),
  effortEstimate: estimate,
  endpoint: fc.option(catalogueText, { nil: null }),
  scopes: fc.array(catalogueText, { maxLength: 3 }),
  api: fc.option(api, { nil: null }),
});
const requirement: fc.Arbitrary<TGuideRequirement> = fc.record({
  label: catalogueText,
  kind: fc.constantFrom("DOCUMENT", "DATA"),
  replacedBy: fc.array(dataItem, { maxLength: 3 }),
});
const guide: fc.Arbitrary<TGuide> = fc.record({
  title: fc.constant("Guide des bonnes pratiques et des bonnes données"),
  version: fc.constant("2026-12-04.0a1b2c3d"),
  catalogueUpdatedAt: fc.constant("2026-12-04T09:00:00.000Z"),
  generatedAt: fc.constant("2026-12-04T10:00:00.000Z"),
  schemes: fc.uniqueArray(
    fc.record({
      slug,
      name: catalogueText,
      description: catalogueText,
      operator: catalogueText,
      source: catalogueText,
      updatedAt: fc.constant("2026-12-01T00:00:00.000Z"),
      paths: fc
        .subarray([...PATH_KINDS])
        .chain((paths) =>
          fc.tuple(
            ...paths.map((path) =>
              fc.array(requirement, { maxLength: 3 }).map((requirements) => ({ path, requirements })),
            ),
          ),
        ),
    }),
    { selector: (scheme) => scheme.slug, maxLength: 3 },
  ),
});

function parse(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

describe("the guide in Markdown", () => {
  it("keeps its structure and every catalogue text as text, whatever the text holds", () => {
    fc.assert(
      fc.property(guide, (value) => {
        const markdown = guideToMarkdown(value, BASE);
        const tree = parse(markdown);
        const nodes = nodesOf(tree);
        // No catalogue text becomes raw HTML, and every link is one the guide made.
        expect(nodes.filter((node) => node.type === "html")).toEqual([]);
        const allowed = new Set(
          value.schemes.flatMap((scheme) =>
            scheme.paths.flatMap((path) =>
              path.requirements.flatMap((item) =>
                item.replacedBy.flatMap((data) => [data.api?.documentationUrl, data.api?.habilitationUrl]),
              ),
            ),
          ),
        );
        // GFM links an address written in the text (www., http(s)://, an e-mail): the link is its own text, never javascript:.
        const autolink = (url: string, text: string) =>
          [text, `http://${text}`, `mailto:${text}`].includes(url) && /^(https?:|mailto:)/.test(url);
        for (const node of nodes)
          if (node.type === "link")
            expect(
              node.url.startsWith(`${BASE}/`) || allowed.has(node.url) || autolink(node.url, textOf(node)),
              node.url,
            ).toBe(true);

        // One level-2 heading per scheme, after the table of contents, reading the scheme's name.
        const headings = tree.children.filter((node) => node.type === "heading");
        expect(headings.filter((heading) => heading.depth === 1).map(textOf)).toEqual([value.title]);
        expect(headings.filter((heading) => heading.depth === 2).map(textOf)).toEqual([
          "Sommaire",
          ...value.schemes.map((scheme) => inlineText(scheme.name)),
        ]);
        expect(headings.filter((heading) => heading.depth === 3)).toHaveLength(
          value.schemes.reduce((count, scheme) => count + scheme.paths.length, 0),
        );

        // One table per path that asks for something, one row per request and replacing data item, seven cells each.
        const tables = tree.children.filter((node): node is Table => node.type === "table");
        const paths = value.schemes.flatMap((scheme) => scheme.paths).filter((path) => path.requirements.length > 0);
        expect(tables).toHaveLength(paths.length);
        tables.forEach((table, index) => {
          const expected = paths[index].requirements.flatMap((item) =>
            item.replacedBy.length ? item.replacedBy.map(() => item.label) : [item.label],
          );
          expect(table.children.map((row) => row.children.length)).toEqual(
            Array(expected.length + 1).fill(GUIDE_TABLE_HEADERS.length),
          );
          expect(table.children[0].children.map(textOf)).toEqual(GUIDE_TABLE_HEADERS);
          expect(table.children.slice(1).map((row) => textOf(row.children[0]))).toEqual(expected.map(inlineText));
        });

        // The project's renderer shows it as Markdown, safely.
        const rendered = renderMarkdown(markdown, { bounds: GUIDE_BOUNDS });
        expect(rendered.fallback).toBeNull();
        expect(unsafeHtml(rendered.html)).toEqual([]);
        expect(rendered.html.match(/<table>/g)?.length ?? 0).toBe(paths.length);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("says which values are estimates, and who set them, or that they are demonstration values", () => {
    const item = (setBy: TGuideEstimate["setBy"]): TGuideDataItem => ({
      slug: "rfr",
      name: "Revenu fiscal",
      holder: "DGFiP",
      availability: "EN_COURS",
      availabilityEstimate: { setBy },
      effort: 2,
      effortEstimate: { setBy: null },
      endpoint: null,
      scopes: ["dgfip_rfr"],
      api: {
        slug: "impot",
        name: "API Impôt particulier",
        provider: "DGFiP",
        documentationUrl: null,
        hypothetical: false,
        habilitation: "DATAPASS",
        habilitationUrl: "https://datapass.api.gouv.fr/",
        habilitationDetails: null,
        availability: "DISPONIBLE",
        availabilitySource: "api.gouv.fr",
        availabilityCheckedOn: "2026-10-01T00:00:00.000Z",
        availabilityEstimate: null,
      },
    });
    const markdown = guideToMarkdown(
      {
        title: "Guide",
        version: "v",
        catalogueUpdatedAt: "2026-12-04T09:00:00.000Z",
        generatedAt: "2026-12-04T10:00:00.000Z",
        schemes: [
          {
            slug: "cpf",
            name: "CPF",
            description: "d",
            operator: "CDC",
            source: "atelier",
            updatedAt: "2026-12-01T00:00:00.000Z",
            paths: [
              {
                path: "PARTICULIER",
                requirements: [
                  {
                    label: "Avis d'impôt",
                    kind: "DOCUMENT",
                    replacedBy: [item({ who: "Ana Lopez", at: "2026-11-30T10:00:00.000Z" }), item(null)],
                  },
                ],
              },
            ],
          },
        ],
      },
      BASE,
    );
    expect(markdown).toContain(
      "Donnée : En cours (estimation du groupe, renseignée par Ana Lopez le 30 novembre 2026). API : Disponible (source : api.gouv.fr, vérifiée le 1 octobre 2026).",
    );
    expect(markdown).toContain("Donnée : En cours (estimation du groupe, valeur de démonstration non vérifiée)");
    expect(markdown).toContain("DataPass (demande d'habilitation) — [procédure](https://datapass.api.gouv.fr/)");
    expect(markdown).toContain("`dgfip_rfr`");
    expect(markdown).toContain(`1. [CPF](${BASE}/guide#dispositif-cpf)`);
    expect(markdown).toMatch(
      /^# Guide\n\n\*\*Version v\*\* — catalogue mis à jour le 4 décembre 2026, guide généré le 4 décembre 2026\./,
    );
  });
});
