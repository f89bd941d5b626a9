import { describe, expect, it } from "vitest";
import { applyCardMove, findCard, wouldExceedWipLimit, type TBoardColumn } from "./board-layout.ts";

const card = (id: string, version = 1) => ({
  id,
  kind: "irritant" as const,
  slug: id,
  title: id.toUpperCase(),
  version,
  detail: "",
});
const board: TBoardColumn[] = [
  { id: "a", key: "signale", name: "Signalé", wipLimit: null, cards: [card("c1"), card("c2"), card("c3")] },
  { id: "b", key: "priorise", name: "Priorisé", wipLimit: 2, cards: [card("c4")] },
];
const ids = (columns: TBoardColumn[]) => columns.map((column) => column.cards.map((c) => c.id));

describe("applyCardMove", () => {
  it("moves a card to another column at the given index and bumps its version", () => {
    const after = applyCardMove(board, { cardId: "c2", toColumnId: "b", toIndex: 0 });
    expect(ids(after)).toEqual([
      ["c1", "c3"],
      ["c2", "c4"],
    ]);
    expect(findCard(after, "c2")?.card.version).toBe(2);
    expect(ids(board)).toEqual([["c1", "c2", "c3"], ["c4"]]);
  });

  it("reorders inside a column, counting the index without the moved card", () => {
    expect(ids(applyCardMove(board, { cardId: "c1", toColumnId: "a", toIndex: 2 }))).toEqual([
      ["c2", "c3", "c1"],
      ["c4"],
    ]);
    expect(ids(applyCardMove(board, { cardId: "c3", toColumnId: "a", toIndex: 0 }))).toEqual([
      ["c3", "c1", "c2"],
      ["c4"],
    ]);
  });

  it("clamps out-of-range indexes and ignores unknown cards or columns", () => {
    expect(ids(applyCardMove(board, { cardId: "c1", toColumnId: "b", toIndex: 99 }))).toEqual([
      ["c2", "c3"],
      ["c4", "c1"],
    ]);
    expect(applyCardMove(board, { cardId: "zz", toColumnId: "b", toIndex: 0 })).toBe(board);
    expect(applyCardMove(board, { cardId: "c1", toColumnId: "zz", toIndex: 0 })).toBe(board);
  });

  it("uses the server's version when given", () => {
    expect(findCard(applyCardMove(board, { cardId: "c1", toColumnId: "b", toIndex: 0 }, 7), "c1")?.card.version).toBe(
      7,
    );
  });
});

describe("wouldExceedWipLimit", () => {
  it("refuses a card entering a full column but not a move inside it", () => {
    const full = { ...board[1], cards: [card("c4"), card("c5")] };
    expect(wouldExceedWipLimit(full, "c1")).toBe(true);
    expect(wouldExceedWipLimit(full, "c4")).toBe(false);
    expect(wouldExceedWipLimit(board[1], "c1")).toBe(false);
    expect(wouldExceedWipLimit(board[0], "c4")).toBe(false);
  });
});
