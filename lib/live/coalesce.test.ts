import { afterEach, describe, expect, it, vi } from "vitest";
import { coalesce, coalescePerKey } from "./coalesce.ts";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((ok) => (resolve = ok));
  return { promise, resolve };
}

describe("coalesce", () => {
  it("runs once per burst while busy, then once more after the burst, never two at once", async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    let concurrent = 0;
    let most = 0;
    const demand = coalesce(async () => {
      concurrent++;
      most = Math.max(most, concurrent);
      const run = deferred();
      runs.push(run);
      await run.promise;
      concurrent--;
    });
    demand();
    for (let index = 0; index < 50; index++) demand();
    expect(runs).toHaveLength(1);
    runs[0].resolve();
    await expect.poll(() => runs.length).toBe(2);
    runs[1].resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toHaveLength(2);
    expect(most).toBe(1);
    // Idle again: the next demand runs at once.
    demand();
    expect(runs).toHaveLength(3);
  });

  it("keeps going after a failed run", async () => {
    let calls = 0;
    const demand = coalesce(async () => {
      calls++;
      if (calls === 1) throw new Error("réseau");
    });
    demand();
    demand();
    await expect.poll(() => calls).toBe(2);
  });
});

describe("coalesce with a delay (one run per window)", () => {
  afterEach(() => void vi.useRealTimers());

  for (const [demands, spreadMs] of [
    [1, 0],
    [50, 0],
    [50, 99],
    [500, 1_000],
    [2_000, 10_000],
  ] as const) {
    it(`runs ${demands} demand(s) over ${spreadMs} ms at most once per window, the last after the last`, async () => {
      vi.useFakeTimers();
      const window = 100;
      const runsAt: number[] = [];
      const demand = coalesce(
        async () => {
          runsAt.push(Date.now());
          // A run takes time too: demands arriving meanwhile make exactly one more run.
          await new Promise((resolve) => setTimeout(resolve, 30));
        },
        { delayMs: window },
      );
      const start = Date.now();
      let lastDemand = start;
      for (let index = 0; index < demands; index++) {
        const at = start + Math.floor((index * spreadMs) / demands);
        await vi.advanceTimersByTimeAsync(at - Date.now());
        demand();
        lastDemand = Date.now();
      }
      await vi.runAllTimersAsync();
      await demand.settled();
      expect(demand.busy()).toBe(false);
      expect(runsAt.length).toBeGreaterThanOrEqual(1);
      // Bounded by the windows the demands spanned, whatever their number…
      expect(runsAt.length).toBeLessThanOrEqual(Math.floor(spreadMs / window) + 1);
      for (let index = 1; index < runsAt.length; index++) {
        expect(runsAt[index] - runsAt[index - 1]).toBeGreaterThanOrEqual(window);
      }
      // …and the last demand is always followed by a run.
      expect(runsAt.at(-1)).toBeGreaterThanOrEqual(lastDemand);
    });
  }

  it("keeps keys apart and forgets a key once its runs are over", async () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const perRound = coalescePerKey(async (key) => void runs.push(key), { delayMs: 100 });
    for (let index = 0; index < 30; index++) perRound.demand(index % 3 === 0 ? "r1" : "r2");
    expect(perRound.pendingKeys()).toBe(2);
    await vi.advanceTimersByTimeAsync(100);
    await perRound.settled();
    expect(runs.sort()).toEqual(["r1", "r2"]);
    expect(perRound.pendingKeys()).toBe(0);
  });
});
