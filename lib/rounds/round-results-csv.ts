import { stringify } from "csv-stringify/sync";
import { plural } from "@/lib/format.ts";
import type { TRoundResults } from "./load-round-results.ts";
import { GRADES, GRADE_LABELS } from "./tally.ts";

const KIND = { irritant: "Irritant", donnee: "Donnée" } as const;

/**
 * The results as a spreadsheet: « ; » separators and a byte-order mark so that
 * a French Excel opens it as is. One row per card, one column per organisation type.
 */
export function roundResultsCsv(results: TRoundResults): string {
  const groups = results.breakdown.filter((group) => group.voters > 0);
  const head =
    results.method === "DOT_VOTING"
      ? ["Rang", "Carte", "Type", "Points", "Membres l'ayant soutenue"]
      : ["Rang", "Carte", "Type", "Mention majoritaire", ...GRADES.map((grade) => GRADE_LABELS[grade])];
  const rows = results.ranking.map((entry) => {
    const own = "points" in entry ? [entry.points, entry.supporters] : [GRADE_LABELS[entry.majorityGrade], ...GRADES.map((grade) => entry.counts[grade])];
    const byGroup = groups.map((group) => {
      const value = group.byCard[entry.cardId];
      return results.method === "MAJORITY_JUDGMENT" && value ? GRADE_LABELS[value as keyof typeof GRADE_LABELS] : (value ?? "0");
    });
    return [entry.rank, entry.title, KIND[entry.kind], ...own, ...byGroup];
  });
  const groupHeads = groups.map((group) => `${results.method === "DOT_VOTING" ? "Points" : "Mention"} — ${group.label} (${group.voters} votant${plural(group.voters)})`);
  return "\uFEFF" + stringify([[...head, ...groupHeads], ...rows], { delimiter: ";", record_delimiter: "\r\n" });
}
