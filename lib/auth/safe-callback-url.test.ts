import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url.ts";

describe("safeCallbackUrl", () => {
  it.each([
    ["/admin/membres", "/admin/membres"],
    [undefined, "/"],
    ["https://evil.example", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    [["/cas-usage", "/x"], "/cas-usage"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input as string | string[] | undefined)).toBe(expected);
  });
});
