// The parsed configuration, read once per process: every module reads environment variables
// through env(), never through process.env (ADR 0012).
import { parseEnv, type TEnv } from "./env-schema.ts";

let cached: TEnv | undefined;

/** Every variable, validated and with its default. Throws a ConfigurationError naming each malformed variable. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that change process.env call this so that the next env() reads it again. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * The start-up check (`scripts/db.ts prepare`, instrumentation.ts): formats plus what serving needs
 * (secret, public address, e-mail, a sign-in method). Throws one French message listing every problem.
 */
export function checkStartupConfig(source: Record<string, string | undefined> = process.env): TEnv {
  return parseEnv(source, { serving: true });
}

/** DEMO_MODE when set; otherwise on under `next dev` only (see demoModeOf). */
export function isDemoMode(): boolean {
  const { DEMO_MODE, NODE_ENV } = env();
  return DEMO_MODE ?? NODE_ENV === "development";
}

/** `next dev`: development resources (HMR, eval in dev chunks) are allowed by the security policy. */
export function isDevelopmentServer(): boolean {
  return env().NODE_ENV === "development";
}

/** Demo mode on a server started with `npm start`: allowed, but everyone must be told. */
export function isDemoModeInProduction(): boolean {
  return isDemoMode() && env().NODE_ENV === "production";
}
