import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy.ts";
import { isDevelopmentServer } from "@/lib/config/env.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id.ts";

export function proxy(request: NextRequest) {
  // Every page request gets an id: logged on each of its lines, returned in the response (ADR 0016). The production
  // server (server.ts) has already set it, for every request; under `next dev` pages get theirs here.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce, dev: isDevelopmentServer() });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // API routes answer data, not pages: their fixed policy comes from next.config.ts, and a proxy matching them would
  // make Next buffer each request body whole before the route may refuse it. Server action calls (Next-Action
  // header) answer an RSC payload, never a document to protect with a nonce, for the same reason; a form posted
  // without JavaScript carries no such header and still gets its page's policy. Published sheet pages
  // (/cas-usage/<slug>, one segment) are static (ISR): their policy is the fixed one of next.config.ts (ADR 0010);
  // deeper paths there are ordinary 404 pages and get their nonce here. Static files need neither.
  matcher: [
    {
      source: "/((?!api/|cas-usage/[^/]+$|_next/static|_next/image|favicon.ico|favicon.svg).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
