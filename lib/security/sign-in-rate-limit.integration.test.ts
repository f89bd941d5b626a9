import { describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";

describe("sign-in rate limit", () => {
  it("answers 429 with Retry-After and a page to explain, before any e-mail is sent", async () => {
    process.env.SIGN_IN_RATE_LIMIT = "0";
    resetEnvCache();
    const { POST } = await import("@/app/api/auth/[...nextauth]/route.ts");
    const body = new URLSearchParams({ email: "quelqu.un@exemple.fr", csrfToken: "x", callbackUrl: "/" });
    const response = await POST(
      new Request("http://localhost:3000/api/auth/signin/email", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.7" } }),
      { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ url: expect.stringMatching(/^\/connexion\/erreur\?error=RateLimited&retry=\d+$/) });
    delete process.env.SIGN_IN_RATE_LIMIT;
    resetEnvCache();
  });
});
