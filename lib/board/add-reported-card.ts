import type { Db } from "@/lib/db/create-client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { notifyUsers } from "@/lib/notifications/notify-users.ts";
import invariant from "tiny-invariant";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const REPORTED_COLUMN_KEY = "signale";

/**
 * Puts the card of a newly reported irritant or data item at the end of
 * « Signalé », in the reporter's transaction. A report is never refused or
 * lost: when « Signalé » is at its WIP limit the card still goes in, the column
 * shows « Limite dépassée », admins are told in the app to sort the column,
 * and members still cannot move other cards into it (docs/adr/0019).
 * Without a « Signalé » column (an admin renamed its key away or deleted it
 * while empty), it is recreated first on the left of the board.
 */
export async function addReportedCard(
  tx: Tx,
  { actor, irritantId, dataItemId }: { actor: TActor; irritantId?: string; dataItemId?: string },
) {
  let column = await lockReportedColumn(tx);
  if (!column) {
    const first = await tx.boardColumn.findFirst({ orderBy: { position: "asc" }, select: { position: true } });
    await tx.boardColumn.create({
      data: { key: REPORTED_COLUMN_KEY, name: "Signalé", position: (first?.position ?? 1) - 1 },
    });
    column = await lockReportedColumn(tx);
  }
  invariant(column, "la colonne « Signalé » vient d'être créée");
  const position = await tx.boardCard.count({ where: { columnId: column.id } });
  const card = await tx.boardCard.create({
    data: { columnId: column.id, position, irritantId, dataItemId },
    select: { id: true },
  });
  const wipLimit = column.wipLimit;
  const overLimit = wipLimit != null && position + 1 > wipLimit;
  await recordAuditEvent(tx, {
    actor,
    action: "card.report",
    targetType: "board-card",
    targetId: card.id,
    data: { to: column.name, position: position + 1, ...(overLimit ? { overWipLimit: wipLimit } : {}) },
  });
  if (overLimit) {
    const admins = await tx.user.findMany({ where: { role: "ADMIN", deactivatedAt: null }, select: { id: true } });
    await notifyUsers(
      tx,
      admins.map((admin) => admin.id),
      {
        title: `« ${column.name} » dépasse sa limite d'encours`,
        body: `Un nouveau signalement y a été ajouté : ${position + 1} cartes pour une limite de ${column.wipLimit}. Triez la colonne pour revenir sous la limite.`,
        link: "/priorisation",
      },
    );
  }
  return { cardId: card.id, columnId: column.id, overLimit };
}

async function lockReportedColumn(tx: Tx) {
  // The lock orders this insertion with card moves into the same column.
  const rows = await tx.$queryRaw<{ id: string; name: string; wipLimit: number | null }[]>`
    SELECT "id", "name", "wipLimit" FROM "BoardColumn" WHERE "key" = ${REPORTED_COLUMN_KEY} FOR UPDATE`;
  return rows[0] ?? null;
}
