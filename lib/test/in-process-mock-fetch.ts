import { handleMockRequest } from "@/lib/mock-apis/handle-mock-request.ts";

/** A fetch that answers from the mock API handlers in this process, counting attempts. */
export function inProcessMockFetch(extraHeaders: (attempt: number) => Record<string, string> = () => ({})) {
  const attempts: string[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    attempts.push(request.url);
    const headers = new Headers(request.headers);
    for (const [key, value] of Object.entries(extraHeaders(attempts.length))) headers.set(key, value);
    const url = new URL(request.url);
    const body = request.method === "POST" ? await request.text() : undefined;
    return handleMockRequest(
      new Request(url, { method: request.method, headers, body, signal: request.signal }),
      url.pathname.replace("/api/mock/", "").split("/"),
    );
  }) as typeof fetch;
  return { attempts, fetcher };
}
