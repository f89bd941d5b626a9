import { describe, expect, it } from "vitest";
import { statsWithRun } from "./wizard-stats.ts";
import { buildDemarchePrefill, defaultMapping } from "./demarche-prefill.ts";

const run = {
  path: "PARTICULIER" as const,
  personaKey: "salariee-ptp",
  fieldsPrefilled: 20,
  fieldsTyped: 4,
  fieldsCorrected: 1,
  documentsAvoided: 6,
  apiFailures: 0,
  secondsSaved: 3_000,
};

describe("statsWithRun", () => {
  it("adds a first run for a path", () => {
    expect(statsWithRun([], run)).toEqual([
      { path: "PARTICULIER", runs: 1, avgPrefilled: 20, avgTyped: 4, avgDocumentsAvoided: 6, avgMinutesSaved: 50 },
    ]);
  });
  it("updates the averages of an existing path and leaves the others", () => {
    const other = {
      path: "EMPLOYEUR",
      runs: 3,
      avgPrefilled: 1,
      avgTyped: 1,
      avgDocumentsAvoided: 1,
      avgMinutesSaved: 1,
    };
    const next = statsWithRun(
      [
        { path: "PARTICULIER", runs: 1, avgPrefilled: 10, avgTyped: 10, avgDocumentsAvoided: 0, avgMinutesSaved: 10 },
        other,
      ],
      run,
    );
    expect(next[0]).toEqual({
      path: "PARTICULIER",
      runs: 2,
      avgPrefilled: 15,
      avgTyped: 7,
      avgDocumentsAvoided: 3,
      avgMinutesSaved: 30,
    });
    expect(next[1]).toBe(other);
  });
});

describe("buildDemarchePrefill", () => {
  it("builds the /commencer URL and the JSON body from the mapping, skipping empty values", () => {
    const mapping = { ...defaultMapping("ORGANISME_FORMATION"), siret: "Q2hhbXAtMTIz" };
    const { url, body } = buildDemarchePrefill({
      baseUrl: "https://www.demarches-simplifiees.fr",
      slug: "financement-of",
      mapping,
      values: { siret: "12345678901234", nda: "" },
    });
    expect(body).toEqual({ champ_Q2hhbXAtMTIz: "12345678901234" });
    expect(url).toBe("https://www.demarches-simplifiees.fr/commencer/financement-of?champ_Q2hhbXAtMTIz=12345678901234");
  });
});
