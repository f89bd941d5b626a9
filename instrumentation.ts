/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  // Read directly, not through lib/config: Next inlines these two per compilation target, which keeps
  // the Node-only code below out of the Edge compilation of this file and out of the build.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkStartupConfig } = await import("@/lib/config/env.ts");
  const { ConfigurationError } = await import("@/lib/config/env-schema.ts");
  try {
    checkStartupConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    // A server that cannot serve members safely does not start at all (`next start` without `npm start` too).
    console.error(error.message);
    process.exit(1);
  }
  const { demoModeWarning } = await import("@/lib/config/app-config.ts");
  const warning = demoModeWarning();
  if (warning) console.error(warning);
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  startRoundScheduler();
}
