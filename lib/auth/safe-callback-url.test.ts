import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeRedirectPath, safeRedirectUrl } from "./safe-callback-url.ts";

const ORIGIN = "http://localhost:3000";

describe("safeRedirectPath", () => {
  it.each([
    ["/admin/membres", "/admin/membres"],
    ["/fiches/x?onglet=historique#retours", "/fiches/x?onglet=historique#retours"],
    ["http://localhost:3000/priorisation", "/priorisation"],
    ["cas-usage", "/cas-usage"],
    ["/.//evil.example", "/evil.example"],
    // Same scheme as the base: a browser reads it as a relative path.
    ["http:evil.example", "/evil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    [["/cas-usage", "/x"], "/cas-usage"],
  ])("%j → %j", (input, expected) => {
    expect(safeRedirectPath(input as string | string[], ORIGIN)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    "",
    "https://evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\u0000//evil.example",
    " //evil.example",
    "\u001f//evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "https:/\\evil.example",
    "HTTP://EVIL.EXAMPLE",
    "http://localhost:3000@evil.example/",
    "http://localhost:3000.evil.example/",
    "http://user:pass@localhost:3000/",
    "https://localhost:3000/",
    "http://localhost:3001/",
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    "//\tevil.example",
    "/\t\\evil.example",
  ])("%j → /", (input) => {
    expect(safeRedirectPath(input, ORIGIN)).toBe("/");
  });

  it("turns any string into / or a path of the app's own origin (property)", () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc
        .array(
          fc.constantFrom(
            "/",
            "\\",
            "\t",
            "\n",
            "\r",
            "\u0000",
            " ",
            ".",
            "evil.example",
            "@",
            ":",
            "http:",
            "%2f",
            "?",
            "#",
          ),
          { maxLength: 12 },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const path = safeRedirectPath(input, ORIGIN);
        expect(path.startsWith("/")).toBe(true);
        expect(path).not.toMatch(/^\/[\\/]/);
        expect(path).not.toMatch(/[\u0000-\u001f]/);
        // Read back against any base, the target names no host of its own.
        expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
        expect(new URL(path, "https://ailleurs.example").origin).toBe("https://ailleurs.example");
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("keeps the app's pages and sends everything else home", () => {
    expect(safeRedirectUrl("/fiches", ORIGIN)).toBe("http://localhost:3000/fiches");
    expect(safeRedirectUrl("http://localhost:3000/connexion/verification", ORIGIN)).toBe(
      "http://localhost:3000/connexion/verification",
    );
    expect(safeRedirectUrl("https://evil.example/", ORIGIN)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("/\t/evil.example", ORIGIN)).toBe("http://localhost:3000/");
  });
});
