import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce.ts";

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
