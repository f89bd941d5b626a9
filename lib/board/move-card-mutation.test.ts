import { describe, expect, it } from "vitest";
import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { boardKeys } from "./board-keys.ts";
import { findCard, type TBoardColumn } from "./board-layout.ts";
import { moveCardMutationOptions } from "./move-card-mutation.ts";

const card = (id: string) => ({ id, kind: "irritant" as const, slug: id, title: id, version: 1, detail: "" });
const board = (): TBoardColumn[] => [
  { id: "a", key: null, name: "A", wipLimit: null, cards: [card("c1"), card("c2")] },
  { id: "b", key: null, name: "B", wipLimit: null, cards: [] },
];

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}

describe("moving a card", () => {
  it("shows the move before the server answers, and puts the card back when the server refuses", async () => {
    const client = new QueryClient();
    client.setQueryData(boardKeys.columns(), board());
    const answer = deferred<{ cardId: string; columnId: string; version: number }>();
    const observer = new MutationObserver(
      client,
      moveCardMutationOptions(client, () => answer.promise),
    );
    const done = observer.mutate({ cardId: "c1", toColumnId: "b", toIndex: 0, expectedVersion: 1 }).catch(() => null);
    await expect
      .poll(() => findCard(client.getQueryData<TBoardColumn[]>(boardKeys.columns())!, "c1")?.column.id)
      .toBe("b");
    answer.reject(new Error("Cette carte a été modifiée entre-temps"));
    await done;
    expect(client.getQueryData<TBoardColumn[]>(boardKeys.columns())).toEqual(board());
    expect(observer.getCurrentResult().error?.message).toMatch(/modifiée entre-temps/);
  });

  it("keeps the move when the server accepts it", async () => {
    const client = new QueryClient();
    client.setQueryData(boardKeys.columns(), board());
    const observer = new MutationObserver(
      client,
      moveCardMutationOptions(client, async () => ({ cardId: "c2", columnId: "b", version: 2 })),
    );
    await observer.mutate({ cardId: "c2", toColumnId: "b", toIndex: 0, expectedVersion: 1 });
    expect(findCard(client.getQueryData<TBoardColumn[]>(boardKeys.columns())!, "c2")?.column.id).toBe("b");
  });
});
