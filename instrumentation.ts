/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Node-only code stays in the dynamically imported modules, so that the Edge compilation of this file is clean.
  // First, before the server handles any request: rate limits need the socket's address (lib/security/peer-address.ts).
  const { installPeerAddressStamp } = await import("@/lib/security/peer-address.ts");
  installPeerAddressStamp();
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  startRoundScheduler();
}
