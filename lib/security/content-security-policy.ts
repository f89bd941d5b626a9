/**
 * Policy of every response that is not a page: JSON, CSV, files, redirects,
 * errors. Nothing may run, load, frame it or be posted from it.
 */
export const NO_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Strict, nonce-based policy: Next.js adds the nonce to its own scripts when it
 * finds it in the request's CSP header (set by proxy.ts). Styles allow inline
 * attributes, which React emits for dynamic styles.
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return policy({
    dev,
    scripts: [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`],
  });
}

/**
 * Policy of the static published-sheet pages (ADR 0010), which are rendered once
 * and served to everyone, so cannot carry a per-request nonce. Next's inline
 * bootstrap scripts need inline script elements; inline event handlers
 * (the usual way injected markup runs code) stay forbidden, and so does eval.
 */
export function staticPageContentSecurityPolicy({ dev }: { dev: boolean }): string {
  return policy({
    dev,
    scripts: [`script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`, "script-src-attr 'none'"],
  });
}

function policy({ dev, scripts }: { dev: boolean; scripts: string[] }): string {
  return [
    "default-src 'self'",
    ...scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}
