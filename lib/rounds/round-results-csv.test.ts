import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { roundResultsCsv } from "./round-results-csv.ts";
import type { TRoundResults } from "./load-round-results.ts";

const base = { participation: { voters: 2, eligible: 4, rate: 0.5 } };

describe("roundResultsCsv", () => {
  it("writes one row per card with a column per organisation type that voted, quoting what needs it", () => {
    const csv = roundResultsCsv({
      ...base,
      method: "DOT_VOTING",
      ranking: [
        { cardId: "a", title: "Heures; brut et primes", kind: "donnee", slug: "a", rank: 1, points: 5, supporters: 2 },
        { cardId: "b", title: 'RIB "vérifié"', kind: "irritant", slug: "b", rank: 2, points: 0, supporters: 0 },
      ],
      breakdown: [
        { type: "OPCO", label: "OPCO", voters: 1, eligible: 2, leader: "Heures", byCard: { a: "3" } },
        { type: "REGION", label: "Région", voters: 0, eligible: 2, leader: null, byCard: {} },
      ],
    } satisfies TRoundResults);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(rows[0]).toEqual(["Rang", "Carte", "Type", "Points", "Membres l'ayant soutenue", "Points — OPCO (1 votant)"]);
    expect(rows[1]).toEqual(["1", "Heures; brut et primes", "Donnée", "5", "2", "3"]);
    expect(rows[2]).toEqual(["2", 'RIB "vérifié"', "Irritant", "0", "0", "0"]);
  });

  it("writes majority grades in words with the merit profile", () => {
    const counts = { PRIORITAIRE: 1, IMPORTANT: 1, UTILE: 0, SECONDAIRE: 0, PAS_NECESSAIRE: 0 };
    const csv = roundResultsCsv({
      ...base,
      method: "MAJORITY_JUDGMENT",
      ranking: [{ cardId: "a", title: "Qualiopi", kind: "irritant", slug: "a", rank: 1, majorityGrade: "IMPORTANT", counts, voters: 2 }],
      breakdown: [{ type: "REGION", label: "Région", voters: 2, eligible: 2, leader: "Qualiopi", byCard: { a: "IMPORTANT" } }],
    } satisfies TRoundResults);
    const rows = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(rows[1]).toEqual(["1", "Qualiopi", "Irritant", "Important", "1", "1", "0", "0", "0", "Important"]);
  });
});
