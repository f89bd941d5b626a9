import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { notifyRoundClosed } from "./round-notifications.ts";

export const ZCloseRoundInput = z.object({ roundId: z.string().min(1).max(64) });

/** Admins close a round early; ballots are frozen and results appear. */
export async function closeRound({ actor, input }: { actor: TActor; input: z.infer<typeof ZCloseRoundInput> }) {
  const admin = assertAdmin(actor);
  const notified = await db.$transaction(async (tx) => {
    const now = new Date();
    // The where clause makes closing idempotent and race-free: only one close wins.
    const { count } = await tx.voteRound.updateMany({
      where: { id: input.roundId, closedAt: null, closesAt: { gt: now } },
      data: { closedAt: now },
    });
    if (count === 0) {
      const exists = await tx.voteRound.count({ where: { id: input.roundId } });
      throw exists
        ? new ExpectedError("CONFLICT", "Ce scrutin est déjà clos.")
        : new ExpectedError("NOT_FOUND", "Scrutin introuvable.");
    }
    const round = await tx.voteRound.findUniqueOrThrow({
      where: { id: input.roundId },
      select: { id: true, title: true },
    });
    await recordAuditEvent(tx, { actor: admin, action: "round.close", targetType: "vote-round", targetId: round.id });
    return notifyRoundClosed(tx, round);
  });
  await emailNotifications(notified);
  await publishLiveEvent({ type: "round.changed", roundId: input.roundId }, "public");
}
