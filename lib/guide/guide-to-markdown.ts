import type {
  Heading,
  Link,
  List,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { formatDate } from "@/lib/format.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { schemeAnchor, type TGuide, type TGuideDataItem, type TGuideRequirement } from "./guide-model.ts";
import {
  apiAvailabilityText,
  dataItemAvailabilityText,
  effortText,
  GUIDE_INTRODUCTION,
  habilitationText,
  REQUIREMENT_KIND_LABELS,
} from "./guide-wording.ts";

export const GUIDE_TABLE_HEADERS = [
  "Demandé aujourd'hui",
  "Nature",
  "Donnée qui le remplacerait",
  "API publique",
  "Habilitation",
  "Scopes à demander",
  "Disponibilité",
];

/**
 * Catalogue text on one line: every control character, line or paragraph separator
 * and run of white space becomes one space. A table cell or a heading is one line
 * of Markdown: a line break there would end it.
 */
export function inlineText(text: string): string {
  return text.replace(LINE_BREAKING, " ").trim();
}
const LINE_BREAKING = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

// Catalogue text only ever enters the tree as text, link or inline code nodes: the serializer escapes
// what Markdown would read as syntax (`|` in a cell, `*`, `#`, `<`, `[`…), so no text can add a
// construct, close a table or bring raw HTML (lib/guide/guide-to-markdown.test.ts).
const text = (value: string): PhrasingContent => ({ type: "text", value: value.replace(LINE_BREAKING, " ") });
/** A catalogue value on its own (a name, a label): on one line, trimmed. */
const value = (catalogueText: string): PhrasingContent => text(inlineText(catalogueText));
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const link = (url: string, label: string): Link => ({ type: "link", url, children: [value(label)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): Heading => ({ type: "heading", depth, children });
const cell = (...children: PhrasingContent[]): TableCell => ({ type: "tableCell", children });
const joined = (parts: PhrasingContent[][], separator: string): PhrasingContent[] =>
  parts.flatMap((part, index) =>
    index === 0 ? part : [{ type: "text", value: separator } as PhrasingContent, ...part],
  );

function dataItemCells(base: string, item: TGuideDataItem): TableCell[] {
  const { api } = item;
  const itemCell = cell(
    link(`${base}/donnees/${item.slug}`, item.name),
    text(` — détenue par ${inlineText(item.holder)} ; effort d'intégration : ${effortText(item)}`),
  );
  if (!api)
    return [
      itemCell,
      cell(text("Aucune API publique reliée")),
      cell(text("—")),
      cell(text("—")),
      cell(text(dataItemAvailabilityText(item))),
    ];
  const apiCell = cell(
    link(`${base}/api-publiques/${api.slug}`, api.name),
    text(` (${inlineText(api.provider)}${api.hypothetical ? ", hypothétique : n'existe pas encore" : ""})`),
    ...(api.documentationUrl ? [text(" — "), link(api.documentationUrl, "documentation")] : []),
  );
  const habilitationCell = cell(
    text(habilitationText(api)),
    ...(api.habilitationDetails ? [text(` : ${inlineText(api.habilitationDetails)}`)] : []),
    ...(api.habilitationUrl ? [text(" — "), link(api.habilitationUrl, "procédure")] : []),
  );
  const scopes = item.scopes.map((scope) => inlineText(scope)).filter(Boolean);
  const scopesCell = cell(
    ...(scopes.length
      ? joined(
          scopes.map((scope) => [{ type: "inlineCode", value: scope }]),
          ", ",
        )
      : [text("À préciser")]),
  );
  const endpoint = item.endpoint ? inlineText(item.endpoint) : "";
  const availabilityCell = cell(
    text(`Donnée : ${dataItemAvailabilityText(item)}. API : ${apiAvailabilityText(api)}.`),
    ...(endpoint ? [text(" Point d'accès : "), { type: "inlineCode", value: endpoint } as PhrasingContent] : []),
  );
  return [itemCell, apiCell, habilitationCell, scopesCell, availabilityCell];
}

function requirementRows(base: string, requirement: TGuideRequirement): TableRow[] {
  const asked = [cell(value(requirement.label)), cell(text(REQUIREMENT_KIND_LABELS[requirement.kind]))];
  if (requirement.replacedBy.length === 0)
    return [
      {
        type: "tableRow",
        children: [
          ...asked,
          cell(text("Aucune donnée identifiée")),
          cell(text("—")),
          cell(text("—")),
          cell(text("—")),
          cell(text("—")),
        ],
      },
    ];
  return requirement.replacedBy.map((item) => ({
    type: "tableRow",
    children: [...asked, ...dataItemCells(base, item)],
  }));
}

/** The tree of the guide, kept apart so that tests can compare it with what the Markdown parses back to. */
export function guideToMarkdownTree(guide: TGuide, base: string): Root {
  const children: RootContent[] = [
    heading(1, value(guide.title)),
    paragraph(
      strong(`Version ${guide.version}`),
      text(
        ` — catalogue mis à jour le ${formatDate(new Date(guide.catalogueUpdatedAt))}, guide généré le ${formatDate(new Date(guide.generatedAt))}.`,
      ),
    ),
    paragraph(text(GUIDE_INTRODUCTION)),
    paragraph(
      text("Version web : "),
      link(`${base}/guide`, `${base}/guide`),
      text(" — données ouvertes du catalogue : "),
      link(`${base}/donnees-ouvertes`, `${base}/donnees-ouvertes`),
    ),
    heading(2, text("Sommaire")),
  ];
  if (guide.schemes.length === 0) children.push(paragraph(text("Aucun dispositif de financement dans le catalogue.")));
  else
    children.push({
      type: "list",
      ordered: true,
      spread: false,
      children: guide.schemes.map((scheme) => ({
        type: "listItem",
        spread: false,
        children: [paragraph(link(`${base}/guide#${schemeAnchor(scheme.slug)}`, scheme.name))],
      })),
    } satisfies List);
  for (const scheme of guide.schemes) {
    children.push(heading(2, value(scheme.name)), paragraph(value(scheme.description)));
    children.push(
      paragraph(
        text(
          `Financeur ou gestionnaire : ${inlineText(scheme.operator)}. Source de la liste des demandes : ${inlineText(scheme.source)}. Fiche du dispositif : `,
        ),
        link(`${base}/dispositifs/${scheme.slug}`, `${base}/dispositifs/${scheme.slug}`),
      ),
    );
    if (scheme.paths.length === 0) children.push(paragraph(text("Aucune demande recensée pour ce dispositif.")));
    for (const { path, requirements } of scheme.paths) {
      children.push(heading(3, text(PATH_LABELS[path])));
      if (requirements.length === 0) {
        children.push(paragraph(text("Aucune demande recensée pour ce parcours.")));
        continue;
      }
      const header: TableRow = { type: "tableRow", children: GUIDE_TABLE_HEADERS.map((label) => cell(text(label))) };
      children.push({
        type: "table",
        align: GUIDE_TABLE_HEADERS.map(() => null),
        children: [header, ...requirements.flatMap((requirement) => requirementRows(base, requirement))],
      } satisfies Table);
    }
  }
  return { type: "root", children };
}

const serializer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", fences: true, rule: "-" })
  .freeze();

/** The guide as GitHub-flavoured Markdown, links absolute under `base` (the app's public address). */
export function guideToMarkdown(guide: TGuide, base: string): string {
  return serializer.stringify(guideToMarkdownTree(guide, base));
}
