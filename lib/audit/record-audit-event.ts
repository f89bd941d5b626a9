import type { Db } from "@/lib/db/create-client.ts";
import { actorLabel, actorUserId, type TActor } from "@/lib/auth/actor.ts";
import { ZAuditEvent, type TAuditEventInput } from "./audit-events.ts";

type Tx = Pick<Db, "auditEvent">;

/**
 * Call inside the mutation's transaction so that no change goes unrecorded. The event must be one of
 * lib/audit/audit-events.ts: a wrong data shape for its action does not compile, and is refused at run
 * time too (the transaction then stores nothing).
 */
export async function recordAuditEvent(
  tx: Tx,
  event: TAuditEventInput & { actor: TActor | null; targetId?: string | null },
): Promise<void> {
  const { action, targetType, data } = ZAuditEvent.parse(event);
  await tx.auditEvent.create({
    data: {
      actorId: event.actor ? actorUserId(event.actor) : null,
      actorLabel: actorLabel(event.actor),
      action,
      targetType,
      targetId: event.targetId ?? null,
      data: data ?? undefined,
    },
  });
}
