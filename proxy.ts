import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy.ts";
import { isDevelopmentServer } from "@/lib/config/env.ts";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce, dev: isDevelopmentServer() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // API routes answer data, not pages: their fixed policy comes from next.config.ts, without the cost of this proxy.
  // Server action calls (Next-Action header) answer an RSC payload, never a document to protect with a nonce;
  // a form posted without JavaScript carries no such header and still gets its page's policy.
  // Published sheet pages (/cas-usage/<slug>, one segment) are static (ISR): their policy is the fixed one of
  // next.config.ts (ADR 0010); deeper paths there are ordinary 404 pages and get their nonce here.
  matcher: [{ source: "/((?!api/|cas-usage/[^/]+$|_next/static|_next/image|favicon.ico|favicon.svg).*)", missing: [{ type: "header", key: "next-action" }] }],
};
