import { spreadsheetCsv, type TCsvCell } from "@/lib/csv/spreadsheet-csv.ts";
import { plural } from "@/lib/format.ts";
import type { TRoundResults } from "./load-round-results.ts";
import { groupSizeRule } from "./group-breakdown.ts";
import { GRADES, GRADE_LABELS } from "./tally.ts";
import { SUPPORTERS_LABELS } from "./fairness.ts";
import { DEMONSTRATION_ROUND_NOTICE } from "./demonstration.ts";

const KIND = { irritant: "Irritant", donnee: "Donnée" } as const;

/**
 * The results as a spreadsheet: one row per card, one column per group of the
 * breakdown (organisation types with enough voters, then « Autres »), then the
 * round's fairness rule and the secrecy rule in the last rows. A demonstration
 * round says so in its first row, before anyone reads its figures.
 */
export function roundResultsCsv(
  results: TRoundResults,
  { demonstration = false }: { demonstration?: boolean } = {},
): string {
  const groups = results.breakdown.filter((group) => group.voters > 0);
  const head =
    results.method === "DOT_VOTING"
      ? ["Rang", "Carte", "Type", "Points", SUPPORTERS_LABELS[results.fairness.mode]]
      : ["Rang", "Carte", "Type", "Mention majoritaire", ...GRADES.map((grade) => GRADE_LABELS[grade])];
  const rows: TCsvCell[][] = results.ranking.map((entry) => {
    const own =
      "points" in entry
        ? [entry.points, entry.supporters]
        : [GRADE_LABELS[entry.majorityGrade], ...GRADES.map((grade) => entry.counts[grade])];
    const byGroup = groups.map((group) => {
      const value = group.byCard[entry.cardId];
      return results.method === "MAJORITY_JUDGMENT"
        ? value
          ? GRADE_LABELS[value as keyof typeof GRADE_LABELS]
          : ""
        : Number(value ?? 0);
    });
    return [entry.rank, entry.title, KIND[entry.kind], ...own, ...byGroup];
  });
  const groupHeads = groups.map(
    (group) =>
      `${results.method === "DOT_VOTING" ? "Points" : "Mention"} — ${group.label} (${group.voters} votant${plural(group.voters)})`,
  );
  return spreadsheetCsv([
    ...(demonstration ? [[DEMONSTRATION_ROUND_NOTICE], []] : []),
    [...head, ...groupHeads],
    ...rows,
    [],
    [`Décompte des voix : ${results.fairness.rule}`],
    [
      groupSizeRule(results.minimumGroupSize) +
        (results.breakdownWithheld ? " Trop peu de votants : aucun détail par type d'organisation." : ""),
    ],
  ]);
}
