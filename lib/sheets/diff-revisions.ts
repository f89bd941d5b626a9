import { diffLines, diffWords } from "diff";
import { PATH_LABELS, SECTION_LABELS, SOLUTION_STATUS_LABELS, type TSheetContent } from "./sheet-content.ts";

export type TRevisionSnapshot = { title: string; summary: string; content: TSheetContent };
export type TDiffPart = { value: string; added: boolean; removed: boolean };
/**
 * How finely a section was compared: word by word; line by line when the word
 * diff passed its bound; or the whole section shown as replaced when even the
 * line diff did.
 */
export type TDiffGranularity = "words" | "lines" | "section";
export type TSectionDiff = {
  key: string;
  label: string;
  changed: boolean;
  granularity: TDiffGranularity;
  parts: TDiffPart[];
};

/**
 * Bounds of a comparison. Myers' algorithm costs about (n + m) × d for d edits:
 * two unrelated 20 000-character sections (≈ 7 000 tokens each) took seconds word
 * by word. `maxEditLength` stops it once it would report more than that many
 * edits, `timeoutMs` once a section has taken that long, `totalMs` caps the whole
 * comparison (20 solutions of 20 000 characters make one section of 400 000).
 */
export type TDiffBounds = { maxEditLength: number; timeoutMs: number; totalMs: number };
export const DIFF_BOUNDS: TDiffBounds = { maxEditLength: 1_000, timeoutMs: 150, totalMs: 600 };

export const GRANULARITY_NOTES: Record<Exclude<TDiffGranularity, "words">, string> = {
  lines: "Trop de différences pour une comparaison mot à mot : cette partie est comparée ligne par ligne.",
  section:
    "Trop de différences pour une comparaison détaillée : cette partie est affichée en entier, ancienne puis nouvelle version.",
};

/** Every section of a sheet as plain text, in reading order, so that two revisions compare section by section. */
export function sheetSections(revision: TRevisionSnapshot): { key: string; label: string; text: string }[] {
  const { content } = revision;
  return [
    { key: "title", label: "Titre", text: revision.title },
    { key: "summary", label: "Description courte", text: revision.summary },
    ...(Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]).map((key) => ({
      key,
      label: SECTION_LABELS[key],
      text: content[key],
    })),
    {
      key: "solutions",
      label: "Les solutions",
      text: content.solutions
        .map(
          (solution) =>
            `${solution.name} (${SOLUTION_STATUS_LABELS[solution.status]}${solution.targetDate ? `, échéance ${solution.targetDate}` : ""})\n${solution.content}`,
        )
        .join("\n\n"),
    },
    ...(Object.keys(PATH_LABELS) as (keyof typeof PATH_LABELS)[]).map((kind) => {
      const path = content.paths.find((candidate) => candidate.kind === kind);
      return {
        key: `path-${kind}`,
        label: PATH_LABELS[kind],
        text: path
          ? `Qui porte la demande : ${path.carriedBy}\nCe qui est demandé aujourd'hui : ${path.askedToday}\nCe que les acteurs détiennent déjà : ${path.dataHeld}\nCe que le parcours doit devenir : ${path.target}`
          : "",
      };
    }),
    { key: "links", label: "Irritants et données liés", text: [...content.irritants, ...content.dataItems].join(", ") },
  ];
}

const asParts = (changes: { value: string; added?: boolean; removed?: boolean }[]): TDiffPart[] =>
  changes.map((change) => ({ value: change.value, added: Boolean(change.added), removed: Boolean(change.removed) }));

/** One section, word by word if that fits the bounds, else by line, else as a whole. */
export function diffSection(
  before: string,
  after: string,
  bounds: TDiffBounds,
  deadline: number,
): { granularity: TDiffGranularity; parts: TDiffPart[] } {
  if (before === after)
    return { granularity: "words", parts: before ? [{ value: before, added: false, removed: false }] : [] };
  const timeout = () => Math.max(0, Math.min(bounds.timeoutMs, deadline - Date.now()));
  const words =
    timeout() > 0 ? diffWords(before, after, { maxEditLength: bounds.maxEditLength, timeout: timeout() }) : undefined;
  if (words) return { granularity: "words", parts: asParts(words) };
  const lines =
    timeout() > 0 ? diffLines(before, after, { maxEditLength: bounds.maxEditLength, timeout: timeout() }) : undefined;
  if (lines) return { granularity: "lines", parts: asParts(lines) };
  return {
    granularity: "section",
    parts: [
      ...(before ? [{ value: before, added: false, removed: true }] : []),
      ...(after ? [{ value: after, added: true, removed: false }] : []),
    ],
  };
}

/**
 * Readable differences, section by section: word by word within the bounds,
 * coarser beyond them (see `granularity`), so that no comparison can hold the
 * server for more than about `bounds.totalMs`.
 */
export function diffRevisions(
  from: TRevisionSnapshot,
  to: TRevisionSnapshot,
  bounds: TDiffBounds = DIFF_BOUNDS,
): TSectionDiff[] {
  const before = sheetSections(from);
  const after = sheetSections(to);
  const deadline = Date.now() + bounds.totalMs;
  return after.map((section, index) => {
    const { granularity, parts } = diffSection(before[index].text, section.text, bounds, deadline);
    return {
      key: section.key,
      label: section.label,
      changed: parts.some((part) => part.added || part.removed),
      granularity,
      parts,
    };
  });
}
