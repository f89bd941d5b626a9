import { actionFailureOf, type TActionResultErrors } from "@/lib/action-result.ts";
import { SECTION_LABELS, type TSheetContent } from "./sheet-content.ts";
import type { TLatestRevision } from "./get-latest-revision.ts";

/** What the editor merges: the header and the content of a revision, or the form being written. */
export type TSheetVersion = { title: string; summary: string; content: TSheetContent };

export const MERGE_KEYS = [
  "title",
  "summary",
  "context",
  "problem",
  "ambition",
  "targetPublic",
  "benefits",
  "actors",
  "solutions",
  "paths",
  "actorTypes",
  "irritants",
  "dataItems",
] as const;
export type TMergeKey = (typeof MERGE_KEYS)[number];
export type TMergeChoice = "mine" | "theirs";

export const MERGE_LABELS: Record<TMergeKey, string> = {
  title: "Titre",
  summary: "Description courte",
  ...SECTION_LABELS,
  solutions: "Les solutions",
  paths: "Les parcours",
  actorTypes: "Types d'acteurs",
  irritants: "Irritants liés",
  dataItems: "Données liées",
};

export const sectionValue = (version: TSheetVersion, key: TMergeKey): unknown =>
  key === "title" || key === "summary" ? version[key] : version.content[key];

/** A section as the merge view prints it. */
export const showSection = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

/** Same value whatever the order of object keys (a form and a stored revision do not build them alike). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function withSection(version: TSheetVersion, key: TMergeKey, from: TSheetVersion): TSheetVersion {
  if (key === "title" || key === "summary") return { ...version, [key]: from[key] };
  return { ...version, content: { ...version.content, [key]: from.content[key] } };
}

/**
 * Three-way merge, section by section, of my version and theirs from the revision both started from:
 * a section changed on one side only takes that change; a section both changed differently is a
 * conflict, kept as mine until the person chooses (resolveSheetConflicts).
 */
export function mergeSheetVersions(base: TSheetVersion, mine: TSheetVersion, theirs: TSheetVersion) {
  let merged: TSheetVersion = { ...mine, content: { ...mine.content } };
  const conflicts: TMergeKey[] = [];
  for (const key of MERGE_KEYS) {
    const [baseValue, myValue, theirValue] = [base, mine, theirs].map((version) => sectionValue(version, key));
    if (same(myValue, theirValue) || same(baseValue, theirValue)) continue;
    if (same(baseValue, myValue)) merged = withSection(merged, key, theirs);
    else conflicts.push(key);
  }
  return { merged, conflicts };
}

/** The merged version once the person chose, for each conflict, mine (the default) or theirs. */
export function resolveSheetConflicts(
  merged: TSheetVersion,
  theirs: TSheetVersion,
  conflicts: readonly TMergeKey[],
  choices: Partial<Record<TMergeKey, TMergeChoice>>,
): TSheetVersion {
  return conflicts.reduce(
    (version, key) => (choices[key] === "theirs" ? withSection(version, key, theirs) : version),
    merged,
  );
}

/**
 * The newest revision sent back with a refused save (STALE), which opens the merge view at once;
 * null for any other outcome.
 */
export function theirsFromRefusedSave(result: TActionResultErrors | undefined): TLatestRevision | null {
  const failure = actionFailureOf(result);
  return failure?.error.code === "STALE" ? (failure.error.details?.latestRevision ?? null) : null;
}
