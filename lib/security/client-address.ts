/** The client's address as the reverse proxy reports it, for rate limits only (never stored in clear). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "inconnue";
}
