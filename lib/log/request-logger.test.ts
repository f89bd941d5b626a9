import { describe, expect, it } from "vitest";
import { requestLogger } from "./request-logger.ts";

describe("requestLogger", () => {
  it("outside a request (a scheduler tick), gives a fresh id instead of failing", async () => {
    const first = await requestLogger();
    const second = await requestLogger();
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.requestId).not.toBe(first.requestId);
    expect(first.log.bindings()).toMatchObject({ requestId: first.requestId });
  });
});
