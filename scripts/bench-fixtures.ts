// Prepares the bench database (server stopped): 50 voters with sessions, a
// board of 500 cards, an open dot-voting round, and a live workshop with 60
// participants and an admin's projection. Writes .data/bench/fixtures.json.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { openDatabase } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";

const VOTERS = 50;
const BOARD_CARDS = 500;
const ROUND_CARDS = 10;
const WORKSHOP_PARTICIPANTS = 60;

const database = await openDatabase();
const db = createPrismaClient(database.adapterFactory);
try {
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const sessions: string[] = [];
  for (let index = 0; index < VOTERS; index++) {
    const user = await db.user.create({
      data: {
        email: `votant.${index}.${randomUUID().slice(0, 6)}@bench.example.org`,
        name: `Votant ${index}`,
        role: "MEMBER",
        organisationId: organisation.id,
      },
    });
    const sessionToken = randomUUID();
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    sessions.push(sessionToken);
  }
  // Columns without a WIP limit take the extra cards, so the board stays valid.
  const open = await db.boardColumn.findMany({
    where: { wipLimit: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const existing = await db.boardCard.count();
  for (let index = existing; index < BOARD_CARDS; index++) {
    const column = open[index % open.length];
    const irritant = await db.irritant.create({
      data: {
        slug: `irritant-de-charge-${index}`,
        title: `Irritant de charge ${index}`,
        description: "Carte créée pour mesurer le rendu du tableau.",
        category: "AUTRE",
        paths: ["PARTICULIER"],
        quotes: [],
      },
    });
    await db.boardCard.create({ data: { columnId: column.id, position: index, irritantId: irritant.id } });
  }
  const cards = await db.boardCard.findMany({
    where: { column: { wipLimit: null } },
    orderBy: { id: "asc" },
    take: ROUND_CARDS + 1,
    select: { id: true, version: true, columnId: true },
  });
  const round = await db.voteRound.create({
    data: {
      title: "Scrutin de charge",
      question: "Mesure du temps d'enregistrement d'un vote.",
      method: "DOT_VOTING",
      pointsBudget: 10,
      maxPointsPerItem: 3,
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 86_400_000),
      openingNotifiedAt: new Date(),
      items: { create: cards.slice(0, ROUND_CARDS).map((card) => ({ cardId: card.id })) },
    },
  });
  // The live workshop: its participants have their own sessions (and their own note rate limits).
  const workshopSessions: string[] = [];
  for (let index = 0; index < WORKSHOP_PARTICIPANTS; index++) {
    const user = await db.user.create({
      data: {
        email: `participant.${index}.${randomUUID().slice(0, 6)}@bench.example.org`,
        name: `Participant ${index}`,
        role: "MEMBER",
        organisationId: organisation.id,
      },
    });
    const sessionToken = randomUUID();
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    workshopSessions.push(sessionToken);
  }
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", deactivatedAt: null }, select: { id: true } });
  const projectionSession = randomUUID();
  await db.session.create({
    data: { sessionToken: projectionSession, userId: admin.id, expires: new Date(Date.now() + 86_400_000) },
  });
  const workshop = await db.workshop.create({
    data: {
      title: "Atelier de charge",
      scheduledAt: new Date(),
      status: "OPEN",
      openedAt: new Date(),
      timerStartedAt: new Date(),
      steps: {
        create: [
          { position: 0, kind: "COLLECT", durationSeconds: 900 },
          { position: 1, kind: "VOTE", durationSeconds: 600 },
        ],
      },
      // Its vote, results held until the reveal as any workshop round.
      round: {
        create: {
          title: "Vote de l'atelier de charge",
          question: "Mesure de la participation affichée en direct.",
          method: "DOT_VOTING",
          pointsBudget: 10,
          maxPointsPerItem: 3,
          revealRequired: true,
          opensAt: new Date(Date.now() - 60_000),
          closesAt: new Date(Date.now() + 86_400_000),
          openingNotifiedAt: new Date(),
          items: { create: cards.slice(0, ROUND_CARDS).map((card) => ({ cardId: card.id })) },
        },
      },
    },
    select: { id: true, roundId: true },
  });
  const moving = cards[ROUND_CARDS];
  const otherColumn = open.find((column) => column.id !== moving.columnId)!;
  mkdirSync(".data/bench", { recursive: true });
  writeFileSync(
    ".data/bench/fixtures.json",
    JSON.stringify({
      sessions,
      roundId: round.id,
      roundCardIds: cards.slice(0, ROUND_CARDS).map((card) => card.id),
      move: { cardId: moving.id, version: moving.version, columns: [moving.columnId, otherColumn.id] },
      boardCards: await db.boardCard.count(),
      workshop: { id: workshop.id, roundId: workshop.roundId, sessions: workshopSessions, projectionSession },
    }),
  );
} finally {
  await db.$disconnect();
  await database.close();
}
