import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The TCP peer's address, as Node's HTTP server saw the socket, carried to route
 * handlers and server actions in a request header.
 *
 * Why a header of our own: `next start` (Next 16, base-server.js) sets
 * `X-Forwarded-For` to the socket's address only when the request has none
 * (`??=`), so a client that sends its own `X-Forwarded-For` hides the socket's
 * address from every handler, and Next exposes the socket nowhere else. Node
 * publishes each request on the `http.server.request.start` diagnostics channel
 * synchronously, before any listener runs: stamping there overwrites whatever a
 * client sent. The value carries a random per-process token, so a request that
 * reached the server before the stamp was installed (start-up) cannot pass a
 * forged stamp off as ours.
 */
export const PEER_ADDRESS_HEADER = "x-atelier-peer-address";

const TOKEN_KEY = Symbol.for("atelier.peerAddressToken");
const INSTALLED_KEY = Symbol.for("atelier.peerAddressStampInstalled");
type TGlobal = typeof globalThis & { [TOKEN_KEY]?: string; [INSTALLED_KEY]?: boolean };

// On globalThis: instrumentation and route handlers are separate bundles of one process.
function processToken(): string {
  const scope = globalThis as TGlobal;
  return (scope[TOKEN_KEY] ??= randomUUID());
}

/** The header value a request from `address` carries once stamped (also used by tests calling handlers directly). */
export function peerAddressStamp(address: string): string {
  return `${processToken()} ${address}`;
}

/** Called once at server start (instrumentation.ts). */
export function installPeerAddressStamp(): void {
  const scope = globalThis as TGlobal;
  if (scope[INSTALLED_KEY]) return;
  scope[INSTALLED_KEY] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = peerAddressStamp(socket.remoteAddress ?? "");
  });
}

/** The stamped socket address, or null when the request was not stamped by this process. */
export function readPeerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_ADDRESS_HEADER);
  const prefix = `${processToken()} `;
  if (!value?.startsWith(prefix)) return null;
  return value.slice(prefix.length) || null;
}
