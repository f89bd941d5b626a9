import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { publishLiveEvent } from "@/lib/live/live-events.ts";
import type { Db } from "@/lib/db/create-client.ts";
import { wipLimitMessage } from "./board-layout.ts";
import { BUSY_TRANSACTION } from "@/lib/db/transaction-options.ts";

export const ZMoveCardInput = z.object({
  cardId: z.string().min(1, "Carte manquante.").max(64),
  toColumnId: z.string().min(1, "Colonne manquante.").max(64),
  toIndex: z
    .number({ message: "Position invalide." })
    .int("Position invalide.")
    .min(0, "Position invalide.")
    .max(10_000, "Position invalide."),
  /** The card's version the mover saw: a move based on an older board is refused. */
  expectedVersion: z.number({ message: "Version de la carte manquante." }).int().min(1),
});
export type TMoveCardInput = z.infer<typeof ZMoveCardInput>;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const staleCardError = () =>
  new ExpectedError(
    "STALE",
    "Cette carte a été modifiée entre-temps par quelqu'un d'autre : le tableau a été actualisé, refaites le déplacement si besoin.",
  );

/**
 * Moves a card inside the destination column's lock: the WIP limit and the
 * order hold even when several members move cards at the same time.
 */
export async function placeCard(tx: Tx, options: { actor: TActor; input: TMoveCardInput; roundTitle?: string }) {
  const { actor, input } = options;
  // Locks the destination column for the rest of the transaction.
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "BoardColumn" WHERE "id" = ${input.toColumnId} FOR UPDATE`;
  if (locked.length === 0)
    throw new ExpectedError("NOT_FOUND", "Colonne introuvable : le tableau a peut-être changé, actualisez la page.");
  const column = await tx.boardColumn.findUniqueOrThrow({
    where: { id: input.toColumnId },
    select: {
      id: true,
      name: true,
      wipLimit: true,
      cards: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, irritant: { select: { retiredAt: true } }, dataItem: { select: { retiredAt: true } } },
      },
    },
  });
  const card = await tx.boardCard.findUnique({
    where: { id: input.cardId },
    select: { id: true, version: true, columnId: true, column: { select: { name: true } } },
  });
  if (!card) throw new ExpectedError("NOT_FOUND", "Carte introuvable.");
  if (card.version !== input.expectedVersion) throw staleCardError();
  const others = column.cards.map((entry) => entry.id).filter((id) => id !== card.id);
  // Cards of retired entries are off the board: they do not count towards the limit, and
  // `toIndex` counts the cards members see, so it is placed before the visible card it names.
  const visible = column.cards
    .filter((entry) => entry.id !== card.id && !(entry.irritant ?? entry.dataItem)?.retiredAt)
    .map((entry) => entry.id);
  if (card.columnId !== column.id && column.wipLimit != null && visible.length + 1 > column.wipLimit) {
    throw new ExpectedError("LIMIT_REACHED", wipLimitMessage(column.name, column.wipLimit));
  }
  const index = input.toIndex < visible.length ? others.indexOf(visible[input.toIndex]) : others.length;
  const order = [...others.slice(0, index), card.id, ...others.slice(index)];
  // The version check is repeated in the write itself: two moves of one card can never both win.
  const updated = await tx.boardCard.updateMany({
    where: { id: card.id, version: input.expectedVersion },
    data: { columnId: column.id, position: index, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleCardError();
  await tx.$executeRaw`
    UPDATE "BoardCard" AS card SET "position" = (entry.ordinality - 1)::int
    FROM unnest(${order}::text[]) WITH ORDINALITY AS entry(id, ordinality)
    WHERE card."id" = entry.id AND card."position" <> (entry.ordinality - 1)::int`;
  const place = { from: card.column.name, to: column.name, position: Math.min(input.toIndex, visible.length) + 1 };
  await recordAuditEvent(tx, {
    actor,
    targetType: "board-card",
    targetId: card.id,
    ...(options.roundTitle
      ? { action: "card.apply-results", data: { ...place, round: options.roundTitle } }
      : { action: "card.move", data: place }),
  });
  return { cardId: card.id, columnId: column.id, version: input.expectedVersion + 1 };
}

/** Members move cards; the board of every open browser follows. */
export async function moveCard({ actor: member, input }: { actor: TActor; input: TMoveCardInput }) {
  const moved = await db.$transaction((tx) => placeCard(tx, { actor: member, input }), BUSY_TRANSACTION);
  await publishLiveEvent({ type: "card.moved", ...moved });
  return moved;
}
