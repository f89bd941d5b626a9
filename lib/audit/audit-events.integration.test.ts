// The database writes audit rows too: the SQL function cast_ballot_vote records `ballot.cast` in the same
// statement as the vote. Its rows must be events of lib/audit/audit-events.ts like every other writer's, and
// a new SQL writer must declare its action there first.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { createRound } from "@/lib/rounds/create-round.ts";
import { castVote } from "@/lib/rounds/cast-vote.ts";
import { ZAuditEvent } from "./audit-events.ts";

afterAll(() => stopLiveEvents());

const HOUR = 3_600_000;

async function openRound(method: "DOT_VOTING" | "MAJORITY_JUDGMENT", fairness: "PER_MEMBER" | "PER_ORGANISATION") {
  const admin = await createActor("ADMIN");
  const column = await db.boardColumn.create({ data: { name: `Audit SQL ${randomUUID().slice(0, 8)}`, position: 80 } });
  const irritant = await db.irritant.create({
    data: {
      slug: `audit-sql-${randomUUID().slice(0, 8)}`,
      title: "Irritant audité",
      description: "…",
      category: "AUTRE",
      paths: [],
      quotes: [],
    },
  });
  const card = await db.boardCard.create({ data: { columnId: column.id, position: 0, irritantId: irritant.id } });
  const dots = method === "DOT_VOTING";
  const round = await createRound({
    actor: admin,
    input: {
      title: `Scrutin audité ${method}`,
      question: "Quelles lignes d'audit la base écrit-elle ?",
      method,
      fairness,
      pointsBudget: dots ? 5 : null,
      maxPointsPerItem: dots ? 3 : null,
      opensAt: new Date(Date.now() - HOUR),
      closesAt: new Date(Date.now() + HOUR),
      hideResultsUntilClose: false,
      cardIds: [card.id],
    },
  });
  return { round, card, dots };
}

describe("audit rows written by SQL functions", () => {
  it("every action a database function inserts is declared in the union", async () => {
    const functions = await db.$queryRaw<{ source: string }[]>`
      SELECT p.prosrc AS source FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = current_schema() AND p.prosrc LIKE '%INSERT INTO "AuditEvent"%'`;
    expect(functions.length).toBeGreaterThan(0);
    const declared = new Set<string>(ZAuditEvent.options.flatMap((option) => [...option.shape.action.values]));
    for (const { source } of functions) {
      const inserts = source.split('INSERT INTO "AuditEvent"').slice(1);
      for (const insert of inserts) {
        // VALUES (…, 'action', 'target-type', …): the first quoted literal is the action.
        const action = /VALUES\s*\([^']*'([^']+)'/.exec(insert)?.[1];
        expect(action, insert.slice(0, 200)).toBeDefined();
        expect(declared.has(action ?? ""), `${action} is not in lib/audit/audit-events.ts`).toBe(true);
      }
    }
  });

  it.each([
    ["DOT_VOTING", "PER_MEMBER"],
    ["MAJORITY_JUDGMENT", "PER_MEMBER"],
    ["DOT_VOTING", "PER_ORGANISATION"],
  ] as const)("cast_ballot_vote (%s, %s) writes rows that parse as their event", async (method, fairness) => {
    const { round, card, dots } = await openRound(method, fairness);
    const organisation = await createOrganisation("OPCO");
    const member = await createActor("MEMBER", organisation.id);
    await castVote({
      actor: member,
      input: { roundId: round.id, cardId: card.id, ...(dots ? { points: 2 } : { grade: "UTILE" }) },
    });
    await castVote({
      actor: member,
      input: { roundId: round.id, cardId: card.id, ...(dots ? { points: 1 } : { grade: "PRIORITAIRE" }) },
    });

    const rows = await db.auditEvent.findMany({
      where: { targetId: round.id, actorId: member.id },
      select: { action: true, targetType: true, data: true },
    });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(ZAuditEvent.parse(row)).toEqual({
        action: "ballot.cast",
        targetType: "vote-round",
        data: { cardId: card.id },
      });
    }
  });
});
