// Prepares the bench database (server stopped): 50 voters with sessions, a
// board of 500 cards, an open dot-voting round. Writes .data/bench/fixtures.json.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { openDatabase } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";

const VOTERS = 50;
const BOARD_CARDS = 500;
const ROUND_CARDS = 10;

const database = await openDatabase();
const db = createPrismaClient(database.adapterFactory);
try {
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const sessions: string[] = [];
  for (let index = 0; index < VOTERS; index++) {
    const user = await db.user.create({ data: { email: `votant.${index}.${randomUUID().slice(0, 6)}@bench.example.org`, name: `Votant ${index}`, role: "MEMBER", organisationId: organisation.id } });
    const sessionToken = randomUUID();
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    sessions.push(sessionToken);
  }
  // Columns without a WIP limit take the extra cards, so the board stays valid.
  const open = await db.boardColumn.findMany({ where: { wipLimit: null }, orderBy: { position: "asc" }, select: { id: true } });
  const existing = await db.boardCard.count();
  for (let index = existing; index < BOARD_CARDS; index++) {
    const column = open[index % open.length];
    const irritant = await db.irritant.create({
      data: { slug: `irritant-de-charge-${index}`, title: `Irritant de charge ${index}`, description: "Carte créée pour mesurer le rendu du tableau.", category: "AUTRE", paths: ["PARTICULIER"], quotes: [] },
    });
    await db.boardCard.create({ data: { columnId: column.id, position: index, irritantId: irritant.id } });
  }
  const cards = await db.boardCard.findMany({ where: { column: { wipLimit: null } }, orderBy: { id: "asc" }, take: ROUND_CARDS + 1, select: { id: true, version: true, columnId: true } });
  const round = await db.voteRound.create({
    data: {
      title: "Scrutin de charge", question: "Mesure du temps d'enregistrement d'un vote.", method: "DOT_VOTING", pointsBudget: 10, maxPointsPerItem: 3,
      opensAt: new Date(Date.now() - 60_000), closesAt: new Date(Date.now() + 86_400_000), openingNotifiedAt: new Date(),
      items: { create: cards.slice(0, ROUND_CARDS).map((card) => ({ cardId: card.id })) },
    },
  });
  const moving = cards[ROUND_CARDS];
  const otherColumn = open.find((column) => column.id !== moving.columnId)!;
  mkdirSync(".data/bench", { recursive: true });
  writeFileSync(".data/bench/fixtures.json", JSON.stringify({
    sessions, roundId: round.id, roundCardIds: cards.slice(0, ROUND_CARDS).map((card) => card.id),
    move: { cardId: moving.id, version: moving.version, columns: [moving.columnId, otherColumn.id] },
    boardCards: await db.boardCard.count(),
  }));
} finally {
  await db.$disconnect();
  await database.close();
}
