import type { Instrumentation } from "next";

/** Next calls this when a server starts, and also in `next build`'s workers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Node-only code stays in the dynamically imported module, so that the Edge compilation of this file is clean.
  const { startRoundScheduler } = await import("@/lib/rounds/round-scheduler.ts");
  startRoundScheduler();
}

/**
 * Every error Next catches while serving a request (rendering, route handler, proxy): one line with the
 * request id that proxy.ts set and the digest that the error page shows as its reference (ADR 0016).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/log-request-error.ts");
  logRequestError(error, request, context);
};
