/** Counting of prioritisation rounds; pure, shared by the results page, the CSV and the public API. */

import { enumValues, Grade } from "@/lib/db/enums.ts";

/** Best first: the schema declares the grades in this order, which the median counts on. */
export const GRADES = enumValues(Grade);
export type TGrade = Grade;
export const GRADE_LABELS: Record<TGrade, string> = {
  PRIORITAIRE: "Prioritaire",
  IMPORTANT: "Important",
  UTILE: "Utile",
  SECONDAIRE: "Secondaire",
  PAS_NECESSAIRE: "Pas nécessaire",
};

export type TTallyItem = { cardId: string; title: string };
export type TBallotForTally = { entries: { cardId: string; points: number | null; grade: TGrade | null }[] };
/**
 * What the tally counts: a ballot, or several combined into one voice (see
 * fairness.ts), counting `weight` times (an integer, 1 when absent).
 */
export type TVoice = TBallotForTally & { weight?: number };

export type TDotResult = TTallyItem & { rank: number; points: number; supporters: number };
export type TJudgmentResult = TTallyItem & {
  rank: number;
  majorityGrade: TGrade;
  counts: Record<TGrade, number>;
  voters: number;
};

/** Competition ranking ("1, 2, 2, 4") of an already sorted list. */
function rank<T>(sorted: T[], same: (a: T, b: T) => boolean): (T & { rank: number })[] {
  return sorted
    .map((item, index) => ({ ...item, rank: index > 0 && same(sorted[index - 1], item) ? 0 : index + 1 }))
    .map((item, index, all) => {
      if (item.rank !== 0) return item;
      let previous = index - 1;
      while (all[previous].rank === 0) previous--;
      return { ...item, rank: all[previous].rank };
    });
}

/**
 * Dot voting: items ranked by points; equal points are split by the number of
 * voices that gave points (broader support first); still equal, they share a
 * rank. A voice of weight w counts as w identical ballots, for points and supporters.
 */
export function tallyDotVoting(items: TTallyItem[], ballots: TVoice[]): TDotResult[] {
  const totals = new Map(items.map((item) => [item.cardId, { ...item, points: 0, supporters: 0 }]));
  for (const ballot of ballots) {
    const weight = ballot.weight ?? 1;
    if (weight === 0) continue;
    for (const entry of ballot.entries) {
      const total = totals.get(entry.cardId);
      if (!total || !entry.points) continue;
      total.points += entry.points * weight;
      total.supporters += weight;
    }
  }
  const sorted = [...totals.values()].sort(
    (a, b) => b.points - a.points || b.supporters - a.supporters || a.title.localeCompare(b.title, "fr"),
  );
  return rank(sorted, (a, b) => a.points === b.points && a.supporters === b.supporters);
}

/**
 * The successive majority grades of a merit profile: take the median grade
 * (the lower one for an even count), remove one such grade, repeat. Comparing
 * these sequences lexicographically is majority judgment's standard tie-break
 * (Balinski & Laraki).
 */
export function majorityGradeSequence(counts: Record<TGrade, number>): number[] {
  const grades = GRADES.flatMap((grade, index) => Array<number>(counts[grade]).fill(index));
  const sequence: number[] = [];
  while (grades.length > 0) sequence.push(grades.splice(Math.floor(grades.length / 2), 1)[0]);
  return sequence;
}

function compareSequences(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++)
    if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}

/**
 * Majority judgment. Every voter (a ballot with at least one grade) judges
 * every item; an item a voter left ungraded counts as « Pas nécessaire », the
 * usual convention, so that all items are judged by the same electorate. A
 * voice of weight w counts as w identical ballots: `counts` and `voters` are
 * then weighted.
 */
export function tallyMajorityJudgment(items: TTallyItem[], ballots: TVoice[]): TJudgmentResult[] {
  const voters = ballots.filter((ballot) => (ballot.weight ?? 1) > 0 && ballot.entries.some((entry) => entry.grade));
  const electorate = voters.reduce((sum, ballot) => sum + (ballot.weight ?? 1), 0);
  const profiles = items.map((item) => {
    const counts = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<TGrade, number>;
    for (const ballot of voters)
      counts[ballot.entries.find((entry) => entry.cardId === item.cardId && entry.grade)?.grade ?? "PAS_NECESSAIRE"] +=
        ballot.weight ?? 1;
    const sequence = majorityGradeSequence(counts);
    return { ...item, counts, voters: electorate, sequence, majorityGrade: GRADES[sequence[0] ?? GRADES.length - 1] };
  });
  const sorted = profiles.sort(
    (a, b) => compareSequences(a.sequence, b.sequence) || a.title.localeCompare(b.title, "fr"),
  );
  return rank(sorted, (a, b) => compareSequences(a.sequence, b.sequence) === 0).map(
    ({ sequence: _sequence, ...result }) => result,
  );
}
