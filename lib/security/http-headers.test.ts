import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";
import { NO_CONTENT_SECURITY_POLICY } from "./content-security-policy.ts";
import {
  STRICT_TRANSPORT_SECURITY,
  baselineHeaders,
  hasDecodablePath,
  rawPlainResponse,
  securityHeaders,
  statusOfRejectedRequest,
} from "./http-headers.ts";

const valueOf = (headers: { key: string; value: string }[], key: string) =>
  headers.find((header) => header.key.toLowerCase() === key.toLowerCase())?.value;

describe("security headers", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
  });

  it("send HSTS for two years with subdomains in production only", () => {
    expect(valueOf(securityHeaders({ production: true }), "Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(valueOf(securityHeaders({ production: false }), "Strict-Transport-Security")).toBeUndefined();
  });

  it.each([
    ["production", true],
    ["development", false],
    ["test", false],
  ] as const)("next.config under NODE_ENV=%s: HSTS %s, a strict policy on every path", async (mode, hsts) => {
    vi.stubEnv("NODE_ENV", mode);
    resetEnvCache();
    const { default: config } = await import("../../next.config.ts");
    const rules = await config.headers!();
    const everyPath = rules.find((rule) => rule.source === "/:path*")!.headers;
    expect(valueOf(everyPath, "Strict-Transport-Security")).toBe(hsts ? STRICT_TRANSPORT_SECURITY : undefined);
    expect(valueOf(everyPath, "Content-Security-Policy")).toBe(NO_CONTENT_SECURITY_POLICY);
    for (const rule of rules) {
      const policy = valueOf(rule.headers, "Content-Security-Policy");
      if (!policy) continue;
      expect(policy).toContain("frame-ancestors 'none'");
      if (mode === "production") expect(policy).not.toContain("unsafe-eval");
    }
  });

  it("give the production server's baseline the no-content policy and HSTS", () => {
    expect(valueOf(baselineHeaders(), "Content-Security-Policy")).toBe(NO_CONTENT_SECURITY_POLICY);
    expect(valueOf(baselineHeaders(), "Strict-Transport-Security")).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it.each([
    [undefined, 400],
    ["HPE_INVALID_METHOD", 400],
    ["HPE_HEADER_OVERFLOW", 431],
    ["ERR_HTTP_REQUEST_TIMEOUT", 408],
  ] as const)("answers a request Node rejects (%s) with %i and the headers", (code, status) => {
    expect(statusOfRejectedRequest(code)).toBe(status);
    const raw = rawPlainResponse(statusOfRejectedRequest(code));
    const [head, body] = raw.split("\r\n\r\n");
    const [statusLine, ...lines] = head.split("\r\n");
    expect(statusLine).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(lines).toContain(`Content-Security-Policy: ${NO_CONTENT_SECURITY_POLICY}`);
    expect(lines).toContain(`Strict-Transport-Security: ${STRICT_TRANSPORT_SECURITY}`);
    expect(lines).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
  });

  it.each(["/cas-usage/%ff", "/%", "/a%zz", "/%E0%A4%A", "/fiches/%C0%AF?x=1"])(
    "finds the malformed path %s undecodable",
    (target) => {
      expect(hasDecodablePath(target)).toBe(false);
    },
  );

  it.each(["/", "/cas-usage/formation-financee", "/cas-usage/caf%C3%A9", "/recherche?q=%ff", "/a%20b#%zz", undefined])(
    "accepts the decodable target %s",
    (target) => {
      expect(hasDecodablePath(target)).toBe(true);
    },
  );
});
