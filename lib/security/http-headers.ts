import { NO_CONTENT_SECURITY_POLICY } from "./content-security-policy.ts";

export type THeader = { key: string; value: string };

/** Two years, subdomains included: the value preload lists ask for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Headers of every response. HSTS only in production: under `next dev` it would
 * pin localhost to HTTPS in the developer's browser for two years.
 */
export function securityHeaders({ production }: { production: boolean }): THeader[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : []),
  ];
}

/**
 * What the production server (server.ts) puts on every response before Next
 * sees the request. Next answers some requests before proxy.ts and
 * next.config's headers run (trailing-slash and `//` redirects, malformed
 * %-encodings, `*` or TRACE targets): they keep these. Pages and static
 * pages replace the policy with theirs (setHeader overwrites).
 */
export function baselineHeaders(): THeader[] {
  return [
    ...securityHeaders({ production: true }),
    { key: "Content-Security-Policy", value: NO_CONTENT_SECURITY_POLICY },
  ];
}

/**
 * A whole HTTP/1.1 answer, for the requests Node answers or drops itself, so
 * without Next: what its parser rejects (control characters or raw non-ASCII
 * in the target, unknown method, oversized headers: Node's own answer has no
 * header at all), CONNECT and Upgrade requests (no listener: socket closed).
 */
export function rawPlainResponse(status: 400 | 405 | 408 | 431): string {
  const reason = {
    400: "Bad Request",
    405: "Method Not Allowed",
    408: "Request Timeout",
    431: "Request Header Fields Too Large",
  }[status];
  const body = `${status} ${reason}`;
  const headers = [
    ...baselineHeaders(),
    { key: "Content-Type", value: "text/plain; charset=utf-8" },
    { key: "Content-Length", value: String(body.length) },
    { key: "Connection", value: "close" },
  ];
  return `HTTP/1.1 ${status} ${reason}\r\n${headers.map(({ key, value }) => `${key}: ${value}`).join("\r\n")}\r\n\r\n${body}`;
}

export const statusOfRejectedRequest = (errorCode: string | undefined) =>
  errorCode === "HPE_HEADER_OVERFLOW" ? 431 : errorCode === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;

/**
 * Whether a request target's path decodes as UTF-8 percent-encoding. Next answers a malformed one
 * (`/cas-usage/%ff`, `/%`) with a 500 before any route runs; the production server answers 400 instead.
 */
export function hasDecodablePath(target: string | undefined): boolean {
  const path = (target ?? "/").split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
