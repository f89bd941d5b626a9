import { describe, expect, it } from "vitest";
import { ballotWithVote, gradeFor, pointsFor } from "./ballot.ts";

describe("ballotWithVote", () => {
  const ballot = {
    pointsUsed: 4,
    entries: [
      { cardId: "a", points: 3, grade: null },
      { cardId: "b", points: 1, grade: null },
    ],
  };

  it("replaces a card's points and keeps the total right", () => {
    const after = ballotWithVote(ballot, { cardId: "a", points: 1 });
    expect(after.pointsUsed).toBe(2);
    expect(pointsFor(after, "a")).toBe(1);
    expect(ballotWithVote(ballot, { cardId: "c", points: 2 }).pointsUsed).toBe(6);
  });

  it("drops a card set to zero points or a withdrawn grade", () => {
    expect(ballotWithVote(ballot, { cardId: "b", points: 0 }).entries.map((entry) => entry.cardId)).toEqual(["a"]);
    const graded = ballotWithVote({ pointsUsed: 0, entries: [] }, { cardId: "a", grade: "UTILE" });
    expect(gradeFor(graded, "a")).toBe("UTILE");
    expect(ballotWithVote(graded, { cardId: "a", grade: null }).entries).toEqual([]);
  });
});
