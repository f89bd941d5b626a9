import type { TGrade } from "./tally.ts";

export type TBallotView = {
  pointsUsed: number;
  entries: { cardId: string; points: number | null; grade: TGrade | null }[];
};
export type TVote = { cardId: string; points?: number; grade?: TGrade | null };

/** The ballot as it will be once the vote is stored: the optimistic view of the ballot page. */
export function ballotWithVote(ballot: TBallotView, vote: TVote): TBallotView {
  const others = ballot.entries.filter((entry) => entry.cardId !== vote.cardId);
  if (vote.points !== undefined) {
    const previous = ballot.entries.find((entry) => entry.cardId === vote.cardId)?.points ?? 0;
    return {
      pointsUsed: ballot.pointsUsed - previous + vote.points,
      entries: vote.points > 0 ? [...others, { cardId: vote.cardId, points: vote.points, grade: null }] : others,
    };
  }
  return {
    pointsUsed: ballot.pointsUsed,
    entries: vote.grade ? [...others, { cardId: vote.cardId, points: null, grade: vote.grade }] : others,
  };
}

export function pointsFor(ballot: TBallotView, cardId: string): number {
  return ballot.entries.find((entry) => entry.cardId === cardId)?.points ?? 0;
}

export function gradeFor(ballot: TBallotView, cardId: string): TGrade | null {
  return ballot.entries.find((entry) => entry.cardId === cardId)?.grade ?? null;
}
