/**
 * Redirect targets supplied by a visitor (`callbackUrl`…) are parsed exactly as a
 * browser parses them (WHATWG URL, against this app's origin): tabs and newlines
 * vanish, backslashes are slashes, leading controls are dropped, so that
 * `/\t/evil.example` or `\x00//evil.example` are seen as the other site they are.
 * Only targets that stay on the app's origin are kept, as a path that cannot be
 * read as another host (never `//…`); anything else becomes `/`.
 */
export function safeRedirectPath(value: string | string[] | undefined | null, origin: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "") return "/";
  let appOrigin: string;
  let url: URL;
  try {
    appOrigin = new URL(origin).origin;
    url = new URL(raw, `${appOrigin}/`);
  } catch {
    return "/";
  }
  if (url.origin !== appOrigin || url.username || url.password) return "/";
  // `/.//evil.example` parses to the path `//evil.example`, which would read as a host once sent back.
  return `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
}

/** next-auth's `redirect` callback: the same rule, as an absolute URL on the app's origin. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  return `${new URL(baseUrl).origin}${safeRedirectPath(url, baseUrl)}`;
}
