import { db } from "@/lib/db/client.ts";
import { AVAILABILITY_LABELS, CATEGORY_LABELS } from "@/lib/catalogue/labels.ts";
import type { TBoardColumn } from "./board-layout.ts";
import { cardSubject } from "./card-subject.ts";

/** Public: the prioritisation board, column by column, in card order. */
export async function getBoard(): Promise<TBoardColumn[]> {
  const columns = await db.boardColumn.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      wipLimit: true,
      cards: {
        // Cards of retired entries leave the board with them (and come back if the entry is restored).
        where: { OR: [{ irritant: { is: { retiredAt: null } } }, { dataItem: { is: { retiredAt: null } } }] },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          version: true,
          irritant: { select: { slug: true, title: true, category: true } },
          dataItem: { select: { slug: true, name: true, availability: true } },
        },
      },
    },
  });
  return columns.map((column) => ({
    ...column,
    cards: column.cards.map((card) => {
      const subject = cardSubject(card);
      return subject.kind === "irritant"
        ? {
            id: card.id,
            version: card.version,
            kind: subject.kind,
            slug: subject.irritant.slug,
            title: subject.irritant.title,
            detail: CATEGORY_LABELS[subject.irritant.category],
          }
        : {
            id: card.id,
            version: card.version,
            kind: subject.kind,
            slug: subject.dataItem.slug,
            title: subject.dataItem.name,
            detail: AVAILABILITY_LABELS[subject.dataItem.availability],
          };
    }),
  }));
}
