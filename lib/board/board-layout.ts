import { plural } from "@/lib/format.ts";
/** The board as the browser holds it; shared by the server query and the optimistic update. */
export type TBoardCard = {
  id: string;
  kind: "irritant" | "donnee";
  slug: string;
  title: string;
  version: number;
  /** Irritant category or data availability, shown as a tag. */
  detail: string;
};
export type TBoardColumn = {
  id: string;
  key: string | null;
  name: string;
  wipLimit: number | null;
  cards: TBoardCard[];
};
export type TCardMove = { cardId: string; toColumnId: string; toIndex: number };

export const KIND_LABELS: Record<TBoardCard["kind"], string> = { irritant: "Irritant", donnee: "Donnée" };

export function findCard(
  columns: TBoardColumn[],
  cardId: string,
): { column: TBoardColumn; index: number; card: TBoardCard } | null {
  for (const column of columns) {
    const index = column.cards.findIndex((card) => card.id === cardId);
    if (index >= 0) return { column, index, card: column.cards[index] };
  }
  return null;
}

/** True when moving the card into the column would go over its WIP limit (moves inside a column never do). */
export function wouldExceedWipLimit(
  column: Pick<TBoardColumn, "wipLimit"> & { cards: { id: string }[] },
  cardId: string,
): boolean {
  if (column.wipLimit == null) return false;
  if (column.cards.some((card) => card.id === cardId)) return false;
  return column.cards.length + 1 > column.wipLimit;
}

export function wipLimitMessage(columnName: string, wipLimit: number): string {
  return `La colonne « ${columnName} » est limitée à ${wipLimit} carte${plural(wipLimit)} en cours : terminez ou déplacez une carte avant d'en ajouter une.`;
}

/**
 * The board after a move, `toIndex` counted in the destination column without
 * the moved card. Returns the same board when the card is unknown.
 */
export function applyCardMove(columns: TBoardColumn[], move: TCardMove, nextVersion?: number): TBoardColumn[] {
  const found = findCard(columns, move.cardId);
  if (!found || !columns.some((column) => column.id === move.toColumnId)) return columns;
  const moved = { ...found.card, version: nextVersion ?? found.card.version + 1 };
  return columns.map((column) => {
    const cards = column.cards.filter((card) => card.id !== move.cardId);
    if (column.id !== move.toColumnId) return cards.length === column.cards.length ? column : { ...column, cards };
    const index = Math.max(0, Math.min(move.toIndex, cards.length));
    return { ...column, cards: [...cards.slice(0, index), moved, ...cards.slice(index)] };
  });
}
