import { PATH_FIELDS, PATH_SOURCES, SOURCES, type TAssumptions, type TSourceKey } from "./wizard-definition.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";

export type TFieldState = { key: string; source: TSourceKey | null; corrected: boolean };
export type TEffect = {
  prefilled: number;
  typed: number;
  corrected: number;
  documentsAvoided: string[];
  documentsStillAsked: string[];
  before: { fields: number; documents: number; minutes: number };
  after: { fields: number; documents: number; minutes: number };
  minutesSaved: number;
};

/**
 * « Avant / après » of one request: without pre-fill every field is typed and
 * every document joined; with it, only what no administration answered.
 */
export function computeEffect(
  path: TPathKind,
  fields: TFieldState[],
  answeredSources: TSourceKey[],
  assumptions: TAssumptions,
): TEffect {
  const allDocuments = [...new Set(PATH_SOURCES[path].flatMap((key) => SOURCES[key].replaces))];
  const answered = new Set(answeredSources);
  const documentsAvoided = [
    ...new Set(PATH_SOURCES[path].filter((key) => answered.has(key)).flatMap((key) => SOURCES[key].replaces)),
  ];
  const documentsStillAsked = allDocuments.filter((document) => !documentsAvoided.includes(document));
  const prefilled = fields.filter((field) => field.source && !field.corrected).length;
  const corrected = fields.filter((field) => field.source && field.corrected).length;
  const typed = fields.length - prefilled - corrected;
  const total = PATH_FIELDS[path].length;
  const minutes = (typedFields: number, documents: number, corrections: number) =>
    Math.round(
      (typedFields * assumptions.minutesPerTypedField +
        documents * assumptions.minutesPerDocument +
        corrections * assumptions.minutesPerCorrection) *
        10,
    ) / 10;
  const before = { fields: total, documents: allDocuments.length, minutes: minutes(total, allDocuments.length, 0) };
  const after = {
    fields: typed,
    documents: documentsStillAsked.length,
    minutes: minutes(typed, documentsStillAsked.length, corrected),
  };
  return {
    prefilled,
    typed,
    corrected,
    documentsAvoided,
    documentsStillAsked,
    before,
    after,
    minutesSaved: Math.round((before.minutes - after.minutes) * 10) / 10,
  };
}
