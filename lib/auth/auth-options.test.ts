import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";

const PROCONNECT = {
  PROCONNECT_ISSUER: "https://auth.exemple.gouv.fr/api/v2",
  PROCONNECT_CLIENT_ID: "atelier",
  PROCONNECT_CLIENT_SECRET: "secret",
};

/** authOptions() is built once per process: each case loads a fresh module with its configuration. */
async function providerIds(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvCache();
  vi.resetModules();
  const { authOptions } = await import("./auth-options.ts");
  return authOptions().providers.map((provider) => provider.id);
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("sign-in providers", () => {
  it.each([
    [{ EMAIL_SIGN_IN: undefined }, ["email"]],
    [{ EMAIL_SIGN_IN: "1", ...PROCONNECT }, ["email", "proconnect"]],
    [{ EMAIL_SIGN_IN: "0", ...PROCONNECT }, ["proconnect"]],
    [{ EMAIL_SIGN_IN: "false", ...PROCONNECT }, ["proconnect"]],
  ])("%j → %j", async (values, expected) => {
    expect(await providerIds(values)).toEqual(expected);
  });
});
