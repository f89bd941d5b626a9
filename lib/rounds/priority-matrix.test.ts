import { describe, expect, it } from "vitest";
import {
  dataItemFeasibility,
  impactFromGrade,
  impactFromPoints,
  irritantFeasibility,
  quadrant,
} from "./priority-matrix.ts";

describe("priority matrix", () => {
  it("rates an available, easy data item as most feasible and a missing, hard one as least", () => {
    expect(dataItemFeasibility({ availability: "DISPONIBLE", effort: 1 })).toBe(1);
    expect(dataItemFeasibility({ availability: "INEXISTANTE", effort: 5 })).toBe(0.12);
    expect(dataItemFeasibility({ availability: "EN_COURS", effort: 3 })).toBe(0.56);
  });

  it("averages the data behind an irritant, and treats an irritant without data as hard", () => {
    expect(
      irritantFeasibility([
        { availability: "DISPONIBLE", effort: 1 },
        { availability: "INEXISTANTE", effort: 5 },
      ]),
    ).toBe(0.56);
    expect(irritantFeasibility([])).toBe(0.12);
  });

  it("scales impact and places cards in quadrants", () => {
    expect(impactFromPoints(15, 30)).toBe(0.5);
    expect(impactFromPoints(3, 0)).toBe(0);
    expect(impactFromGrade("PRIORITAIRE")).toBe(1);
    expect(impactFromGrade("UTILE")).toBe(0.5);
    expect(impactFromGrade("PAS_NECESSAIRE")).toBe(0);
    expect([quadrant(0.8, 0.9), quadrant(0.8, 0.1), quadrant(0.2, 0.9), quadrant(0.2, 0.1)]).toEqual([
      "A_LANCER",
      "STRUCTURANT",
      "GAIN_RAPIDE",
      "A_RECONSIDERER",
    ]);
  });
});
