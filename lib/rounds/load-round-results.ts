import { db } from "@/lib/db/client.ts";
import { ORGANISATION_TYPES, type TOrganisationType } from "@/lib/organisations/organisation-types.ts";
import { mergeSmallGroups, minimumGroupSize } from "./group-breakdown.ts";
import { tallyDotVoting, tallyMajorityJudgment, type TDotResult, type TJudgmentResult } from "./tally.ts";
import {
  ballotsToVoices,
  FAIRNESS_LABELS,
  fairnessRuleOf,
  fairnessRuleText,
  type TFairnessMode,
  type TTypeWeights,
  type TVoterBallot,
} from "./fairness.ts";
import { cardSubjectSummary } from "@/lib/board/card-subject.ts";
import invariant from "tiny-invariant";

export type TRoundTally =
  | { method: "DOT_VOTING"; ranking: (TDotResult & { kind: "irritant" | "donnee"; slug: string })[] }
  | { method: "MAJORITY_JUDGMENT"; ranking: (TJudgmentResult & { kind: "irritant" | "donnee"; slug: string })[] };

export type TRoundResults = TRoundTally & {
  participation: { voters: number; eligible: number; rate: number };
  /**
   * Per organisation type with at least `minimumGroupSize` voters, then « Autres »
   * (see group-breakdown.ts): who voted, and each card's points or majority grade
   * in that group. Empty and `breakdownWithheld` when too few voted in all.
   */
  breakdown: {
    key: string;
    label: string;
    types: TOrganisationType[];
    voters: number;
    eligible: number;
    leader: string | null;
    byCard: Record<string, string>;
  }[];
  minimumGroupSize: number;
  breakdownWithheld: boolean;
  /** How ballots became voices (fairness.ts), stated wherever the results are shown. */
  fairness: { mode: TFairnessMode; label: string; rule: string; typeWeights: TTypeWeights | null };
};

/**
 * Counts a round under its fairness rule. Visibility is the caller's business
 * (see `resultsVisible` in round-status.ts); nothing here identifies a voter.
 */
export async function loadRoundResults(roundId: string): Promise<TRoundResults | null> {
  const round = await db.voteRound.findUnique({
    where: { id: roundId },
    select: {
      method: true,
      fairness: true,
      typeWeights: true,
      pointsBudget: true,
      items: {
        select: {
          card: {
            select: {
              id: true,
              irritant: { select: { slug: true, title: true } },
              dataItem: { select: { slug: true, name: true } },
            },
          },
        },
      },
      ballots: {
        select: {
          userId: true,
          user: { select: { organisation: { select: { id: true, type: true } } } },
          entries: { select: { cardId: true, points: true, grade: true } },
        },
      },
    },
  });
  if (!round) return null;
  const cards = round.items.map(({ card }) => {
    const { title, kind, slug } = cardSubjectSummary(card);
    return { cardId: card.id, title, kind, slug };
  });
  const describe = new Map(cards.map((card) => [card.cardId, card]));
  const ballots: TVoterBallot[] = round.ballots
    .filter((ballot) => ballot.entries.length > 0)
    .map((ballot) => ({
      voterId: ballot.userId,
      organisationId: ballot.user.organisation?.id ?? null,
      organisationType: (ballot.user.organisation?.type ?? "AUTRE") as TOrganisationType,
      entries: ballot.entries,
    }));
  const rule = fairnessRuleOf(round);
  const tally = (subset: TVoterBallot[]) => {
    const voices = ballotsToVoices(round.method, rule, subset);
    return round.method === "DOT_VOTING" ? tallyDotVoting(cards, voices) : tallyMajorityJudgment(cards, voices);
  };
  const eligibleByType = await db.user.groupBy({
    by: ["organisationId"],
    where: { deactivatedAt: null },
    _count: true,
  });
  const organisations = await db.organisation.findMany({ select: { id: true, type: true } });
  const typeOf = new Map(
    organisations.map((organisation) => [organisation.id, organisation.type as TOrganisationType]),
  );
  const eligible = eligibleByType.reduce((sum, group) => sum + group._count, 0);

  const typeGroups = ORGANISATION_TYPES.map((type) => ({
    type,
    ballots: ballots.filter((ballot) => ballot.organisationType === type),
    eligible: eligibleByType
      .filter((entry) => (entry.organisationId ? typeOf.get(entry.organisationId) : "AUTRE") === type)
      .reduce((sum, entry) => sum + entry._count, 0),
  })).filter((group) => group.eligible > 0 || group.ballots.length > 0);
  const minimum = minimumGroupSize();
  const merged = mergeSmallGroups(typeGroups, minimum);
  const breakdown = merged.groups.map((group) => {
    const results = group.ballots.length ? tally(group.ballots) : [];
    const byCard = Object.fromEntries(
      results.map((result) => [result.cardId, "points" in result ? String(result.points) : result.majorityGrade]),
    );
    return {
      key: group.key,
      label: group.label,
      types: group.types,
      voters: group.ballots.length,
      eligible: group.eligible,
      leader: results[0]?.title ?? null,
      byCard,
    };
  });

  const ranking = tally(ballots).map((result) => {
    const card = describe.get(result.cardId);
    invariant(card, "un bulletin ne porte que sur les cartes du scrutin");
    return { ...result, kind: card.kind, slug: card.slug };
  });
  return {
    ...({ method: round.method, ranking } as TRoundTally),
    participation: { voters: ballots.length, eligible, rate: eligible ? ballots.length / eligible : 0 },
    breakdown,
    minimumGroupSize: minimum,
    breakdownWithheld: merged.withheld,
    fairness: {
      mode: rule.mode,
      label: FAIRNESS_LABELS[rule.mode],
      rule: fairnessRuleText(round.method, rule, round.pointsBudget),
      typeWeights: rule.mode === "WEIGHTED_BY_TYPE" ? rule.weights : null,
    },
  };
}
