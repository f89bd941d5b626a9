import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { loggerForRequest } from "./logger.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.ts";

/**
 * The logger of the request being served (route handler, server action, server component): its id is the
 * one proxy.ts set on the request. Outside a request (scheduler, scripts) use `loggerForTask`.
 */
export async function requestLogger(): Promise<{ log: Logger; requestId: string }> {
  // Called outside a request (a test calling an action directly), headers() throws: the line gets a fresh id.
  const incoming = await headers().then((list) => list.get(REQUEST_ID_HEADER), () => null);
  const requestId = requestIdFrom(incoming);
  return { log: loggerForRequest(requestId), requestId };
}
