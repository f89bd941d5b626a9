import ky, { isHTTPError, isTimeoutError } from "ky";
import { connectorErrorFor } from "./connector-error.ts";
import type { TConnectorConfig } from "./connector-config.ts";

export type TRequest = {
  source: string; url: string; token?: string; method?: "GET" | "POST";
  searchParams?: URLSearchParams | Record<string, string>; headers?: Record<string, string>; json?: unknown;
};

/**
 * One HTTP call to a public API: timeout per attempt, retries with exponential
 * back-off on 429 and 5xx (Retry-After honoured up to 2 s), errors mapped to
 * French messages. ky does the retrying.
 */
export async function callApi<T>(config: Pick<TConnectorConfig, "timeoutMs" | "retries" | "fetch">, request: TRequest): Promise<T> {
  try {
    return await ky(request.url, {
      method: request.method ?? "GET",
      searchParams: request.searchParams,
      json: request.json,
      headers: { Accept: "application/json", ...(request.token ? { Authorization: `Bearer ${request.token}` } : {}), ...request.headers },
      timeout: config.timeoutMs,
      retry: {
        limit: config.retries,
        methods: ["get", "post"],
        statusCodes: [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 2_000,
        backoffLimit: 1_000,
        delay: (attempt) => 100 * 2 ** (attempt - 1),
      },
      fetch: config.fetch,
    }).json<T>();
  } catch (error) {
    if (isTimeoutError(error)) throw connectorErrorFor(request.source, "timeout");
    if (isHTTPError(error)) throw connectorErrorFor(request.source, error.response.status);
    throw connectorErrorFor(request.source, "network");
  }
}
