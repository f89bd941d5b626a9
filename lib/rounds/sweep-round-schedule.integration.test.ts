import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { stopLiveEvents } from "@/lib/live/live-events.ts";
import { sweepRoundSchedule } from "./sweep-round-schedule.ts";

const HOUR = 3_600_000;
const INSTANCES = 4;

// Demo mode: e-mails land in the demo mailbox, where they can be counted.
const previousDemoMode = process.env.DEMO_MODE;
beforeAll(() => void (process.env.DEMO_MODE = "1"));
afterAll(async () => {
  process.env.DEMO_MODE = previousDemoMode;
  await stopLiveEvents();
});

/** Several instances tick at the same moment: each member is told once that a round opened, once that it closed. */
describe("sweepRoundSchedule run by several instances at once", () => {
  it.each([1, 2, 3])("notifies and e-mails each member exactly once (%i rounds due together)", async (roundCount) => {
    const members = await Promise.all([1, 2, 3].map(() => createActor("MEMBER")));
    const opensAt = new Date(Date.now() - HOUR);
    const closesAt = new Date(Date.now() + HOUR);
    const rounds = await Promise.all(
      Array.from({ length: roundCount }, () =>
        db.voteRound.create({
          data: {
            title: `Scrutin planifié ${randomUUID().slice(0, 8)}`,
            question: "…",
            method: "DOT_VOTING",
            pointsBudget: 10,
            maxPointsPerItem: 3,
            opensAt,
            closesAt,
          },
        }),
      ),
    );

    const openingSweeps = await Promise.all(Array.from({ length: INSTANCES }, () => sweepRoundSchedule()));
    expect(openingSweeps.reduce((sum, result) => sum + result.opened, 0)).toBeGreaterThanOrEqual(roundCount);
    const afterClose = new Date(closesAt.getTime() + 60_000);
    const closingSweeps = await Promise.all(Array.from({ length: INSTANCES }, () => sweepRoundSchedule(afterClose)));
    expect(closingSweeps.reduce((sum, result) => sum + result.closed, 0)).toBeGreaterThanOrEqual(roundCount);

    for (const round of rounds) {
      for (const prefix of ["Scrutin ouvert", "Scrutin clos"]) {
        const title = `${prefix} : ${round.title}`;
        for (const member of members) {
          expect(await db.notification.count({ where: { userId: member.id, title } })).toBe(1);
          expect(await db.devMail.count({ where: { to: member.email, subject: `[Atelier EFOP] ${title}` } })).toBe(1);
        }
      }
      expect(await db.auditEvent.count({ where: { action: "round.close", targetId: round.id } })).toBe(1);
    }
  });
});
