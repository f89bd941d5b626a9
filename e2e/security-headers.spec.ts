// Every response of the production server carries a strict Content-Security-Policy
// and HSTS, whatever the path, method or headers: pages, static pages, API routes,
// files, Next's own redirects and errors, and requests Node's parser rejects.
// Requests go through a raw socket, so the server receives the bytes as written.
import fc from "fast-check";
import { test, expect } from "./fixtures.ts";
import { rawRequest, type TRawResponse } from "../scripts/lib/raw-http.ts";
import { STRICT_TRANSPORT_SECURITY } from "../lib/security/http-headers.ts";

const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "FOO"];
const HEADER_SETS: Record<string, string>[] = [
  {},
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { "Next-Action": "0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" },
  { "Next-Action": "x", "Content-Type": "multipart/form-data; boundary=----x" },
  { "Content-Type": "application/x-www-form-urlencoded" },
  { "Sec-Fetch-Dest": "image" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  {
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
  },
];

const FIXED: { method: string; target: string; headers?: Record<string, string> }[] = [
  ...[
    "/",
    "/irritants",
    "/cas-usage",
    "/cas-usage/formation-financee",
    "/cas-usage/inconnue",
    "/cas-usage/a/b",
    "/cas-usage/",
    "/nulle-part",
    "/api/health",
    "/api/inconnue",
    "/api/",
    "/api/public/v1/use-cases",
    "/api/mock/api-entreprise/v3/x",
    "/_next/static/inconnu.js",
    "/_next/image",
    "/_next/image?url=/favicon.svg&w=64&q=75",
    "/_next/",
    "/favicon.svg",
    "/favicon.svg?x",
    "/favicon.svg/",
    "/favicon.ico",
    "/robots.txt",
    "//",
    "//exemple.fr",
    "/\\exemple.fr",
    "/%",
    "/%zz",
    "/%ff",
    "/%00",
    "/%c0%af",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/a%0d%0aSet-Cookie:x=y",
    "/cas-usage/%ff",
    "/cas-usage/%",
    "/_next/static/%",
    "/?%",
    "*",
    "/é",
    "/a\u0001b",
    "/a\u007fb",
    "/a\tb",
    "/a b",
    "/" + "a".repeat(5000),
  ].flatMap((target) => ["GET", "HEAD", "OPTIONS", "POST", "TRACE"].map((method) => ({ method, target }))),
  ...HEADER_SETS.flatMap((headers) =>
    ["/", "/cas-usage/formation-financee", "/nulle-part"].map((target) => ({ method: "POST", target, headers })),
  ),
  { method: "GET", target: "/", headers: { "X-Big": "x".repeat(20_000) } },
];

// Pieces of targets that scanners and broken clients send: encodings Next cannot decode, control and
// non-ASCII bytes, traversal, route prefixes that take other code paths.
const SEGMENTS = [
  "",
  "a",
  "cas-usage",
  "formation-financee",
  "api",
  "mock",
  "_next",
  "static",
  "image",
  "data",
  "favicon.svg",
  "public",
  "..",
  ".",
  "%",
  "%zz",
  "%ff",
  "%00",
  "%2f",
  "%2e%2e",
  "%0d%0a",
  "%C3%A9",
  "é",
  "\u0001",
  "\u007f",
  "*",
  ";",
  "~",
  "%20",
  "\\",
  "index.html",
  "page.rsc",
];

function expectStrictHeaders(label: string, response: TRawResponse) {
  const policies = response.headers.get("content-security-policy") ?? [];
  expect(policies.length, `${label} : aucune Content-Security-Policy`).toBeGreaterThan(0);
  for (const policy of policies) {
    expect(policy, label).not.toContain("unsafe-eval");
    expect(policy, label).toContain("frame-ancestors 'none'");
    expect(policy, label).toMatch(/default-src 'none'|object-src 'none'/);
  }
  expect(response.header("strict-transport-security"), label).toBe(STRICT_TRANSPORT_SECURITY);
  expect(response.header("x-content-type-options"), label).toBe("nosniff");
}

test("every response carries a strict CSP and HSTS, whatever the path, method or headers", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const port = Number(new URL(baseURL!).port);
  const statuses = new Set<number>();
  const probe = async ({
    method,
    target,
    headers,
  }: {
    method: string;
    target: string;
    headers?: Record<string, string>;
  }) => {
    const response = await rawRequest({ port, method, target, headers });
    statuses.add(response.status);
    expectStrictHeaders(
      `${method} ${JSON.stringify(target.slice(0, 80))} ${JSON.stringify(headers ?? {})} → ${response.status}`,
      response,
    );
  };

  for (const request of FIXED) await probe(request);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...METHODS),
      fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }),
      fc.constantFrom("", "/", "?", "?%", "?x=%ff", "?_rsc=1", "#x"),
      fc.constantFrom(...HEADER_SETS),
      async (method, segments, suffix, headers) =>
        probe({ method, target: `/${segments.join("/")}${suffix}`, headers }),
    ),
    { numRuns: 250 },
  );
  // The variants reached the code paths that answered without headers before: pages, redirects, 4xx and 5xx.
  for (const status of [200, 308, 400, 404])
    expect(statuses, `statuts obtenus : ${[...statuses].join(", ")}`).toContain(status);
});
