import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { roundResultsCsv } from "./round-results-csv.ts";
import { DEMONSTRATION_ROUND_NOTICE } from "./demonstration.ts";
import type { TRoundResults } from "./load-round-results.ts";

const perMember = {
  mode: "PER_MEMBER" as const,
  label: "Une voix par membre",
  rule: "Une voix par membre : chaque bulletin compte pour une voix.",
  typeWeights: null,
};
const base = {
  participation: { voters: 7, eligible: 9, rate: 7 / 9 },
  minimumGroupSize: 3,
  breakdownWithheld: false,
  fairness: perMember,
};
const read = (csv: string) => parse(csv.slice(1), { delimiter: ";", relax_column_count: true }) as string[][];

describe("roundResultsCsv", () => {
  it("writes one row per card with a column per group that voted, quoting what needs it, and states the secrecy rule", () => {
    const csv = roundResultsCsv({
      ...base,
      method: "DOT_VOTING",
      ranking: [
        { cardId: "a", title: "Heures; brut et primes", kind: "donnee", slug: "a", rank: 1, points: 5, supporters: 2 },
        { cardId: "b", title: 'RIB "vérifié"', kind: "irritant", slug: "b", rank: 2, points: 0, supporters: 0 },
      ],
      breakdown: [
        { key: "OPCO", label: "OPCO", types: ["OPCO"], voters: 4, eligible: 5, leader: "Heures", byCard: { a: "3" } },
        {
          key: "AUTRES",
          label: "Autres (Région, Autre)",
          types: ["REGION", "AUTRE"],
          voters: 3,
          eligible: 4,
          leader: "Heures",
          byCard: { a: "2" },
        },
        {
          key: "CARIF_OREF",
          label: "Carif-Oref",
          types: ["CARIF_OREF"],
          voters: 0,
          eligible: 2,
          leader: null,
          byCard: {},
        },
      ],
    } satisfies TRoundResults);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = read(csv);
    expect(rows[0]).toEqual([
      "Rang",
      "Carte",
      "Type",
      "Points",
      "Membres l'ayant soutenue",
      "Points — OPCO (4 votants)",
      "Points — Autres (Région, Autre) (3 votants)",
    ]);
    expect(rows[1]).toEqual(["1", "Heures; brut et primes", "Donnée", "5", "2", "3", "2"]);
    expect(rows[2]).toEqual(["2", 'RIB "vérifié"', "Irritant", "0", "0", "0", "0"]);
    expect(rows.at(-1)![0]).toContain("à partir de 3 votants");
    expect(rows.at(-2)![0]).toBe("Décompte des voix : Une voix par membre : chaque bulletin compte pour une voix.");
  });

  it("names the supporters and states the rule of a round counted per organisation", () => {
    const rule = "Une voix par organisation : les membres d'une même organisation se partagent un seul budget.";
    const csv = roundResultsCsv({
      ...base,
      fairness: { mode: "PER_ORGANISATION", label: "Une voix par organisation", rule, typeWeights: null },
      method: "DOT_VOTING",
      ranking: [{ cardId: "a", title: "Heures", kind: "donnee", slug: "a", rank: 1, points: 5, supporters: 2 }],
      breakdown: [],
    } satisfies TRoundResults);
    const rows = read(csv);
    expect(rows[0][4]).toBe("Voix (organisations) l'ayant soutenue");
    expect(rows.at(-2)![0]).toBe(`Décompte des voix : ${rule}`);
  });

  it("writes majority grades in words with the merit profile", () => {
    const counts = { PRIORITAIRE: 1, IMPORTANT: 1, UTILE: 0, SECONDAIRE: 0, PAS_NECESSAIRE: 0 };
    const csv = roundResultsCsv({
      ...base,
      method: "MAJORITY_JUDGMENT",
      ranking: [
        {
          cardId: "a",
          title: "Qualiopi",
          kind: "irritant",
          slug: "a",
          rank: 1,
          majorityGrade: "IMPORTANT",
          counts,
          voters: 2,
        },
      ],
      breakdown: [
        {
          key: "REGION",
          label: "Région",
          types: ["REGION"],
          voters: 3,
          eligible: 3,
          leader: "Qualiopi",
          byCard: { a: "IMPORTANT" },
        },
      ],
    } satisfies TRoundResults);
    expect(read(csv)[1]).toEqual(["1", "Qualiopi", "Irritant", "Important", "1", "1", "0", "0", "0", "Important"]);
  });

  it("neutralises card titles written like formulas, but not the counts", () => {
    const csv = roundResultsCsv({
      ...base,
      method: "DOT_VOTING",
      ranking: ['=HYPERLINK("https://exemple.fr")', "+1", "-1", "@cmd", "\tx"].map((title, index) => ({
        cardId: String(index),
        title,
        kind: "irritant" as const,
        slug: String(index),
        rank: index + 1,
        points: 0,
        supporters: 0,
      })),
      breakdown: [],
      breakdownWithheld: true,
    } satisfies TRoundResults);
    const rows = read(csv);
    expect(rows.slice(1, 6).map((row) => row[1])).toEqual([
      '\'=HYPERLINK("https://exemple.fr")',
      "'+1",
      "'-1",
      "'@cmd",
      "'\tx",
    ]);
    expect(rows[1][0]).toBe("1");
    expect(rows.at(-1)![0]).toContain("aucun détail par type d'organisation");
  });

  it("opens a demonstration round's export with the notice, and only that round's", () => {
    const results = {
      ...base,
      method: "DOT_VOTING",
      ranking: [{ cardId: "a", title: "Heures", kind: "donnee", slug: "a", rank: 1, points: 5, supporters: 2 }],
      breakdown: [],
    } satisfies TRoundResults;
    const demo = read(roundResultsCsv(results, { demonstration: true }));
    expect(demo[0]).toEqual([DEMONSTRATION_ROUND_NOTICE]);
    expect(demo[0][0]).toMatch(/^Scrutin de démonstration/);
    expect(demo.find((row) => row[0] === "Rang")).toBeDefined();
    for (const csv of [roundResultsCsv(results), roundResultsCsv(results, { demonstration: false })]) {
      expect(csv).not.toContain("démonstration");
      expect(read(csv)[0][0]).toBe("Rang");
    }
  });
});
