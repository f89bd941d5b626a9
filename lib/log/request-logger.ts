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
  const requestId = requestIdFrom(await incomingRequestId());
  return { log: loggerForRequest(requestId), requestId };
}

async function incomingRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // Outside a request (the scheduler's e-mails, a test calling an action directly) there are no headers:
    // the lines get a fresh id.
    return null;
  }
}
