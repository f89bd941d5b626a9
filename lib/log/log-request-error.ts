import "server-only";
import type { Instrumentation } from "next";
import { loggerForRequest } from "./logger.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.ts";

type TRequest = Parameters<Instrumentation.onRequestError>[1];
type TContext = Parameters<Instrumentation.onRequestError>[2];

/** One error line for a failed request, under the request's id, with the digest its error page shows. */
export function logRequestError(error: unknown, request: TRequest, context: TContext): void {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const requestId = requestIdFrom(Array.isArray(incoming) ? incoming[0] : incoming);
  const digest = error && typeof error === "object" && "digest" in error ? String(error.digest) : undefined;
  loggerForRequest(requestId).error(
    {
      err: error,
      digest,
      method: request.method,
      // Without the query string: it may carry an address or a token.
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "requête en erreur",
  );
}
