import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { emailNotifications } from "@/lib/notifications/email-notifications.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { notifyRoundClosed } from "@/lib/rounds/round-notifications.ts";
import { findOpenWorkshop } from "./find-workshop.ts";
import { publishWorkshopChange } from "./publish-workshop-change.ts";

export const ZRevealWorkshopResultsInput = z.object({ workshopId: z.string().min(1).max(64) });

/** The facilitator reveals the vote: the round closes now if its countdown has not ended, and its results appear. */
export async function revealWorkshopResults({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZRevealWorkshopResultsInput>;
}) {
  const admin = assertAdmin(actor);
  const { roundId, notified } = await db.$transaction(async (tx) => {
    const workshop = await findOpenWorkshop(tx, input.workshopId);
    if (!workshop.roundId) throw new ExpectedError("CONFLICT", "Aucun vote n'a été ouvert dans cet atelier.");
    const now = new Date();
    const revealed = await tx.voteRound.updateMany({
      where: { id: workshop.roundId, revealedAt: null },
      data: { revealedAt: now },
    });
    if (revealed.count === 0) throw new ExpectedError("CONFLICT", "Les résultats sont déjà affichés.");
    // Closed here only if neither the facilitator nor the scheduler closed it (same rule as closeRound).
    const closed = await tx.voteRound.updateMany({
      where: { id: workshop.roundId, closedAt: null, closesAt: { gt: now } },
      data: { closedAt: now },
    });
    const round = await tx.voteRound.findUniqueOrThrow({
      where: { id: workshop.roundId },
      select: { id: true, title: true },
    });
    if (closed.count > 0)
      await recordAuditEvent(tx, {
        actor: admin,
        action: "round.close",
        targetType: "vote-round",
        targetId: round.id,
        data: { workshopId: workshop.id },
      });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "workshop.reveal",
      targetType: "workshop",
      targetId: workshop.id,
      data: { roundId: round.id },
    });
    return { roundId: round.id, notified: closed.count > 0 ? await notifyRoundClosed(tx, round) : [] };
  });
  await emailNotifications(notified);
  await publishWorkshopChange(input.workshopId);
  await publishLiveEvent({ type: "round.changed", roundId }, "public");
}
