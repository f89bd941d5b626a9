import { resetEnvCache } from "@/lib/config/env.ts";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { ORGANISATION_TYPES, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import { mergeSmallGroups, minimumGroupSize } from "./group-breakdown.ts";

/** Groups with the given numbers of voters (ballots are just numbers here). */
const groups = (voters: Partial<Record<TOrganisationType, number>>) =>
  Object.entries(voters).map(([type, count]) => ({
    type: type as TOrganisationType,
    ballots: Array.from({ length: count }, (_, index) => index),
    eligible: count + 1,
  }));
const shape = (result: ReturnType<typeof mergeSmallGroups<number>>) =>
  result.groups.map((group) => [group.key, group.ballots.length]);

describe("mergeSmallGroups", () => {
  it("details the groups with enough voters and merges the others into « Autres »", () => {
    const result = mergeSmallGroups(groups({ OPCO: 4, REGION: 1, CARIF_OREF: 2, ETAT_DGEFP: 3 }), 3);
    expect(shape(result)).toEqual([
      ["ETAT_DGEFP", 3],
      ["OPCO", 4],
      ["AUTRES", 3],
    ]);
    expect(result.groups[2]).toMatchObject({
      label: "Autres (Région, Carif-Oref)",
      types: ["REGION", "CARIF_OREF"],
      eligible: 5,
    });
  });

  it("groups the ministries' directions and the other bodies named by the sources like any type", () => {
    const result = mergeSmallGroups(
      groups({ ETAT_DGESCO: 1, ETAT_DEPP: 1, ETAT_DGSIP: 1, ETAT_DARES: 3, FRANCE_COMPETENCES: 4, AGEFIPH: 0 }),
      3,
    );
    expect(shape(result)).toEqual([
      ["ETAT_DARES", 3],
      ["FRANCE_COMPETENCES", 4],
      ["AUTRES", 3],
    ]);
    expect(result.groups.map((group) => group.label)).toEqual([
      "État / DARES",
      "France compétences",
      "Autres (État / DGESCO, État / DEPP, État / DGSIP, Agefiph)",
    ]);
  });

  it("merges the smallest detailed group too when « Autres » would stay under the minimum", () => {
    // Total 8 − OPCO 4 − Région 3 would reveal the single Carif-Oref ballot.
    expect(shape(mergeSmallGroups(groups({ OPCO: 4, REGION: 3, CARIF_OREF: 1 }), 3))).toEqual([
      ["OPCO", 4],
      ["AUTRES", 4],
    ]);
    // Still under the minimum after one merge: merge again.
    expect(shape(mergeSmallGroups(groups({ OPCO: 3, REGION: 3, CARIF_OREF: 1 }), 5))).toEqual([["AUTRES", 7]]);
  });

  it("keeps types nobody voted in out of the detail, in « Autres », without counting them as voters", () => {
    expect(shape(mergeSmallGroups(groups({ OPCO: 3, REGION: 0 }), 3))).toEqual([
      ["OPCO", 3],
      ["AUTRES", 0],
    ]);
  });

  it("withholds the whole breakdown when fewer than the minimum voted in all", () => {
    expect(mergeSmallGroups(groups({ OPCO: 1, REGION: 1 }), 3)).toEqual({ groups: [], withheld: true });
    expect(mergeSmallGroups(groups({}), 3)).toEqual({ groups: [], withheld: true });
  });

  it("details everything when every group is large enough", () => {
    expect(shape(mergeSmallGroups(groups({ OPCO: 3, REGION: 5 }), 3))).toEqual([
      ["REGION", 5],
      ["OPCO", 3],
    ]);
  });

  it("never publishes a group, nor leaves a remainder of the total, with voters but under the minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), {
          minLength: ORGANISATION_TYPES.length,
          maxLength: ORGANISATION_TYPES.length,
        }),
        fc.integer({ min: 2, max: 6 }),
        (counts, minimum) => {
          const input = groups(Object.fromEntries(ORGANISATION_TYPES.map((type, index) => [type, counts[index]])));
          const total = counts.reduce((sum, count) => sum + count, 0);
          const { groups: published, withheld } = mergeSmallGroups(input, minimum);
          expect(withheld).toBe(total < minimum);
          const hidden = total - published.reduce((sum, group) => sum + group.ballots.length, 0);
          for (const size of [...published.map((group) => group.ballots.length), hidden])
            expect(size === 0 || size >= minimum).toBe(true);
          // Every ballot is counted once: merged, never dropped, unless all is withheld.
          if (!withheld) expect(hidden).toBe(0);
          expect(new Set(published.flatMap((group) => group.types)).size).toBe(
            published.flatMap((group) => group.types).length,
          );
        },
      ),
    );
  });
});

describe("minimumGroupSize", () => {
  const saved = process.env.RESULTS_MIN_GROUP_SIZE;
  afterEach(() => {
    if (saved === undefined) delete process.env.RESULTS_MIN_GROUP_SIZE;
    else process.env.RESULTS_MIN_GROUP_SIZE = saved;
    resetEnvCache();
  });

  it("is 3 by default and read from RESULTS_MIN_GROUP_SIZE", () => {
    delete process.env.RESULTS_MIN_GROUP_SIZE;
    resetEnvCache();
    expect(minimumGroupSize()).toBe(3);
    process.env.RESULTS_MIN_GROUP_SIZE = "5";
    resetEnvCache();
    expect(minimumGroupSize()).toBe(5);
  });

  it.each(["1", "0", "-3", "2.5", "trois"])("refuses %j with a French message naming the variable", (value) => {
    process.env.RESULTS_MIN_GROUP_SIZE = value;
    resetEnvCache();
    expect(() => minimumGroupSize()).toThrow(/RESULTS_MIN_GROUP_SIZE/);
  });
});
