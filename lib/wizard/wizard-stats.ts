import type { TRecordWizardRunInput } from "./record-wizard-run.ts";

export type TWizardStats = {
  path: string;
  runs: number;
  avgPrefilled: number;
  avgTyped: number;
  avgDocumentsAvoided: number;
  avgMinutesSaved: number;
}[];

/** The optimistic view of the stats once one more run is counted (used by the client cache, tested). */
export function statsWithRun(stats: TWizardStats, run: TRecordWizardRunInput): TWizardStats {
  const existing = stats.find((entry) => entry.path === run.path);
  const add = (average: number, value: number, runs: number) =>
    Math.round(((average * runs + value) / (runs + 1)) * 10) / 10;
  if (!existing) {
    return [
      ...stats,
      {
        path: run.path,
        runs: 1,
        avgPrefilled: run.fieldsPrefilled,
        avgTyped: run.fieldsTyped,
        avgDocumentsAvoided: run.documentsAvoided,
        avgMinutesSaved: Math.round((run.secondsSaved / 60) * 10) / 10,
      },
    ];
  }
  return stats.map((entry) =>
    entry !== existing
      ? entry
      : {
          path: entry.path,
          runs: entry.runs + 1,
          avgPrefilled: add(entry.avgPrefilled, run.fieldsPrefilled, entry.runs),
          avgTyped: add(entry.avgTyped, run.fieldsTyped, entry.runs),
          avgDocumentsAvoided: add(entry.avgDocumentsAvoided, run.documentsAvoided, entry.runs),
          avgMinutesSaved: add(entry.avgMinutesSaved, run.secondsSaved / 60, entry.runs),
        },
  );
}
