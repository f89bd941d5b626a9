import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticPageContentSecurityPolicy } from "./content-security-policy.ts";

describe("contentSecurityPolicy", () => {
  it("allows only scripts carrying the request's nonce and forbids framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("lets the development server evaluate code and open its websocket", () => {
    const policy = contentSecurityPolicy({ nonce: "n", dev: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws:");
  });

  it("gives static pages inline script elements but no inline handlers, eval, plugins or framing", () => {
    const policy = staticPageContentSecurityPolicy({ dev: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
