import { describe, expect, it } from "vitest";
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { refreshAllWorkshops, refreshWorkshop } from "./refresh-workshop.ts";
import { workshopKeys } from "./workshop-keys.ts";

/** A workshop query whose reads the test releases one by one; `version` is what the server has. */
function setup(id: string) {
  const queryClient = new QueryClient();
  const server = { version: 0 };
  const reads: { startedAt: number; resolve: () => void }[] = [];
  const observer = new QueryObserver(queryClient, {
    queryKey: workshopKeys.one(id),
    staleTime: Infinity,
    initialData: -1,
    queryFn: () =>
      new Promise<number>((resolve) => {
        const seen = server.version;
        reads.push({ startedAt: seen, resolve: () => resolve(seen) });
      }),
  });
  const unsubscribe = observer.subscribe(() => {});
  const settle = async () => {
    for (let round = 0; round < 50 && reads.some((read) => read.resolve); round++) {
      const next = reads.find((read) => read.resolve);
      const resolve = next!.resolve;
      (next as { resolve?: () => void }).resolve = undefined;
      resolve();
      await new Promise((done) => setTimeout(done, 0));
    }
  };
  return {
    queryClient,
    server,
    reads,
    settle,
    value: () => queryClient.getQueryData<number>(workshopKeys.one(id)),
    unsubscribe,
  };
}

describe("refreshWorkshop after live events", () => {
  it("keeps one read in flight and one queued, whatever the burst, and ends on the latest state", async () => {
    const { queryClient, server, reads, settle, value, unsubscribe } = setup("w1");
    const before = reads.length;
    for (let event = 1; event <= 60; event++) {
      server.version = event;
      refreshWorkshop(queryClient, "w1");
    }
    expect(reads.length - before).toBe(1);
    await settle();
    // The burst cost two reads (the one in flight and one after it), and the last saw every change.
    expect(reads.length - before).toBe(2);
    expect(value()).toBe(60);
    unsubscribe();
  });

  it("reads again when an event arrives while a read started earlier is in flight", async () => {
    const { queryClient, server, settle, value, unsubscribe } = setup("w2");
    // A read of its own (a reconnection) is in flight when the change happens and its event arrives.
    void queryClient.refetchQueries({ queryKey: workshopKeys.one("w2") });
    server.version = 1;
    refreshWorkshop(queryClient, "w2");
    await settle();
    expect(value()).toBe(1);
    refreshAllWorkshops(queryClient);
    server.version = 2;
    refreshAllWorkshops(queryClient);
    await settle();
    expect(value()).toBe(2);
    unsubscribe();
  });
});
