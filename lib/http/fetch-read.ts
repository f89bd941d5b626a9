/** The client side of read-route.ts: GET a read route, answer its data or an Error with the French message. */
export async function fetchRead<T>(url: string, fallback: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store", signal });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? fallback);
  return body as T;
}
