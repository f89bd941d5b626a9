import { describe, expect, it } from "vitest";
import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { castVoteMutationOptions } from "./cast-vote-mutation.ts";
import { roundKeys } from "./round-keys.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}

describe("casting a vote", () => {
  it("updates the remaining budget at once and rolls back a refused vote", async () => {
    const client = new QueryClient();
    const key = roundKeys.detail("r1");
    const initial = { myBallot: { pointsUsed: 9, entries: [{ cardId: "x", points: 3, grade: null }] } };
    client.setQueryData(key, initial);
    const answer = deferred<{ pointsUsed: number; entries: [] }>();
    const observer = new MutationObserver(
      client,
      castVoteMutationOptions(client, "r1", () => answer.promise),
    );
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
    const key = roundKeys.detail("r2");
    client.setQueryData(key, { myBallot: { pointsUsed: 0, entries: [] } });
    const answers = [
      deferred<{ pointsUsed: number; entries: { cardId: string; points: number; grade: null }[] }>(),
      deferred<{ pointsUsed: number; entries: { cardId: string; points: number; grade: null }[] }>(),
    ];
    let call = 0;
    const options = castVoteMutationOptions(client, "r2", () => answers[call++].promise);
    const first = new MutationObserver(client, options).mutate({ cardId: "a", points: 1 });
    const second = new MutationObserver(client, options).mutate({ cardId: "a", points: 2 });
    await expect
      .poll(() => client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed)
      .toBe(2);
    answers[0].resolve({ pointsUsed: 1, entries: [{ cardId: "a", points: 1, grade: null }] });
    await first;
    expect(client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed).toBe(2);
    answers[1].resolve({ pointsUsed: 2, entries: [{ cardId: "a", points: 2, grade: null }] });
    await second;
    expect(client.getQueryData<{ myBallot: { pointsUsed: number } }>(key)?.myBallot.pointsUsed).toBe(2);
  });
});

describe("after one's own vote", () => {
  it("reads the round again but not who voted, which comes with the next `ballot.cast` event (ADR 0031)", async () => {
    const client = new QueryClient();
    const reads = { round: 0, participation: 0 };
    const round = new QueryObserver(client, {
      queryKey: roundKeys.detail("r3"),
      staleTime: Infinity,
      initialData: { myBallot: { pointsUsed: 0, entries: [] } },
      queryFn: async () => (reads.round++, { myBallot: { pointsUsed: 1, entries: [] } }),
    });
    const participation = new QueryObserver(client, {
      queryKey: roundKeys.participation("r3"),
      staleTime: Infinity,
      initialData: { voters: 0, eligible: 2, rate: 0 },
      queryFn: async () => (reads.participation++, { voters: 1, eligible: 2, rate: 0.5 }),
    });
    // Active queries, as on an open page.
    const stop = [round.subscribe(() => {}), participation.subscribe(() => {})];
    const options = castVoteMutationOptions(client, "r3", async () => ({ pointsUsed: 1, entries: [] }));
    await new MutationObserver(client, options).mutate({ cardId: "a", points: 1 });
    await expect.poll(() => reads.round).toBe(1);
    expect(reads.participation).toBe(0);
    for (const unsubscribe of stop) unsubscribe();
  });
});
