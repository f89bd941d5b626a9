import { describe, expect, it } from "vitest";
import { sharedFreshRead } from "./shared-fresh-read.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}

describe("sharedFreshRead", () => {
  it("shares one read among the callers of a burst, and gives later callers a read started after them", async () => {
    const loads: { key: string; answer: ReturnType<typeof deferred<number>> }[] = [];
    const read = sharedFreshRead((key) => {
      const answer = deferred<number>();
      loads.push({ key, answer });
      return answer.promise;
    });
    const first = read("r1");
    const duringFirst = Array.from({ length: 20 }, () => read("r1"));
    const otherRound = read("r2");
    expect(loads.map((load) => load.key)).toEqual(["r1", "r2"]);
    loads[0].answer.resolve(1);
    expect(await first).toBe(1);
    // The 20 callers who arrived while the first read ran share a second one, started after them.
    await expect.poll(() => loads.length).toBe(3);
    loads[2].answer.resolve(2);
    expect(await Promise.all(duringFirst)).toEqual(Array(20).fill(2));
    loads[1].answer.resolve(7);
    expect(await otherRound).toBe(7);
    // Idle again: a new caller starts a read at once.
    const later = read("r1");
    expect(loads).toHaveLength(4);
    loads[3].answer.resolve(3);
    expect(await later).toBe(3);
  });

  it("passes a failure to the callers of that read only, and reads again for the next ones", async () => {
    let attempt = 0;
    const read = sharedFreshRead(async () => {
      attempt++;
      if (attempt === 1) throw new Error("base indisponible");
      return attempt;
    });
    await expect(read("r")).rejects.toThrow("base indisponible");
    expect(await read("r")).toBe(2);
  });
});
