/** The header that carries a request's id from the proxy to the code that logs, and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

// What a load balancer or a client may send: short, printable, no spaces or separators that could forge a log line.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Keeps a sane incoming id (so that one id follows a request through nginx and the app), otherwise makes one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
