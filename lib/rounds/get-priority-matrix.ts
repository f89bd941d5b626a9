import { db } from "@/lib/db/client.ts";
import { loadRoundResults } from "./load-round-results.ts";
import { closedRoundWhere } from "./round-status.ts";
import {
  dataItemFeasibility,
  impactFromGrade,
  impactFromPoints,
  irritantFeasibility,
  quadrant,
} from "./priority-matrix.ts";
import invariant from "tiny-invariant";
import { cardSubject } from "@/lib/board/card-subject.ts";

/**
 * Public: votes (impact) against feasibility for the cards of a closed round —
 * the one asked for, or the latest.
 */
export async function getPriorityMatrix({ roundId }: { roundId?: string }) {
  const rounds = await db.voteRound.findMany({
    where: closedRoundWhere(),
    orderBy: { closesAt: "desc" },
    select: { id: true, title: true, demonstration: true },
  });
  const chosen = rounds.find((round) => round.id === roundId) ?? rounds[0];
  if (!chosen) return { rounds, round: null, points: [] };
  const results = await loadRoundResults(chosen.id);
  invariant(results, "le scrutin vient d'être lu");
  const cards = await db.boardCard.findMany({
    where: { id: { in: results.ranking.map((entry) => entry.cardId) } },
    select: {
      id: true,
      dataItem: { select: { availability: true, effort: true } },
      irritant: { select: { dataItems: { select: { dataItem: { select: { availability: true, effort: true } } } } } },
    },
  });
  const feasibilityOf = new Map(
    cards.map((card) => {
      const subject = cardSubject(card);
      const feasibility =
        subject.kind === "donnee"
          ? dataItemFeasibility(subject.dataItem)
          : irritantFeasibility(subject.irritant.dataItems.map((link) => link.dataItem));
      return [card.id, feasibility];
    }),
  );
  const maxPoints = results.method === "DOT_VOTING" ? Math.max(0, ...results.ranking.map((entry) => entry.points)) : 0;
  const points = results.ranking.map((entry) => {
    const impact = "points" in entry ? impactFromPoints(entry.points, maxPoints) : impactFromGrade(entry.majorityGrade);
    const feasibility = feasibilityOf.get(entry.cardId) ?? 0;
    return {
      cardId: entry.cardId,
      title: entry.title,
      kind: entry.kind,
      rank: entry.rank,
      impact,
      feasibility,
      quadrant: quadrant(impact, feasibility),
    };
  });
  return { rounds, round: chosen, points };
}
