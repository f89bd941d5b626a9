import { describe, expect, it } from "vitest";
import { majorityGradeSequence, tallyDotVoting, tallyMajorityJudgment, type TGrade } from "./tally.ts";

const items = ["A", "B", "C", "D"].map((title) => ({ cardId: title.toLowerCase(), title }));
const dot = (points: Record<string, number>) => ({
  entries: Object.entries(points).map(([cardId, value]) => ({ cardId, points: value, grade: null })),
});
const judge = (grades: Record<string, TGrade>) => ({
  entries: Object.entries(grades).map(([cardId, grade]) => ({ cardId, points: null, grade })),
});
const profile = (values: Partial<Record<TGrade, number>>) => ({
  PRIORITAIRE: 0,
  IMPORTANT: 0,
  UTILE: 0,
  SECONDAIRE: 0,
  PAS_NECESSAIRE: 0,
  ...values,
});

describe("dot voting", () => {
  it("ranks by points, then by number of supporters, and shares the rank on a full tie", () => {
    const results = tallyDotVoting(items, [
      dot({ a: 3, b: 2 }),
      dot({ b: 1, c: 3 }),
      dot({ a: 1, d: 3 }),
      dot({ d: 1 }),
    ]);
    // a: 4 pts / 2 voters, b: 3 / 2, c: 3 / 1, d: 4 / 2 → a and d tie on both.
    expect(results.map(({ title, rank, points, supporters }) => [title, rank, points, supporters])).toEqual([
      ["A", 1, 4, 2],
      ["D", 1, 4, 2],
      ["B", 3, 3, 2],
      ["C", 4, 3, 1],
    ]);
  });

  it("lists items nobody voted for, last, with zero points, and ignores cards outside the round", () => {
    const results = tallyDotVoting(items.slice(0, 2), [dot({ a: 2, z: 5 })]);
    expect(results).toEqual([
      { cardId: "a", title: "A", rank: 1, points: 2, supporters: 1 },
      { cardId: "b", title: "B", rank: 2, points: 0, supporters: 0 },
    ]);
  });
});

describe("majority judgment", () => {
  it("takes the lower median for an even number of grades", () => {
    expect(majorityGradeSequence(profile({ PRIORITAIRE: 2, UTILE: 2 }))[0]).toBe(2);
    expect(majorityGradeSequence(profile({ PRIORITAIRE: 2, IMPORTANT: 1 }))).toEqual([0, 1, 0]);
  });

  it("ranks by majority grade and breaks ties by removing median grades one by one", () => {
    // A and B share the majority grade « Important »; removing it, A's next median is
    // « Prioritaire » and B's is « Utile »: A wins. C's majority grade is « Utile ».
    const results = tallyMajorityJudgment(items.slice(0, 3), [
      judge({ a: "PRIORITAIRE", b: "IMPORTANT", c: "UTILE" }),
      judge({ a: "IMPORTANT", b: "IMPORTANT", c: "UTILE" }),
      judge({ a: "IMPORTANT", b: "UTILE", c: "PRIORITAIRE" }),
      judge({ a: "PRIORITAIRE", b: "UTILE", c: "SECONDAIRE" }),
      judge({ a: "SECONDAIRE", b: "PRIORITAIRE", c: "UTILE" }),
    ]);
    expect(results.map(({ title, rank, majorityGrade }) => [title, rank, majorityGrade])).toEqual([
      ["A", 1, "IMPORTANT"],
      ["B", 2, "IMPORTANT"],
      ["C", 3, "UTILE"],
    ]);
    expect(results[0].counts).toEqual(profile({ PRIORITAIRE: 2, IMPORTANT: 2, SECONDAIRE: 1 }));
  });

  it("gives an exact tie the same rank and counts ungraded items as « Pas nécessaire »", () => {
    const results = tallyMajorityJudgment(items.slice(0, 3), [
      judge({ a: "UTILE", b: "UTILE" }),
      judge({ a: "IMPORTANT", b: "IMPORTANT", c: "PRIORITAIRE" }),
      judge({ a: "UTILE", b: "UTILE" }),
      { entries: [] },
    ]);
    expect(results.map(({ title, rank, voters }) => [title, rank, voters])).toEqual([
      ["A", 1, 3],
      ["B", 1, 3],
      ["C", 3, 3],
    ]);
    expect(results[2].counts).toMatchObject({ PRIORITAIRE: 1, PAS_NECESSAIRE: 2 });
  });
});
