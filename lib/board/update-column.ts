import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import { ZColumnName, ZWipLimit } from "./column-input.ts";

export const ZUpdateColumnInput = z.object({
  columnId: z.string().min(1).max(64),
  name: ZColumnName,
  wipLimit: ZWipLimit,
  /** 0-based place among the columns. */
  position: z.number().int().min(0).max(100),
});

/**
 * Admins rename a column, change its WIP limit or its place. A limit below the
 * current number of cards is accepted: the board shows the overflow and refuses
 * new cards until it is resolved.
 */
export async function updateColumn({ actor, input }: { actor: TActor; input: z.infer<typeof ZUpdateColumnInput> }) {
  const admin = assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const columns = await tx.boardColumn.findMany({
      orderBy: { position: "asc" },
      select: { id: true, name: true, wipLimit: true },
    });
    const current = columns.find((column) => column.id === input.columnId);
    if (!current) throw new ExpectedError("NOT_FOUND", "Colonne introuvable.");
    const others = columns.filter((column) => column.id !== input.columnId);
    const order = [...others.slice(0, input.position), current, ...others.slice(input.position)];
    await tx.boardColumn.update({ where: { id: current.id }, data: { name: input.name, wipLimit: input.wipLimit } });
    for (const [position, column] of order.entries())
      await tx.boardColumn.update({ where: { id: column.id }, data: { position } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "column.update",
      targetType: "board-column",
      targetId: current.id,
      data: {
        before: { name: current.name, wipLimit: current.wipLimit },
        after: { name: input.name, wipLimit: input.wipLimit, position: order.indexOf(current) },
      },
    });
  });
  await publishLiveEvent({ type: "board.changed" });
}
