import { describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/config/env.ts";
import { inProcessMockFetch } from "@/lib/test/in-process-mock-fetch.ts";
import { PERSONAS } from "@/lib/mock-apis/personas.ts";
import { connectorConfigFromEnv, type TConnectorConfig } from "./connector-config.ts";
import { apiEntreprise, apiParticulier } from "./clients.ts";
import { ConnectorError } from "./connector-error.ts";

process.env.MOCK_API_LATENCY_MS = "0";

const inProcess = inProcessMockFetch;

const config = (fetcher: typeof fetch, overrides: Partial<TConnectorConfig> = {}): TConnectorConfig => ({
  ...connectorConfigFromEnv("http://localhost:3000"),
  fetch: fetcher,
  ...overrides,
});
const employer = PERSONAS.find((persona) => persona.key === "employeur-pme")!.company!;
const sophie = PERSONAS.find((persona) => persona.key === "beneficiaire-rsa")!;

describe("connectors", () => {
  it("default to the built-in mocks and return typed data", async () => {
    const { fetcher } = inProcess();
    const etablissement = await apiEntreprise.etablissement(config(fetcher), employer.siret);
    expect(etablissement.data.unite_legale.personne_morale_attributs.raison_sociale).toBe("MENUISERIE DURAND ET FILS");
    const rsa = await apiParticulier.revenuSolidariteActive(config(fetcher), {
      ...sophie.identity!,
      prenoms: sophie.identity!.prenoms,
    });
    expect(rsa.data.est_beneficiaire).toBe(true);
  });

  it("retry a 429 with back-off and succeed", async () => {
    const { attempts, fetcher } = inProcess((attempt): Record<string, string> =>
      attempt === 1 ? { "x-mock-failure": "429" } : {},
    );
    const result = await apiEntreprise.etablissement(config(fetcher), employer.siret);
    expect(result.data.siret).toBe(employer.siret);
    expect(attempts).toHaveLength(2);
  });

  it("retry 502 and 504, then give up with a French message", async () => {
    const { attempts, fetcher } = inProcess(() => ({ "x-mock-failure": "502" }));
    const error = await apiEntreprise
      .etablissement(config(fetcher, { retries: 2 }), employer.siret)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({
      code: "UNAVAILABLE",
      status: 502,
      message: expect.stringContaining("INSEE (API Entreprise) rencontre une erreur"),
    });
    expect(attempts).toHaveLength(3);
    const gateway = inProcess(() => ({ "x-mock-failure": "504" }));
    await expect(
      apiEntreprise.etablissement(config(gateway.fetcher, { retries: 1 }), employer.siret),
    ).rejects.toMatchObject({ status: 504 });
    expect(gateway.attempts).toHaveLength(2);
  });

  it("time out a call that hangs, without retrying it", async () => {
    const { attempts, fetcher } = inProcess(() => ({ "x-mock-failure": "timeout" }));
    const started = Date.now();
    await expect(
      apiEntreprise.etablissement(config(fetcher, { timeoutMs: 300 }), employer.siret),
    ).rejects.toMatchObject({ code: "TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(attempts).toHaveLength(1);
  });

  it("map 404 and 422 to messages that say what to do, without retrying", async () => {
    const { attempts, fetcher } = inProcess();
    await expect(apiEntreprise.etablissement(config(fetcher), "13002526500013")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("à saisir"),
    });
    await expect(apiEntreprise.etablissement(config(fetcher), "12345678901234")).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(attempts).toHaveLength(2);
  });

  it("read base URLs and tokens from the environment", () => {
    vi.stubEnv("API_ENTREPRISE_URL", "https://staging.entreprise.api.gouv.fr");
    vi.stubEnv("API_ENTREPRISE_TOKEN", "jeton-staging");
    resetEnvCache();
    try {
      const fromEnv = connectorConfigFromEnv("http://localhost:3000");
      expect(fromEnv.apiEntreprise).toEqual({
        baseUrl: "https://staging.entreprise.api.gouv.fr",
        token: "jeton-staging",
      });
      expect(fromEnv.apiParticulier.baseUrl).toBe("http://localhost:3000/api/mock/api-particulier");
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });

  it("use MOCK_APIS_URL as one base URL among others, for every API whose own address is unset", () => {
    vi.stubEnv("MOCK_APIS_URL", "https://demo.exemple.fr/api/mock/");
    vi.stubEnv("API_PARTICULIER_URL", "https://staging.particulier.api.gouv.fr");
    resetEnvCache();
    try {
      const fromEnv = connectorConfigFromEnv("http://localhost:3000");
      expect(fromEnv.apiParticulier.baseUrl).toBe("https://staging.particulier.api.gouv.fr");
      expect(fromEnv.apiEntreprise.baseUrl).toBe("https://demo.exemple.fr/api/mock/api-entreprise");
      expect(fromEnv.catalogueCpf.baseUrl).toBe("https://demo.exemple.fr/api/mock/catalogue-cpf");
      expect(fromEnv.simulatedSignIn.baseUrl).toBe("https://demo.exemple.fr/api/mock/identite");
      expect(fromEnv.demarchesSimplifiees.baseUrl).toBeNull();
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });
});
