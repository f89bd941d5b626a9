/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Build workers load this file too; only a serving process may open the database (PGlite allows one process).
  if (!process.title.startsWith("next-server")) return;
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  startRoundScheduler();
}
