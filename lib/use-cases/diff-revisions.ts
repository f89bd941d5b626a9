import { diffWords } from "diff";
import { PATH_LABELS, SECTION_LABELS, SOLUTION_STATUS_LABELS, type TSheetContent } from "./sheet-content.ts";

export type TRevisionSnapshot = { title: string; summary: string; content: TSheetContent };
export type TDiffPart = { value: string; added: boolean; removed: boolean };
export type TSectionDiff = { key: string; label: string; changed: boolean; parts: TDiffPart[] };

/** Every section of a sheet as plain text, in reading order, so that two revisions compare section by section. */
export function sheetSections(revision: TRevisionSnapshot): { key: string; label: string; text: string }[] {
  const { content } = revision;
  return [
    { key: "title", label: "Titre", text: revision.title },
    { key: "summary", label: "Description courte", text: revision.summary },
    ...(Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]).map((key) => ({ key, label: SECTION_LABELS[key], text: content[key] })),
    {
      key: "solutions",
      label: "Les solutions",
      text: content.solutions
        .map((solution) => `${solution.name} (${SOLUTION_STATUS_LABELS[solution.status]}${solution.targetDate ? `, échéance ${solution.targetDate}` : ""})\n${solution.content}`)
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

/** Readable word-level differences, section by section. */
export function diffRevisions(from: TRevisionSnapshot, to: TRevisionSnapshot): TSectionDiff[] {
  const before = sheetSections(from);
  const after = sheetSections(to);
  return after.map((section, index) => {
    const parts = diffWords(before[index].text, section.text).map((part) => ({
      value: part.value,
      added: Boolean(part.added),
      removed: Boolean(part.removed),
    }));
    return { key: section.key, label: section.label, changed: parts.some((part) => part.added || part.removed), parts };
  });
}
