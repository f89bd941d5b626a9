// The endpoints the connectors call, declared once: the clients build their
// requests from these templates, and the demonstrator displays the same ones,
// so what is shown is what is called (tested in lib/wizard/demonstrator-endpoints.test.ts).
import type { TConnectorConfig } from "./connector-config.ts";

export type TApiKey =
  | "apiParticulier"
  | "apiEntreprise"
  | "impotParticulier"
  | "hypothetique"
  | "catalogueCpf"
  | "simulatedSignIn"
  | "demarchesSimplifiees";
export type TEndpoint = { api: TApiKey; method: "GET" | "POST"; path: string };

export const ENDPOINTS = {
  quotientFamilial: { api: "apiParticulier", method: "GET", path: "/v3/dss/quotient_familial/identite" },
  revenuSolidariteActive: { api: "apiParticulier", method: "GET", path: "/v3/dss/revenu_solidarite_active/identite" },
  primeActivite: { api: "apiParticulier", method: "GET", path: "/v3/dss/prime_activite/identite" },
  franceTravailStatut: { api: "apiParticulier", method: "GET", path: "/v3/france_travail/statut/identifiant" },
  franceTravailIndemnites: { api: "apiParticulier", method: "GET", path: "/v3/france_travail/indemnites/identifiant" },
  etablissement: { api: "apiEntreprise", method: "GET", path: "/v3/insee/sirene/etablissements/{siret}" },
  attestationVigilance: {
    api: "apiEntreprise",
    method: "GET",
    path: "/v4/urssaf/unites_legales/{siren}/attestation_vigilance",
  },
  qualiopi: {
    api: "apiEntreprise",
    method: "GET",
    path: "/v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
  },
  situationIr: { api: "impotParticulier", method: "GET", path: "/situations/ir/assiettes/annrev/{annee}" },
  highestDiploma: { api: "hypothetique", method: "GET", path: "/diplomes/v1/plus-haut-diplome" },
  ibanOwnership: { api: "hypothetique", method: "POST", path: "/verification-iban/v1/verifications" },
  payslips: { api: "hypothetique", method: "GET", path: "/donnees-paie/v1/salaries/{nir}/remunerations" },
  trainingActions: { api: "catalogueCpf", method: "GET", path: "/v1/actions" },
  simulatedSignIn: { api: "simulatedSignIn", method: "GET", path: "/v1/connexions/{fournisseur}/{persona}" },
  createPrefilledDossier: {
    api: "demarchesSimplifiees",
    method: "POST",
    path: "/api/public/v1/demarches/{demarche}/dossiers",
  },
} as const satisfies Record<string, TEndpoint>;

export type TEndpointKey = keyof typeof ENDPOINTS;

/** « GET /v3/insee/sirene/etablissements/{siret} »: how the demonstrator shows an endpoint. */
export const endpointLabel = (key: TEndpointKey) => `${ENDPOINTS[key].method} ${ENDPOINTS[key].path}`;

export function baseUrlOf(config: TConnectorConfig, api: TApiKey): string | null {
  return config[api].baseUrl;
}

/** The absolute URL of one call: base URL of its API, then the template with its parameters encoded. */
export function endpointUrl(baseUrl: string, key: TEndpointKey, parameters: Record<string, string> = {}): string {
  const path = ENDPOINTS[key].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`Paramètre ${name} manquant pour ${key}`);
    return encodeURIComponent(value);
  });
  return `${baseUrl.replace(/\/$/, "")}${path}`;
}

/** Which endpoint an actual request reached, from its method and URL: the display is derived from the request. */
export function matchEndpoint(config: TConnectorConfig, method: string, url: string): TEndpointKey | null {
  const requested = new URL(url);
  for (const key of Object.keys(ENDPOINTS) as TEndpointKey[]) {
    const endpoint = ENDPOINTS[key];
    const base = baseUrlOf(config, endpoint.api);
    if (!base || endpoint.method !== method.toUpperCase()) continue;
    const root = new URL(base);
    if (root.origin !== requested.origin) continue;
    const template = endpoint.path
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+");
    if (new RegExp(`^${root.pathname.replace(/\/$/, "")}${template}$`).test(requested.pathname)) return key;
  }
  return null;
}
