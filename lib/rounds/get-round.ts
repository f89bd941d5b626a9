import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { perRequest } from "@/lib/http/per-request.ts";
import { loadRoundResults } from "./load-round-results.ts";
import { countRoundParticipation } from "./count-round-participation.ts";
import type { TBallotView } from "./ballot.ts";
import { FAIRNESS_LABELS, fairnessRuleOf, fairnessRuleText } from "./fairness.ts";
import { closedRoundWhere, resultsVisible, roundStatus } from "./round-status.ts";
import { cardSubjectSummary } from "@/lib/board/card-subject.ts";

/**
 * A round as its page shows it. The public sees closed rounds only; members
 * see every round and their own ballot; results follow the round's visibility
 * rule for everyone, admins included, so that nobody votes knowing the trend.
 * Hidden results are not counted at all: participation alone is two counts.
 * Read once per request (metadata and page).
 */
export const getRound = perRequest(loadRound, ({ actor, roundId }) => `${actor?.id ?? ""}:${roundId}`);

async function loadRound({ actor, roundId }: { actor: TActor | null; roundId: string }) {
  const round = await db.voteRound.findFirst({
    where: { id: roundId, ...(actor ? {} : closedRoundWhere()) },
    select: {
      id: true,
      title: true,
      question: true,
      method: true,
      pointsBudget: true,
      maxPointsPerItem: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      hideResultsUntilClose: true,
      resultsAppliedAt: true,
      fairness: true,
      typeWeights: true,
      demonstration: true,
      revealRequired: true,
      revealedAt: true,
      items: {
        orderBy: { card: { position: "asc" } },
        select: {
          card: {
            select: {
              id: true,
              column: { select: { name: true } },
              irritant: { select: { slug: true, title: true } },
              dataItem: { select: { slug: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!round) return null;
  const status = roundStatus(round);
  const results = resultsVisible(round) ? await loadRoundResults(round.id) : null;
  const participation = results?.participation ?? (await countRoundParticipation(round.id));
  const myBallot: TBallotView | null = actor
    ? ((await db.ballot.findUnique({
        where: { roundId_userId: { roundId: round.id, userId: actor.id } },
        select: { pointsUsed: true, entries: { select: { cardId: true, points: true, grade: true } } },
      })) ?? { pointsUsed: 0, entries: [] })
    : null;
  const rule = fairnessRuleOf(round);
  const { items, typeWeights: _typeWeights, ...rest } = round;
  return {
    ...rest,
    status,
    fairness: {
      mode: rule.mode,
      label: FAIRNESS_LABELS[rule.mode],
      rule: fairnessRuleText(round.method, rule, round.pointsBudget),
    },
    cards: items.map(({ card }) => {
      const { kind, title, href } = cardSubjectSummary(card);
      return { id: card.id, columnName: card.column.name, kind, title, href };
    }),
    myBallot,
    sharedBudget:
      actor && status === "OPEN" && rule.mode === "PER_ORGANISATION" && round.method === "DOT_VOTING"
        ? await sharedBudgetOf(round.id, actor.id)
        : null,
    results,
    participation,
  };
}
export type TRoundView = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/**
 * One voice per organisation: the points the member's organisation already
 * gave through its other members, so that the ballot shows what is left of the
 * shared budget. Null for a member without an organisation (their own budget).
 */
async function sharedBudgetOf(roundId: string, userId: string): Promise<{ usedByOthers: number } | null> {
  const member = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
  if (!member?.organisationId) return null;
  const used = await db.ballot.aggregate({
    where: { roundId, userId: { not: userId }, user: { organisationId: member.organisationId } },
    _sum: { pointsUsed: true },
  });
  return { usedByOthers: used._sum.pointsUsed ?? 0 };
}
