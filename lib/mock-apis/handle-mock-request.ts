import { readJsonBody } from "@/lib/http/read-body.ts";
import { handleApiEntreprise } from "./api-entreprise.ts";
import { handleApiParticulier } from "./api-particulier.ts";
import { handleHypothetical } from "./hypothetical.ts";
import { handleImpotParticulier } from "./impot-particulier.ts";
import { handleTrainingOffers } from "./training-offers.ts";
import { ERRORS, faultFor, scopesFor, type TMockRequest, type TMockResponse, type TScopes } from "./runtime.ts";

type MockApi = { provider: string; defaultLatencyMs: number; authenticated: boolean; handle: (request: TMockRequest, scopes: TScopes) => TMockResponse };

/** Typical latencies of the real services, so that a demo feels real and parallel calls show. */
export const MOCK_APIS: Record<string, MockApi> = {
  "api-particulier": { provider: "API Particulier", defaultLatencyMs: 250, authenticated: true, handle: handleApiParticulier },
  "api-entreprise": { provider: "API Entreprise", defaultLatencyMs: 300, authenticated: true, handle: handleApiEntreprise },
  "impot-particulier": { provider: "DGFiP", defaultLatencyMs: 400, authenticated: true, handle: handleImpotParticulier },
  hypothetique: { provider: "API hypothétique", defaultLatencyMs: 200, authenticated: true, handle: (request) => handleHypothetical(request) },
  "catalogue-cpf": { provider: "Caisse des Dépôts", defaultLatencyMs: 100, authenticated: false, handle: (request) => handleTrainingOffers(request) },
};

const TIMEOUT_HANG_MS = 30_000;
/** Request bodies of the real APIs are small JSON objects. */
export const MOCK_BODY_LIMIT_BYTES = 64 * 1024;

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

export async function handleMockRequest(request: Request, segments: string[]): Promise<Response> {
  const [apiKey, ...path] = segments;
  const api = MOCK_APIS[apiKey];
  const respond = ({ status, body, headers }: TMockResponse) =>
    Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
  if (!api) return respond(ERRORS.notFound("API simulée"));

  let body: unknown;
  if (request.method === "POST") body = await readJsonBody(request, MOCK_BODY_LIMIT_BYTES);
  const mockRequest: TMockRequest = { method: request.method, url: new URL(request.url), headers: request.headers, path, body };

  const fault = faultFor(mockRequest, api.defaultLatencyMs);
  await sleep(fault.latencyMs, request.signal);
  if (fault.failure === "timeout") {
    await sleep(TIMEOUT_HANG_MS, request.signal);
    return respond(ERRORS.providerTimeout(api.provider));
  }
  if (fault.failure === "429") return respond(ERRORS.rateLimited());
  if (fault.failure === "502") return respond(ERRORS.providerError(api.provider));
  if (fault.failure === "504") return respond(ERRORS.providerTimeout(api.provider));

  const scopes = api.authenticated ? scopesFor(request.headers) : "all";
  if (!scopes) return respond(ERRORS.invalidToken());
  return respond(api.handle(mockRequest, scopes));
}
