import { NextRequest } from "next/server";
import { readBody } from "@/lib/http/read-body.ts";
import { clientKey } from "@/lib/security/client-address.ts";
import { hitRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";

/** next-auth's forms are a few hundred bytes (address, CSRF token, callback URL). */
export const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * What reaches next-auth: a POST's body read within its limit (BodyTooLargeError
 * past it) and handed over in a new request, and sign-in link requests counted
 * per client first. Past that count the client gets 429 and Retry-After, and no
 * token or e-mail is made; the per-mailbox budget is lib/auth/send-sign-in-email.ts.
 */
export async function prepareAuthRequest(request: Request, [action, provider]: string[]): Promise<Request | Response> {
  if (request.method !== "POST") return request;
  const body = await readBody(request, AUTH_BODY_LIMIT_BYTES);
  if (action === "signin" && provider === "email") {
    const limit = await hitRateLimit(RATE_LIMITS.signInClient(), clientKey(request.headers));
    if (!limit.allowed) {
      // next-auth's client follows `url`: the person lands on a page that explains the wait.
      return Response.json(
        { url: `/connexion/erreur?error=RateLimited&retry=${limit.retryAfterSeconds}` },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds), "Cache-Control": "no-store" } },
      );
    }
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new NextRequest(request.url, { method: "POST", headers, body: body as BodyInit, signal: request.signal });
}
