import { afterEach, describe, expect, it, vi } from "vitest";
import { handleMockRequest } from "@/lib/mock-apis/handle-mock-request.ts";
import { connectorConfigFromEnv } from "@/lib/connectors/connector-config.ts";
import { apiEntreprise } from "@/lib/connectors/clients.ts";
import { inProcessMockFetch } from "@/lib/test/in-process-mock-fetch.ts";
import { PERSONAS } from "@/lib/mock-apis/personas.ts";
import { appUrl, mockApiTokens } from "./app-config.ts";
import { isDemoMode, isDemoModeInProduction, resetEnvCache } from "./env.ts";
import { DEMO_MOCK_API_TOKEN, DEMO_NO_SCOPE_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN } from "./env-schema.ts";

const SECRET_A = "a".repeat(32);
const SECRET_B = "b".repeat(32);

function configure(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvCache();
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

const RECIPIENT = "13002526500013";
const SIRET = PERSONAS.find((persona) => persona.key === "employeur-pme")!.company!.siret;
const mockCall = (token: string) =>
  handleMockRequest(
    new Request(
      `http://localhost/api/mock/api-entreprise/v3/insee/sirene/etablissements/${SIRET}?recipient=${RECIPIENT}&context=test&object=test`,
      {
        headers: { Authorization: `Bearer ${token}`, "X-Mock-Latency-Ms": "0" },
      },
    ),
    ["api-entreprise", "v3", "insee", "sirene", "etablissements", SIRET],
  );

describe("mock API tokens", () => {
  it("are the published demo values in demo mode", () => {
    configure({ DEMO_MODE: "1", NEXTAUTH_SECRET: SECRET_A, MOCK_API_TOKEN: undefined });
    expect(mockApiTokens()).toEqual({
      full: DEMO_MOCK_API_TOKEN,
      restricted: DEMO_RESTRICTED_MOCK_API_TOKEN,
      noScope: DEMO_NO_SCOPE_MOCK_API_TOKEN,
    });
  });

  it("outside demo mode, are derived from NEXTAUTH_SECRET: the same on every instance, different per deployment", () => {
    configure({ DEMO_MODE: "0", NEXTAUTH_SECRET: SECRET_A, MOCK_API_TOKEN: undefined });
    const first = mockApiTokens();
    resetEnvCache();
    expect(mockApiTokens()).toEqual(first);
    expect([first.full, first.restricted, first.noScope]).not.toContain(DEMO_MOCK_API_TOKEN);
    expect([first.full, first.restricted, first.noScope]).not.toContain(DEMO_RESTRICTED_MOCK_API_TOKEN);
    expect([first.full, first.restricted, first.noScope]).not.toContain(DEMO_NO_SCOPE_MOCK_API_TOKEN);
    expect(first.full).not.toBe(first.restricted);
    expect(first.full).not.toContain(SECRET_A);
    configure({ NEXTAUTH_SECRET: SECRET_B });
    expect(mockApiTokens().full).not.toBe(first.full);
  });

  it("outside demo mode, MOCK_API_TOKEN is the full token when set", () => {
    configure({ DEMO_MODE: "0", NEXTAUTH_SECRET: SECRET_A, MOCK_API_TOKEN: "jeton-de-production-secret" });
    expect(mockApiTokens().full).toBe("jeton-de-production-secret");
  });

  it.each([DEMO_MOCK_API_TOKEN, DEMO_RESTRICTED_MOCK_API_TOKEN, DEMO_NO_SCOPE_MOCK_API_TOKEN])(
    "the mocks refuse the published token %s outside demo mode",
    async (token) => {
      configure({ DEMO_MODE: "0", NEXTAUTH_SECRET: SECRET_A, MOCK_API_TOKEN: undefined });
      expect((await mockCall(token)).status).toBe(401);
      configure({ DEMO_MODE: "1" });
      // Accepted as a token in demo mode (the scope-less one is then refused by scope, 403, never 401).
      expect((await mockCall(token)).status).toBe(token === DEMO_NO_SCOPE_MOCK_API_TOKEN ? 403 : 200);
    },
  );

  it.each([
    ["derived", { MOCK_API_TOKEN: undefined }],
    ["MOCK_API_TOKEN", { MOCK_API_TOKEN: "jeton-de-production-secret" }],
  ])("the connectors send the %s token and the mocks accept it outside demo mode", async (_label, values) => {
    configure({ DEMO_MODE: "0", NEXTAUTH_SECRET: SECRET_A, ...values });
    const config = {
      ...connectorConfigFromEnv("http://localhost:3000"),
      fetch: inProcessMockFetch(() => ({ "X-Mock-Latency-Ms": "0" })).fetcher,
    };
    expect(config.apiEntreprise.token).toBe(mockApiTokens().full);
    await expect(apiEntreprise.etablissement(config, SIRET)).resolves.toBeTruthy();
    expect((await mockCall(mockApiTokens().restricted)).status).toBe(200);
  });
});

describe("demo mode helpers", () => {
  it.each([
    [{ NODE_ENV: "development", DEMO_MODE: undefined }, true, false],
    [{ NODE_ENV: "production", DEMO_MODE: undefined }, false, false],
    [{ NODE_ENV: "production", DEMO_MODE: "1" }, true, true],
    [{ NODE_ENV: "development", DEMO_MODE: "0" }, false, false],
  ])("%j: demo %s, production demo %s", (values, demo, productionDemo) => {
    configure(values);
    expect(isDemoMode()).toBe(demo);
    expect(isDemoModeInProduction()).toBe(productionDemo);
  });

  it("the public address defaults to localhost and the port, without a trailing slash", () => {
    configure({ NEXTAUTH_URL: undefined, PORT: "3111" });
    expect(appUrl()).toBe("http://localhost:3111");
    configure({ NEXTAUTH_URL: "https://atelier.exemple.gouv.fr/" });
    expect(appUrl()).toBe("https://atelier.exemple.gouv.fr");
  });
});
