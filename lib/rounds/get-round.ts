import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { loadRoundResults } from "./load-round-results.ts";
import type { TBallotView } from "./ballot.ts";
import { closedRoundWhere, resultsVisible, roundStatus } from "./round-status.ts";

/**
 * A round as its page shows it. The public sees closed rounds only; members
 * see every round and their own ballot; results follow the round's visibility
 * rule for everyone, admins included, so that nobody votes knowing the trend.
 */
export async function getRound({ actor, roundId }: { actor: TActor | null; roundId: string }) {
  const round = await db.voteRound.findFirst({
    where: { id: roundId, ...(actor ? {} : closedRoundWhere()) },
    select: {
      id: true, title: true, question: true, method: true, pointsBudget: true, maxPointsPerItem: true,
      opensAt: true, closesAt: true, closedAt: true, hideResultsUntilClose: true, resultsAppliedAt: true, revealRequired: true, revealedAt: true,
      items: {
        orderBy: { card: { position: "asc" } },
        select: { card: { select: { id: true, column: { select: { name: true } }, irritant: { select: { slug: true, title: true } }, dataItem: { select: { slug: true, name: true } } } } },
      },
    },
  });
  if (!round) return null;
  const status = roundStatus(round);
  const visible = resultsVisible(round);
  const counted = await loadRoundResults(round.id);
  const results = visible ? counted : null;
  const participation = counted?.participation ?? null;
  const myBallot: TBallotView | null = actor
    ? ((await db.ballot.findUnique({
        where: { roundId_userId: { roundId: round.id, userId: actor.id } },
        select: { pointsUsed: true, entries: { select: { cardId: true, points: true, grade: true } } },
      })) ?? { pointsUsed: 0, entries: [] })
    : null;
  const { items, ...rest } = round;
  return {
    ...rest,
    status,
    cards: items.map(({ card }) => ({
      id: card.id,
      columnName: card.column.name,
      kind: card.irritant ? ("irritant" as const) : ("donnee" as const),
      title: card.irritant?.title ?? card.dataItem!.name,
      href: card.irritant ? `/irritants/${card.irritant.slug}` : `/donnees/${card.dataItem!.slug}`,
    })),
    myBallot,
    results,
    participation,
  };
}
export type TRoundView = NonNullable<Awaited<ReturnType<typeof getRound>>>;
