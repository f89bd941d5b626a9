import type { NextConfig } from "next";
import { NO_CONTENT_SECURITY_POLICY, staticPageContentSecurityPolicy } from "./lib/security/content-security-policy.ts";
import { securityHeaders } from "./lib/security/http-headers.ts";
import { env, isDevelopmentServer } from "./lib/config/env.ts";
import { allowedDevOrigins } from "./lib/dev-server/allowed-dev-origins.ts";

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
    // Evaluated by `next build` (production) and by `next dev` (development, no HSTS).
    const production = env().NODE_ENV === "production";
    return [
      // Files of public/ and _next/ outside proxy.ts get the no-content policy; server.ts adds it to whatever Next
      // answers before this list applies.
      {
        source: "/:path*",
        headers: [
          ...securityHeaders({ production }),
          { key: "Content-Security-Policy", value: NO_CONTENT_SECURITY_POLICY },
        ],
      },
      // JSON, CSV, Markdown and event streams: nothing to run or embed. Pages get their nonce policy from proxy.ts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NO_CONTENT_SECURITY_POLICY }] },
      // Published sheets are static pages (ISR), outside proxy.ts: see ADR 0010.
      {
        source: "/cas-usage/:slug",
        headers: [
          { key: "Content-Security-Policy", value: staticPageContentSecurityPolicy({ dev: isDevelopmentServer() }) },
        ],
      },
    ];
  },
};

export default nextConfig;
