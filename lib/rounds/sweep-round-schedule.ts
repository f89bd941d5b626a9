import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { notifyRoundClosed, notifyRoundOpened } from "./round-notifications.ts";

/**
 * Rounds open and close on their dates: tells members when one opened and
 * stamps and announces those whose closing date passed. Run periodically by
 * the server (instrumentation.ts); safe to run concurrently on several instances.
 */
export async function sweepRoundSchedule(now = new Date()): Promise<{ opened: number; closed: number }> {
  const opening = await db.voteRound.findMany({
    where: { openingNotifiedAt: null, opensAt: { lte: now }, closesAt: { gt: now }, closedAt: null },
    select: { id: true, title: true, closesAt: true },
  });
  const closing = await db.voteRound.findMany({
    where: { closedAt: null, closesAt: { lte: now } },
    select: { id: true, title: true, closesAt: true },
  });
  let opened = 0;
  let closed = 0;
  for (const round of opening) {
    const notified = await db.$transaction((tx) => notifyRoundOpened(tx, round));
    if (notified.length) opened++;
    await emailNotifications(notified);
  }
  for (const round of closing) {
    const notified = await db.$transaction(async (tx) => {
      const { count } = await tx.voteRound.updateMany({
        where: { id: round.id, closedAt: null },
        data: { closedAt: round.closesAt },
      });
      if (count === 0) return null;
      await recordAuditEvent(tx, {
        actor: null,
        action: "round.close",
        targetType: "vote-round",
        targetId: round.id,
        data: { scheduled: true },
      });
      return notifyRoundClosed(tx, round);
    });
    if (!notified) continue;
    closed++;
    await emailNotifications(notified);
    await publishLiveEvent({ type: "round.changed", roundId: round.id }, "public");
  }
  return { opened, closed };
}
