import { DEMO_MOCK_API_TOKEN } from "@/lib/mock-apis/runtime.ts";

export type TConnectorConfig = {
  apiParticulier: { baseUrl: string; token: string };
  apiEntreprise: { baseUrl: string; token: string };
  impotParticulier: { baseUrl: string; token: string };
  hypothetique: { baseUrl: string; token: string };
  catalogueCpf: { baseUrl: string };
  /** SIRET of the public body that receives the data (`recipient`). */
  recipient: string;
  context: string;
  timeoutMs: number;
  retries: number;
  fetch?: typeof fetch;
};

/**
 * Base URLs and tokens from the environment; by default the built-in mocks of
 * this very server, so pointing at a real sandbox is a configuration change.
 */
export function connectorConfigFromEnv(appUrl: string): TConnectorConfig {
  const env = process.env;
  const mock = (api: string) => `${appUrl}/api/mock/${api}`;
  const token = env.MOCK_API_TOKEN || DEMO_MOCK_API_TOKEN;
  return {
    apiParticulier: { baseUrl: env.API_PARTICULIER_URL || mock("api-particulier"), token: env.API_PARTICULIER_TOKEN || token },
    apiEntreprise: { baseUrl: env.API_ENTREPRISE_URL || mock("api-entreprise"), token: env.API_ENTREPRISE_TOKEN || token },
    impotParticulier: { baseUrl: env.IMPOT_PARTICULIER_URL || mock("impot-particulier"), token: env.IMPOT_PARTICULIER_TOKEN || token },
    hypothetique: { baseUrl: env.HYPOTHETICAL_APIS_URL || mock("hypothetique"), token },
    catalogueCpf: { baseUrl: env.CATALOGUE_CPF_URL || mock("catalogue-cpf") },
    recipient: env.API_RECIPIENT_SIRET || "13002526500013",
    context: "Démonstrateur Dites-le-nous une fois",
    timeoutMs: Number(env.CONNECTOR_TIMEOUT_MS || 3_000),
    retries: Number(env.CONNECTOR_RETRIES || 2),
  };
}
