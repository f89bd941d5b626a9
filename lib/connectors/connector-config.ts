import { env } from "@/lib/config/env.ts";
import { mockApiTokens } from "@/lib/config/app-config.ts";

export type TConnectorConfig = {
  apiParticulier: { baseUrl: string; token: string };
  apiEntreprise: { baseUrl: string; token: string };
  impotParticulier: { baseUrl: string; token: string };
  hypothetique: { baseUrl: string; token: string };
  catalogueCpf: { baseUrl: string };
  /** The FranceConnect / ProConnect simulation of the demonstrator: it answers the signed-in identity. */
  simulatedSignIn: { baseUrl: string };
  /** démarches-simplifiées: null, nothing is ever sent. */
  demarchesSimplifiees: { baseUrl: string | null };
  /** SIRET of the public body that receives the data (`recipient`). */
  recipient: string;
  context: string;
  timeoutMs: number;
  retries: number;
  fetch?: typeof fetch;
};

/**
 * Base URLs and tokens from the environment. The simulated APIs are one base
 * URL among others (MOCK_APIS_URL, by default this very server's /api/mock),
 * used for every API whose own address is not set: pointing at a real sandbox
 * is a configuration change, and no connector knows the simulation's data.
 */
export function connectorConfigFromEnv(appUrl: string): TConnectorConfig {
  const config = env();
  const mockBase = (config.MOCK_APIS_URL ?? `${appUrl}/api/mock`).replace(/\/$/, "");
  const mock = (api: string) => `${mockBase}/${api}`;
  // Only the simulated APIs get the mock token: a real API's token is never replaced by it.
  const mockToken = () => mockApiTokens().full;
  return {
    apiParticulier: {
      baseUrl: config.API_PARTICULIER_URL ?? mock("api-particulier"),
      token: config.API_PARTICULIER_TOKEN ?? mockToken(),
    },
    apiEntreprise: {
      baseUrl: config.API_ENTREPRISE_URL ?? mock("api-entreprise"),
      token: config.API_ENTREPRISE_TOKEN ?? mockToken(),
    },
    impotParticulier: {
      baseUrl: config.IMPOT_PARTICULIER_URL ?? mock("impot-particulier"),
      token: config.IMPOT_PARTICULIER_TOKEN ?? mockToken(),
    },
    hypothetique: { baseUrl: config.HYPOTHETICAL_APIS_URL ?? mock("hypothetique"), token: mockToken() },
    catalogueCpf: { baseUrl: config.CATALOGUE_CPF_URL ?? mock("catalogue-cpf") },
    simulatedSignIn: { baseUrl: mock("identite") },
    demarchesSimplifiees: { baseUrl: config.DS_BASE_URL ?? null },
    recipient: config.API_RECIPIENT_SIRET,
    context: "Démonstrateur Dites-le-nous une fois",
    timeoutMs: config.CONNECTOR_TIMEOUT_MS,
    retries: config.CONNECTOR_RETRIES,
  };
}
