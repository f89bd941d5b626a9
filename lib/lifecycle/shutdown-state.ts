// Whether this instance is draining (SIGTERM received): readiness then fails so
// that the load balancer stops sending it new requests, and event streams close.
// On globalThis: instrumentation and the route handlers are separate bundles of one process.
type State = { shuttingDown: boolean };
const state = ((globalThis as { __atelierShutdown?: State }).__atelierShutdown ??= { shuttingDown: false });

export function isShuttingDown(): boolean {
  return state.shuttingDown;
}

export function markShuttingDown(): void {
  state.shuttingDown = true;
}
