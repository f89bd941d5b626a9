import type { TGrade } from "./tally.ts";
import { GRADES } from "./tally.ts";

/** How much a data item's availability helps: already served by an API beats « to be built ». */
const AVAILABILITY_SCORE = { DISPONIBLE: 1, EN_COURS: 0.6, INEXISTANTE: 0.2 } as const;
export type TAvailability = keyof typeof AVAILABILITY_SCORE;

/** Feasibility in [0, 1] from availability (60 %) and effort on a 1–5 scale (40 %). */
export function dataItemFeasibility(item: { availability: TAvailability; effort: number }): number {
  return round2(0.6 * AVAILABILITY_SCORE[item.availability] + 0.4 * ((5 - Math.min(5, Math.max(1, item.effort))) / 4));
}

/** An irritant is as feasible as the data that would remove it, on average; unknown data counts as hard. */
export function irritantFeasibility(items: { availability: TAvailability; effort: number }[]): number {
  if (items.length === 0) return round2(0.6 * AVAILABILITY_SCORE.INEXISTANTE);
  return round2(items.reduce((sum, item) => sum + dataItemFeasibility(item), 0) / items.length);
}

/** Impact in [0, 1]: share of the best card's points, or the majority grade on a linear scale. */
export function impactFromPoints(points: number, maxPoints: number): number {
  return maxPoints > 0 ? round2(points / maxPoints) : 0;
}
export function impactFromGrade(grade: TGrade): number {
  return round2((GRADES.length - 1 - GRADES.indexOf(grade)) / (GRADES.length - 1));
}

export type TQuadrant = "A_LANCER" | "STRUCTURANT" | "GAIN_RAPIDE" | "A_RECONSIDERER";
export const QUADRANT_LABELS: Record<TQuadrant, string> = {
  A_LANCER: "À lancer en premier",
  STRUCTURANT: "Chantiers structurants",
  GAIN_RAPIDE: "Gains rapides",
  A_RECONSIDERER: "À reconsidérer",
};

export function quadrant(impact: number, feasibility: number): TQuadrant {
  if (impact >= 0.5) return feasibility >= 0.5 ? "A_LANCER" : "STRUCTURANT";
  return feasibility >= 0.5 ? "GAIN_RAPIDE" : "A_RECONSIDERER";
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
