import { db } from "@/lib/db/client.ts";

/** Public: the prioritisation board, column by column, in card order. */
export async function getBoardOverview() {
  const columns = await db.boardColumn.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true, name: true, wipLimit: true,
      cards: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          irritant: { select: { slug: true, title: true, category: true } },
          dataItem: { select: { slug: true, name: true, availability: true } },
        },
      },
    },
  });
  return columns.map((column) => ({
    ...column,
    cards: column.cards.map((card) =>
      card.irritant
        ? { id: card.id, kind: "irritant" as const, slug: card.irritant.slug, title: card.irritant.title }
        : { id: card.id, kind: "donnee" as const, slug: card.dataItem!.slug, title: card.dataItem!.name },
    ),
  }));
}
