import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";

export const ZDeleteColumnInput = z.object({ columnId: z.string().min(1).max(64) });

/** Admins remove an empty column; the columns the app relies on (e.g. « Priorisé ») stay. */
export async function deleteColumn({ actor, input }: { actor: TActor; input: z.infer<typeof ZDeleteColumnInput> }) {
  const admin = assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const column = await tx.boardColumn.findUnique({
      where: { id: input.columnId },
      select: { id: true, key: true, name: true, _count: { select: { cards: true } } },
    });
    if (!column) throw new ExpectedError("NOT_FOUND", "Colonne introuvable.");
    if (column.key === "priorise")
      throw new ExpectedError(
        "CONFLICT",
        "La colonne « Priorisé » reçoit les résultats des scrutins : renommez-la plutôt que de la supprimer.",
      );
    if (column._count.cards > 0)
      throw new ExpectedError(
        "CONFLICT",
        `La colonne « ${column.name} » contient encore ${column._count.cards} carte(s) : déplacez-les avant de la supprimer.`,
      );
    await tx.boardColumn.delete({ where: { id: column.id } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "column.delete",
      targetType: "board-column",
      targetId: column.id,
      data: { name: column.name },
    });
  });
  await publishLiveEvent({ type: "board.changed" });
}
