/** A coalesced task: call it to ask for a run; `settled` resolves once no run is waiting or under way. */
export type TCoalesced = { (): void; settled: () => Promise<void>; busy: () => boolean };

/**
 * Runs `task` on demand, never twice at once: a demand arriving while it runs
 * makes exactly one more run once it ends, however many arrived, and the last
 * run always starts after the last demand. With `delayMs`, each run starts that
 * long after the demand that called for it, so that a burst of demands costs
 * one run per window: the participation of a round is published at most once
 * per window whatever the number of votes (publish-round-participation.ts).
 */
export function coalesce(task: () => Promise<unknown>, { delayMs = 0 }: { delayMs?: number } = {}): TCoalesced {
  let state: "idle" | "waiting" | "running" = "idle";
  let again = false;
  let done: Promise<void> = Promise.resolve();
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));
  const run = async () => {
    if (delayMs > 0) await pause();
    state = "running";
    try {
      do {
        again = false;
        await task().catch(() => undefined);
        if (again && delayMs > 0) await pause();
      } while (again);
    } finally {
      state = "idle";
    }
  };
  const demand = () => {
    if (state === "running") again = true;
    else if (state === "idle") {
      state = "waiting";
      done = run();
    }
  };
  return Object.assign(demand, { settled: () => done, busy: () => state !== "idle" });
}

/**
 * `coalesce` per key (a round id, say): keys are independent, and a key is forgotten
 * once its runs are over, so the map holds only the keys with a run waiting or under way.
 */
export function coalescePerKey(task: (key: string) => Promise<unknown>, options: { delayMs?: number } = {}) {
  const pending = new Map<string, TCoalesced>();
  return {
    demand(key: string): void {
      let coalesced = pending.get(key);
      if (!coalesced) {
        const created = coalesce(() => task(key), options);
        pending.set(key, created);
        coalesced = created;
      }
      coalesced();
      const current = coalesced;
      void current.settled().then(() => {
        if (!current.busy() && pending.get(key) === current) pending.delete(key);
      });
    },
    /** Resolves once every key's runs are over (shutdown, tests). */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending.values()].map((coalesced) => coalesced.settled()));
    },
    pendingKeys: () => pending.size,
  };
}
