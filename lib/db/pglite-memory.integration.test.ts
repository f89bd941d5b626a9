import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";
import { MEMORY_DATA_DIR, openPglite } from "./connection.ts";

// PGlite zeroes its whole shared memory at start: shared_buffers is resident in every process (ADR 0021).
describe("the embedded database's shared memory", () => {
  const previous = process.env.PGLITE_SHARED_BUFFERS_MB;
  afterEach(() => {
    if (previous === undefined) delete process.env.PGLITE_SHARED_BUFFERS_MB;
    else process.env.PGLITE_SHARED_BUFFERS_MB = previous;
    resetEnvCache();
  });

  it.each([
    [undefined, "32MB"],
    ["8", "8MB"],
    ["128", "128MB"],
  ])(
    "PGLITE_SHARED_BUFFERS_MB=%s opens it with shared_buffers = %s, PGlite's own parameters kept",
    async (value, expected) => {
      if (value === undefined) delete process.env.PGLITE_SHARED_BUFFERS_MB;
      else process.env.PGLITE_SHARED_BUFFERS_MB = value;
      resetEnvCache();
      const opened = await openPglite(MEMORY_DATA_DIR);
      try {
        const setting = async (name: string) =>
          (await opened.pglite.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
        expect(await setting("shared_buffers")).toBe(expected);
        expect(await setting("search_path")).toBe("public");
        expect(await setting("max_parallel_workers")).toBe("0");
      } finally {
        await opened.close();
      }
    },
  );
});
