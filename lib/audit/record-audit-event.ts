import type { Db } from "@/lib/db/create-client.ts";
import { actorLabel, actorUserId, type TActor } from "@/lib/auth/actor.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

type Tx = Pick<Db, "auditEvent">;

/** Call inside the mutation's transaction so that no change goes unrecorded. */
export async function recordAuditEvent(
  tx: Tx,
  event: { actor: TActor | null; action: string; targetType: string; targetId?: string | null; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor ? actorUserId(event.actor) : null,
      actorLabel: actorLabel(event.actor),
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId ?? null,
      data: event.data,
    },
  });
}
