import { readJsonBody } from "@/lib/http/read-body.ts";
import { API_ENTREPRISE_PRIVILEGES_PATH, resolveApiEntreprise } from "./api-entreprise.ts";
import { API_PARTICULIER_ENDPOINTS, API_PARTICULIER_PRIVILEGES_PATH } from "./api-particulier.ts";
import { resolveHypothetical } from "./hypothetical.ts";
import { impotParticulierForbidden, impotParticulierNotFound, resolveImpotParticulier } from "./impot-particulier.ts";
import { resolveTrainingOffers } from "./training-offers.ts";
import { resolveSimulatedSignIn, simulatedSignInNotFound } from "./simulated-sign-in.ts";
import {
  ERRORS,
  checkCallerParameters,
  faultFor,
  hasAnyScope,
  scopesFor,
  type TMockEndpoint,
  type TMockRequest,
  type TMockResponse,
  type TScopes,
} from "./runtime.ts";

type MockApi = {
  provider: string;
  defaultLatencyMs: number;
  authenticated: boolean;
  resolve: (path: string[]) => TMockEndpoint | null;
  notFound: () => TMockResponse;
  /** The API's own answer to a valid token holding none of the endpoint's scopes. */
  forbidden: () => TMockResponse;
};

/** A path segment such as `constructor` must not reach Object.prototype. */
const ownEntry = <T>(table: Record<string, T>, key: string | undefined): T | null =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : null;

const apiGouvForbidden = (privilegesPath: string) => () => ERRORS.insufficientPrivileges(privilegesPath);

/** Typical latencies of the real services, so that a demo feels real and parallel calls show. */
export const MOCK_APIS: Record<string, MockApi> = {
  "api-particulier": {
    provider: "API Particulier",
    defaultLatencyMs: 250,
    authenticated: true,
    resolve: (path) => ownEntry(API_PARTICULIER_ENDPOINTS, path.join("/")),
    notFound: () => ERRORS.notFound("API Particulier"),
    forbidden: apiGouvForbidden(API_PARTICULIER_PRIVILEGES_PATH),
  },
  "api-entreprise": {
    provider: "API Entreprise",
    defaultLatencyMs: 300,
    authenticated: true,
    resolve: resolveApiEntreprise,
    notFound: () => ERRORS.notFound("API Entreprise"),
    forbidden: apiGouvForbidden(API_ENTREPRISE_PRIVILEGES_PATH),
  },
  "impot-particulier": {
    provider: "DGFiP",
    defaultLatencyMs: 400,
    authenticated: true,
    resolve: resolveImpotParticulier,
    notFound: impotParticulierNotFound,
    forbidden: impotParticulierForbidden,
  },
  hypothetique: {
    provider: "API hypothétique",
    defaultLatencyMs: 200,
    authenticated: true,
    resolve: resolveHypothetical,
    notFound: () => ERRORS.notFound("API hypothétique"),
    forbidden: apiGouvForbidden(API_PARTICULIER_PRIVILEGES_PATH),
  },
  identite: {
    provider: "Connexion simulée",
    defaultLatencyMs: 150,
    authenticated: false,
    resolve: resolveSimulatedSignIn,
    notFound: simulatedSignInNotFound,
    forbidden: () => ERRORS.invalidToken(),
  },
  "catalogue-cpf": {
    provider: "Caisse des Dépôts",
    defaultLatencyMs: 100,
    authenticated: false,
    resolve: resolveTrainingOffers,
    notFound: () => ERRORS.notFound("Caisse des Dépôts"),
    forbidden: () => ERRORS.invalidToken(),
  },
};

/**
 * Token, then route, then scopes, then the caller parameters: everything a
 * real gateway refuses before calling its provider, so before any simulated
 * latency or failure (an unauthenticated caller never waits nor sees a 502).
 */
function authorise(
  api: MockApi,
  path: string[],
  headers: Headers,
  url: URL,
): { endpoint: TMockEndpoint; scopes: TScopes } | TMockResponse {
  const scopes = api.authenticated ? scopesFor(headers) : "all";
  if (!scopes) return ERRORS.invalidToken();
  const endpoint = api.resolve(path);
  if (!endpoint) return api.notFound();
  if (api.authenticated && !hasAnyScope(scopes, endpoint.scopes)) return api.forbidden();
  return checkCallerParameters(url, endpoint.callerParameters) ?? { endpoint, scopes };
}

const TIMEOUT_HANG_MS = 30_000;
/** Request bodies of the real APIs are small JSON objects. */
export const MOCK_BODY_LIMIT_BYTES = 64 * 1024;

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export async function handleMockRequest(request: Request, segments: string[]): Promise<Response> {
  const [apiKey, ...path] = segments;
  const api = ownEntry(MOCK_APIS, apiKey);
  const respond = ({ status, body, headers }: TMockResponse) =>
    Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
  if (!api) return respond(ERRORS.notFound("API simulée"));
  const authorised = authorise(api, path, request.headers, new URL(request.url));
  if ("status" in authorised) return respond(authorised);

  let body: unknown;
  if (request.method === "POST") body = await readJsonBody(request, MOCK_BODY_LIMIT_BYTES);
  const mockRequest: TMockRequest = {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    path,
    body,
  };

  const fault = faultFor(mockRequest, api.defaultLatencyMs);
  await sleep(fault.latencyMs, request.signal);
  if (fault.failure === "timeout") {
    await sleep(TIMEOUT_HANG_MS, request.signal);
    return respond(ERRORS.providerTimeout(api.provider));
  }
  if (fault.failure === "429") return respond(ERRORS.rateLimited());
  if (fault.failure === "502") return respond(ERRORS.providerError(api.provider));
  if (fault.failure === "504") return respond(ERRORS.providerTimeout(api.provider));

  return respond(authorised.endpoint.handle(mockRequest, authorised.scopes));
}
