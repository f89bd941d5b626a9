import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { ZColumnName, ZWipLimit } from "./column-input.ts";

export const ZCreateColumnInput = z.object({ name: ZColumnName, wipLimit: ZWipLimit });

/** Admins add a column at the right end of the board. */
export async function createColumn({ actor, input }: { actor: TActor; input: z.infer<typeof ZCreateColumnInput> }) {
  const admin = assertAdmin(actor);
  const column = await db.$transaction(async (tx) => {
    const last = await tx.boardColumn.aggregate({ _max: { position: true } });
    const created = await tx.boardColumn.create({
      data: { name: input.name, wipLimit: input.wipLimit, position: (last._max.position ?? -1) + 1 },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "column.create",
      targetType: "board-column",
      targetId: created.id,
      data: { name: created.name, wipLimit: created.wipLimit },
    });
    return created;
  });
  await publishLiveEvent({ type: "board.changed" });
  return column;
}
