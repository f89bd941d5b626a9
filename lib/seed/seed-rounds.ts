import type { Db } from "@/lib/db/create-client.ts";
import { GRADES } from "@/lib/rounds/tally.ts";

const DAY = 86_400_000;
export const DEMO_CLOSED_ROUND = "Premier tour : les données à intégrer en premier";
export const DEMO_OPEN_ROUND = "Irritants à lever en priorité";

/**
 * Two rounds so that every screen has something to show: a closed dot-voting
 * round on the data still to be made available (results, matrix, public API)
 * and an open majority-judgment round on irritants. Their ballots are made up
 * by the demo members: both are flagged `demonstration`, so that no page, CSV
 * or API presents them as the group's real vote.
 */
export async function seedDemoRounds(
  db: Db,
  { adminId, memberIds, count }: { adminId: string; memberIds: string[]; count: (what: string) => void },
) {
  const now = Date.now();
  if (!(await db.voteRound.findFirst({ where: { title: DEMO_CLOSED_ROUND } }))) {
    const cards = await db.boardCard.findMany({
      where: { dataItem: { availability: { not: "DISPONIBLE" } } },
      orderBy: { position: "asc" },
      take: 8,
      select: { id: true },
    });
    const round = await db.voteRound.create({
      data: {
        title: DEMO_CLOSED_ROUND,
        question:
          "Parmi les données qui ne sont pas encore disponibles par API, lesquelles doivent être intégrées en premier au formulaire de demande de financement ?",
        method: "DOT_VOTING",
        pointsBudget: 10,
        maxPointsPerItem: 3,
        demonstration: true,
        opensAt: new Date(now - 14 * DAY),
        closesAt: new Date(now - 3 * DAY),
        closedAt: new Date(now - 3 * DAY),
        openingNotifiedAt: new Date(now - 14 * DAY),
        hideResultsUntilClose: true,
        createdById: adminId,
        items: { create: cards.map((card) => ({ cardId: card.id })) },
      },
    });
    // Deterministic preferences, biased toward the first cards, so the ranking reads like a real one.
    for (const [voter, userId] of memberIds.entries()) {
      const picks = cards
        .map((card, index) => ({ card, weight: index + ((voter * 7 + index * 3) % 5) }))
        .sort((a, b) => a.weight - b.weight)
        .slice(0, 4);
      const points = [3, 3, 2, 2];
      await db.ballot.create({
        data: {
          roundId: round.id,
          userId,
          pointsUsed: 10,
          entries: { create: picks.map((pick, index) => ({ cardId: pick.card.id, points: points[index] })) },
        },
      });
    }
    count("rounds");
  }
  if (!(await db.voteRound.findFirst({ where: { title: DEMO_OPEN_ROUND } }))) {
    const cards = await db.boardCard.findMany({
      where: { irritantId: { not: null } },
      orderBy: { position: "asc" },
      take: 6,
      select: { id: true },
    });
    const round = await db.voteRound.create({
      data: {
        title: DEMO_OPEN_ROUND,
        question: "Quels irritants l'expérimentation « Dites-le-nous une fois » doit-elle lever d'abord ?",
        method: "MAJORITY_JUDGMENT",
        demonstration: true,
        opensAt: new Date(now - DAY),
        closesAt: new Date(now + 30 * DAY),
        openingNotifiedAt: new Date(now - DAY),
        hideResultsUntilClose: true,
        createdById: adminId,
        items: { create: cards.map((card) => ({ cardId: card.id })) },
      },
    });
    for (const [voter, userId] of memberIds.slice(0, 4).entries()) {
      await db.ballot.create({
        data: {
          roundId: round.id,
          userId,
          entries: { create: cards.map((card, index) => ({ cardId: card.id, grade: GRADES[(voter + index) % 4] })) },
        },
      });
    }
    count("rounds");
  }
}
