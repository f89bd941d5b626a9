import type { NextConfig } from "next";
import { staticPageContentSecurityPolicy } from "./lib/security/content-security-policy.ts";
import { allowedDevOrigins } from "./lib/dev-server/allowed-dev-origins.ts";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` opened at 127.0.0.1, [::1] or this machine's network address must hydrate, not only at localhost.
  allowedDevOrigins: allowedDevOrigins(),
  // Static pages (the published sheets) stay in the bounded in-memory cache: unknown slugs cannot fill the disk.
  experimental: { isrFlushToDisk: false },
  // A cache in front may serve a stale published sheet at most this long after it expires (Next's default is a year).
  expireTime: 300,
  // PGlite reads its WASM and data files itself; bundling breaks those reads.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON, CSV, Markdown and event streams: nothing to run or embed. Pages get their nonce policy from proxy.ts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }] },
      // Published sheets are static pages (ISR), outside proxy.ts: see ADR 0010.
      { source: "/cas-usage/:slug", headers: [{ key: "Content-Security-Policy", value: staticPageContentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }) }] },
    ];
  },
};

export default nextConfig;
