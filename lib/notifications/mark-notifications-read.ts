import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";

export const ZMarkNotificationsReadInput = z.object({ ids: z.array(z.string().max(64)).max(200).optional() });

/** Marks the actor's own notifications as read (all of them without ids). */
export async function markNotificationsRead({
  actor,
  input,
}: {
  actor: TActor;
  input: z.infer<typeof ZMarkNotificationsReadInput>;
}) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
      data: { readAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "notification.read",
      targetType: "user",
      targetId: actor.id,
      data: { count },
    });
    return count;
  });
}
