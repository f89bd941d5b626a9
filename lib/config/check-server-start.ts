// Node-only start-up of a server (instrumentation.ts imports it dynamically, out of the Edge compilation).
import { demoModeWarning } from "./app-config.ts";
import { checkStartupConfig } from "./env.ts";
import { ConfigurationError } from "./env-schema.ts";

/**
 * A server that cannot serve members safely does not start at all, `next start` without `npm start`'s
 * prepare step included; a production server in demo mode says so on stderr.
 */
export function checkServerStart(): void {
  try {
    checkStartupConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const warning = demoModeWarning();
  if (warning) console.error(warning);
}
