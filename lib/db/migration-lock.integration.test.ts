import { describe, expect, it } from "vitest";
import { withMigrationLock } from "./migration-lock.ts";

// The lock is PostgreSQL's (the embedded database has one process, nothing to exclude).
describe.runIf(process.env.TEST_DATABASE_URL)("withMigrationLock on PostgreSQL", () => {
  const url = process.env.TEST_DATABASE_URL!;

  it("lets one holder work at a time: the others wait for it, then run", async () => {
    let inside = 0;
    let mostInside = 0;
    const order: number[] = [];
    const work = (id: number) => async () => {
      inside++;
      mostInside = Math.max(mostInside, inside);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(id);
      inside--;
      return id;
    };
    const results = await Promise.all([1, 2, 3, 4].map((id) => withMigrationLock(url, work(id))));
    expect(results).toEqual([1, 2, 3, 4]);
    expect(order.sort()).toEqual([1, 2, 3, 4]);
    expect(mostInside).toBe(1);
  });

  it("releases the lock when the work fails", async () => {
    await expect(
      withMigrationLock(url, async () => {
        throw new Error("migration en échec");
      }),
    ).rejects.toThrow("migration en échec");
    expect(await withMigrationLock(url, async () => "suivante")).toBe("suivante");
  });
});
