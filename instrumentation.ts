/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Node-only code stays in the dynamically imported module, so that the Edge compilation of this file is clean.
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  startRoundScheduler();
}
