import ky, { isHTTPError, isTimeoutError } from "ky";
import type { z } from "zod";
import { connectorErrorFor, type TConnectorMessages } from "./connector-error.ts";
import type { TConnectorConfig } from "./connector-config.ts";
import { endpointUrl, ENDPOINTS, type TEndpointKey } from "./endpoints.ts";

export type TRequest = {
  source: string;
  endpoint: TEndpointKey;
  baseUrl: string;
  pathParameters?: Record<string, string>;
  token?: string;
  searchParams?: URLSearchParams | Record<string, string>;
  headers?: Record<string, string>;
  json?: unknown;
  /** Wording of this service's failures where the generic one would mislead. */
  messages?: TConnectorMessages;
  /** Statuses worth another attempt; by default 429 and 5xx. */
  retryStatusCodes?: number[];
};

/**
 * One HTTP call to a public API: timeout per attempt, retries with exponential
 * back-off on 429 and 5xx (Retry-After honoured up to 2 s), the answer checked
 * against its zod schema, every failure mapped to a ConnectorError with a
 * French message. ky does the retrying.
 */
export async function callApi<TSchema extends z.ZodType>(
  config: Pick<TConnectorConfig, "timeoutMs" | "retries" | "fetch">,
  request: TRequest,
  schema: TSchema,
): Promise<z.infer<TSchema>> {
  const method = ENDPOINTS[request.endpoint].method;
  // An empty identifier would call another resource (`/salaries//remunerations`): nothing is sent.
  if (Object.values(request.pathParameters ?? {}).some((value) => !value.trim()))
    throw connectorErrorFor(request.source, "missing-identifier", request.messages);
  let body: unknown;
  try {
    body = await ky(endpointUrl(request.baseUrl, request.endpoint, request.pathParameters), {
      method,
      searchParams: request.searchParams,
      json: request.json,
      headers: {
        Accept: "application/json",
        ...(request.token ? { Authorization: `Bearer ${request.token}` } : {}),
        ...request.headers,
      },
      timeout: config.timeoutMs,
      retry: {
        limit: config.retries,
        methods: ["get", "post"],
        statusCodes: request.retryStatusCodes ?? [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 2_000,
        backoffLimit: 1_000,
        delay: (attempt) => 100 * 2 ** (attempt - 1),
      },
      fetch: config.fetch,
    }).json();
  } catch (error) {
    if (isTimeoutError(error)) throw connectorErrorFor(request.source, "timeout", request.messages);
    if (isHTTPError(error)) throw connectorErrorFor(request.source, error.response.status, request.messages);
    // A 2xx whose body is not JSON is an unusable answer, not an unreachable service.
    if (error instanceof SyntaxError) throw connectorErrorFor(request.source, "invalid-response", request.messages);
    throw connectorErrorFor(request.source, "network", request.messages);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw connectorErrorFor(request.source, "invalid-response", request.messages);
  return parsed.data;
}
