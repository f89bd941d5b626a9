import { describe, expect, it } from "vitest";
import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { boardKeys } from "./board-keys.ts";
import { findCard, type TBoardColumn } from "./board-layout.ts";
import { moveCardMutationOptions } from "./move-card-mutation.ts";
import { castVoteMutationOptions } from "@/lib/rounds/cast-vote-mutation.ts";

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
    const observer = new MutationObserver(client, moveCardMutationOptions(client, () => answer.promise));
    const done = observer.mutate({ cardId: "c1", toColumnId: "b", toIndex: 0, expectedVersion: 1 }).catch(() => null);
    await expect.poll(() => findCard(client.getQueryData<TBoardColumn[]>(boardKeys.columns())!, "c1")?.column.id).toBe("b");
    answer.reject(new Error("Cette carte a été modifiée entre-temps"));
    await done;
    expect(client.getQueryData<TBoardColumn[]>(boardKeys.columns())).toEqual(board());
    expect(observer.getCurrentResult().error?.message).toMatch(/modifiée entre-temps/);
  });

  it("keeps the move when the server accepts it", async () => {
    const client = new QueryClient();
    client.setQueryData(boardKeys.columns(), board());
    const observer = new MutationObserver(client, moveCardMutationOptions(client, async () => ({ cardId: "c2", columnId: "b", version: 2 })));
    await observer.mutate({ cardId: "c2", toColumnId: "b", toIndex: 0, expectedVersion: 1 });
    expect(findCard(client.getQueryData<TBoardColumn[]>(boardKeys.columns())!, "c2")?.column.id).toBe("b");
  });
});

describe("casting a vote", () => {
  it("updates the remaining budget at once and rolls back a refused vote", async () => {
    const client = new QueryClient();
    const key = boardKeys.round("r1");
    const initial = { myBallot: { pointsUsed: 9, entries: [{ cardId: "x", points: 3, grade: null }] } };
    client.setQueryData(key, initial);
    const answer = deferred<{ pointsUsed: number; entries: [] }>();
    const observer = new MutationObserver(client, castVoteMutationOptions(client, "r1", () => answer.promise));
    const done = observer.mutate({ cardId: "y", points: 2 }).catch(() => null);
    await expect.poll(() => client.getQueryData<typeof initial>(key)?.myBallot.pointsUsed).toBe(11);
    answer.reject(new Error("Budget dépassé : il vous reste 1 point à répartir sur 10."));
    await done;
    expect(client.getQueryData(key)).toEqual(initial);
  });
});

describe("casting votes quickly", () => {
  it("never lets an earlier answer overwrite a newer vote still on its way", async () => {
    const client = new QueryClient();
    const key = boardKeys.round("r2");
    client.setQueryData(key, { myBallot: { pointsUsed: 0, entries: [] } });
    const answers = [deferred<{ pointsUsed: number; entries: { cardId: string; points: number; grade: null }[] }>(), deferred<{ pointsUsed: number; entries: { cardId: string; points: number; grade: null }[] }>()];
    let call = 0;
    const options = castVoteMutationOptions(client, "r2", () => answers[call++].promise);
    const first = new MutationObserver(client, options).mutate({ cardId: "a", points: 1 });
    const second = new MutationObserver(client, options).mutate({ cardId: "a", points: 2 });
    await expect.poll(() => client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed).toBe(2);
    answers[0].resolve({ pointsUsed: 1, entries: [{ cardId: "a", points: 1, grade: null }] });
    await first;
    expect(client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed).toBe(2);
    answers[1].resolve({ pointsUsed: 2, entries: [{ cardId: "a", points: 2, grade: null }] });
    await second;
    expect(client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed).toBe(2);
  });
});
