import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORGANISATION_TYPES, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import {
  ballotsToVoices,
  fairnessRuleOf,
  fairnessRuleText,
  ZTypeWeights,
  type TFairnessRule,
  type TTypeWeights,
  type TVoterBallot,
} from "./fairness.ts";
import { GRADES, tallyDotVoting, tallyMajorityJudgment, type TGrade, type TVoice } from "./tally.ts";

const items = ["a", "b", "c", "d"].map((cardId) => ({ cardId, title: cardId.toUpperCase() }));
type TMethod = "DOT_VOTING" | "MAJORITY_JUDGMENT";
const tally = (method: TMethod, voices: TVoice[]) =>
  method === "DOT_VOTING" ? tallyDotVoting(items, voices) : tallyMajorityJudgment(items, voices);
const count = (method: TMethod, rule: TFairnessRule, ballots: TVoterBallot[]) =>
  tally(method, ballotsToVoices(method, rule, ballots));
const uniformWeights = (weight: number) =>
  Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, weight])) as TTypeWeights;

const dotEntries = fc
  .uniqueArray(fc.record({ cardId: fc.constantFrom("a", "b", "c", "d"), points: fc.integer({ min: 1, max: 5 }) }), {
    selector: (entry) => entry.cardId,
    minLength: 1,
  })
  .map((entries) => entries.map((entry) => ({ ...entry, grade: null })));
const gradeEntries = fc
  .uniqueArray(fc.record({ cardId: fc.constantFrom("a", "b", "c", "d"), grade: fc.constantFrom(...GRADES) }), {
    selector: (entry) => entry.cardId,
    minLength: 1,
  })
  .map((entries) => entries.map((entry) => ({ ...entry, points: null })));
const entriesFor = (method: TMethod) => (method === "DOT_VOTING" ? dotEntries : gradeEntries);
const organisation = fc.constantFrom("o1", "o2", "o3", null);
const type = fc.constantFrom(...ORGANISATION_TYPES);
const ballotsFor = (method: TMethod) =>
  fc
    .array(fc.record({ entries: entriesFor(method), organisationId: organisation, organisationType: type }), {
      maxLength: 12,
    })
    .map((ballots) => ballots.map((ballot, index) => ({ ...ballot, voterId: `m${index}` })));

describe.each(["DOT_VOTING", "MAJORITY_JUDGMENT"] as const)("fairness rules (%s)", (method) => {
  it("weights of 1 for every type count exactly as one voice per member", () => {
    fc.assert(
      fc.property(ballotsFor(method), (ballots) => {
        expect(count(method, { mode: "WEIGHTED_BY_TYPE", weights: uniformWeights(1) }, ballots)).toEqual(
          count(method, { mode: "PER_MEMBER" }, ballots),
        );
      }),
    );
  });

  it("a weight w counts a ballot as w identical ballots, and a weight 0 ignores it", () => {
    fc.assert(
      fc.property(ballotsFor(method), fc.dictionary(type, fc.integer({ min: 0, max: 4 })), (ballots, partial) => {
        const weights = { ...uniformWeights(1), ...partial } as TTypeWeights;
        const replicated = ballots.flatMap((ballot) =>
          Array.from({ length: weights[ballot.organisationType] }, () => ballot),
        );
        expect(count(method, { mode: "WEIGHTED_BY_TYPE", weights }, ballots)).toEqual(
          count(method, { mode: "PER_MEMBER" }, replicated),
        );
      }),
    );
  });

  it("one voice per organisation is one voice per member when nobody shares an organisation", () => {
    fc.assert(
      fc.property(ballotsFor(method), (ballots) => {
        const apart = ballots.map((ballot, index) => ({
          ...ballot,
          organisationId: index % 2 ? `alone-${index}` : null,
        }));
        expect(count(method, { mode: "PER_ORGANISATION" }, apart)).toEqual(
          count(method, { mode: "PER_MEMBER" }, apart),
        );
      }),
    );
  });
});

describe("one voice per organisation", () => {
  it("majority judgment: an organisation whose members vote alike weighs the same whatever its number of members", () => {
    fc.assert(
      fc.property(
        ballotsFor("MAJORITY_JUDGMENT"),
        gradeEntries,
        fc.integer({ min: 1, max: 6 }),
        (others, entries, members) => {
          const outsiders = others.map((ballot) => ({ ...ballot, organisationId: ballot.organisationId }));
          const big = (size: number) =>
            Array.from({ length: size }, (_, index) => ({
              entries,
              voterId: `big-${index}`,
              organisationId: "big",
              organisationType: "OPCO" as TOrganisationType,
            }));
          const rule = { mode: "PER_ORGANISATION" } as const;
          expect(count("MAJORITY_JUDGMENT", rule, [...outsiders, ...big(members)])).toEqual(
            count("MAJORITY_JUDGMENT", rule, [...outsiders, ...big(1)]),
          );
        },
      ),
    );
  });

  it("dot voting: an organisation's shared budget counts the same however its members split it", () => {
    fc.assert(
      fc.property(
        ballotsFor("DOT_VOTING"),
        dotEntries,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (others, entries, split) => {
          // Each point of the organisation's ballot goes to one of `split.length` members.
          const members = split.map((_, index) => ({
            entries: [] as TVoterBallot["entries"],
            voterId: `big-${index}`,
            organisationId: "big",
            organisationType: "REGION" as TOrganisationType,
          }));
          let next = 0;
          for (const entry of entries) {
            for (let point = 0; point < entry.points; point++) {
              const member = members[split[next++ % split.length] % members.length];
              const own = member.entries.find((candidate) => candidate.cardId === entry.cardId);
              if (own) own.points! += 1;
              else member.entries.push({ cardId: entry.cardId, points: 1, grade: null });
            }
          }
          const outsiders = others.map((ballot) => ({ ...ballot, organisationId: ballot.organisationId }));
          const single = [
            { entries, voterId: "big-0", organisationId: "big", organisationType: "REGION" as TOrganisationType },
          ];
          const rule = { mode: "PER_ORGANISATION" } as const;
          expect(count("DOT_VOTING", rule, [...outsiders, ...members])).toEqual(
            count("DOT_VOTING", rule, [...outsiders, ...single]),
          );
        },
      ),
    );
  });

  it("takes the lower median of the members' grades, an ungraded card counting « Pas nécessaire »", () => {
    const member = (voterId: string, grades: Record<string, TGrade>) => ({
      voterId,
      organisationId: "o",
      organisationType: "REGION" as TOrganisationType,
      entries: Object.entries(grades).map(([cardId, grade]) => ({ cardId, grade, points: null })),
    });
    const [voice] = ballotsToVoices("MAJORITY_JUDGMENT", { mode: "PER_ORGANISATION" }, [
      member("x", { a: "PRIORITAIRE", b: "UTILE" }),
      member("y", { a: "UTILE" }),
      member("z", { a: "SECONDAIRE", b: "PRIORITAIRE" }),
      member("w", { a: "IMPORTANT", b: "IMPORTANT" }),
    ]);
    // a: Prioritaire, Important, Utile, Secondaire → lower median Utile; b: Prioritaire, Important, Utile, Pas
    // nécessaire → Utile.
    expect(voice.entries).toEqual([
      { cardId: "a", points: null, grade: "UTILE" },
      { cardId: "b", points: null, grade: "UTILE" },
    ]);
  });
});

describe("fairness rule of a round", () => {
  it("validates stored weights and states each rule in French", () => {
    expect(fairnessRuleOf({ fairness: "PER_MEMBER", typeWeights: null })).toEqual({ mode: "PER_MEMBER" });
    const weights = { ...uniformWeights(1), REGION: 3 };
    expect(
      fairnessRuleText("DOT_VOTING", fairnessRuleOf({ fairness: "WEIGHTED_BY_TYPE", typeWeights: weights })),
    ).toContain("Région × 3");
    expect(() =>
      fairnessRuleOf({ fairness: "WEIGHTED_BY_TYPE", typeWeights: { ...uniformWeights(1), REGION: -2 } }),
    ).toThrow();
    // A type the enum gained after the round was created weighs 1.
    expect(fairnessRuleOf({ fairness: "WEIGHTED_BY_TYPE", typeWeights: { REGION: 2 } })).toEqual({
      mode: "WEIGHTED_BY_TYPE",
      weights: { ...uniformWeights(1), REGION: 2 },
    });
    expect(fairnessRuleText("DOT_VOTING", { mode: "PER_ORGANISATION" }, 10)).toMatch(
      /se partagent un seul budget de 10 points/,
    );
    expect(fairnessRuleText("MAJORITY_JUDGMENT", { mode: "PER_ORGANISATION" })).toMatch(/médiane des mentions/);
  });

  it("refuses weights that are negative, fractional, too large or all zero, with French messages", () => {
    const issues = (weights: Record<string, unknown>) =>
      ZTypeWeights.safeParse(weights).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ ...uniformWeights(1), OPCO: -1 })).toEqual(["Le poids du type « OPCO » ne peut pas être négatif."]);
    expect(issues({ ...uniformWeights(1), REGION: 1.5 })).toEqual([
      "Le poids du type « Région » doit être un nombre entier.",
    ]);
    expect(issues({ ...uniformWeights(1), AUTRE: 11 })).toEqual([
      "Le poids du type « Autre » ne peut pas dépasser 10.",
    ]);
    expect(issues(uniformWeights(0))).toEqual(["Au moins un type d'organisation doit avoir un poids supérieur à 0."]);
    expect(issues(uniformWeights(2))).toEqual([]);
  });
});
