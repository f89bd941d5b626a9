import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { closedRoundWhere, roundStatus } from "./round-status.ts";

/** Members see every round; the public only closed ones. */
export async function listRounds({ actor }: { actor: TActor | null }) {
  const rounds = await db.voteRound.findMany({
    where: actor ? {} : closedRoundWhere(),
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      title: true,
      question: true,
      method: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      resultsAppliedAt: true,
      demonstration: true,
      _count: { select: { items: true } },
      ballots: { where: { entries: { some: {} } }, select: { userId: true } },
    },
  });
  return rounds.map(({ ballots, _count, ...round }) => ({
    ...round,
    status: roundStatus(round),
    cardCount: _count.items,
    voters: ballots.length,
    hasVoted: actor ? ballots.some((ballot) => ballot.userId === actor.id) : false,
  }));
}
