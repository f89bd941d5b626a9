import { describe, expect, it, vi } from "vitest";
import { perRequest } from "./per-request.ts";

// One server request, as React's cache() behaves inside it: a function without arguments is called once.
vi.mock("react", () => ({
  cache: <T>(make: () => T) => {
    let made: { value: T } | null = null;
    return () => (made ??= { value: make() }).value;
  },
}));

describe("perRequest within one request", () => {
  it("reads once per key, even when each caller builds a new options object", async () => {
    let reads = 0;
    const read = perRequest(
      async ({ id }: { id: string; actor: object | null }) => `${id}:${++reads}`,
      ({ id }) => id,
    );
    expect(
      await Promise.all([read({ id: "a", actor: {} }), read({ id: "a", actor: {} }), read({ id: "b", actor: null })]),
    ).toEqual(["a:1", "a:1", "b:2"]);
  });

  it("does not keep a failed read", async () => {
    let attempts = 0;
    const read = perRequest(
      async (_: { id: string }) => {
        if (++attempts === 1) throw new Error("coupure");
        return attempts;
      },
      ({ id }) => id,
    );
    await expect(read({ id: "a" })).rejects.toThrow("coupure");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await read({ id: "a" })).toBe(2);
  });
});
