// Shared behaviour of the mock public APIs: Bearer token, api.gouv.fr error
// envelopes, per-call latency and failure injection.
import { timingSafeEqual } from "node:crypto";
import { mockApiTokens } from "@/lib/config/app-config.ts";
import { env } from "@/lib/config/env.ts";
export type TMockResponse = { status: number; body: unknown; headers?: Record<string, string> };
export type TMockRequest = { method: string; url: URL; headers: Headers; path: string[]; body?: unknown };

/**
 * The restricted token (lib/config/app-config.ts mockApiTokens) holds a few scopes, to show how
 * habilitations mask fields (partial scopes of an endpoint) or refuse the call (none of its scopes).
 */
export const RESTRICTED_SCOPES: readonly string[] = [
  "cnaf_quotient_familial",
  "revenu_solidarite_active",
  "pole_emploi_identifiant",
  "pole_emploi_inscription",
  "dgfip_rfr",
  "unites_legales_etablissements_insee",
  "donnees_paie_remunerations",
];

export type TScopes = "all" | readonly string[];

/**
 * One endpoint of a mock API. `scopes` lists every scope that unlocks part of
 * its answer: a token holding none of them is refused (403) before anything
 * else happens, a token holding some of them gets the other blocks masked.
 */
export type TMockEndpoint = {
  scopes: readonly string[];
  /** `recipient` (API Particulier) or `recipient`, `context`, `object` (API Entreprise), checked before latency. */
  callerParameters: "none" | "recipient" | "recipient-context-object";
  handle: (request: TMockRequest, scopes: TScopes) => TMockResponse;
};

export function apiGouvError(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: { parameter?: string; provider?: string } = {},
): TMockResponse {
  return {
    status,
    body: {
      errors: [
        {
          code,
          title,
          detail,
          source: extra.parameter ? { parameter: extra.parameter } : null,
          meta: extra.provider ? { provider: extra.provider } : {},
        },
      ],
    },
  };
}

export const ERRORS = {
  invalidToken: () =>
    apiGouvError(401, "00101", "Interdit", "Votre token n'est pas valide ou n'est pas renseigné", {
      parameter: "token",
    }),
  /** `privilegesPath`: where each real API lists a token's scopes (/api/introspect, /v2/privileges). */
  insufficientPrivileges: (privilegesPath: string) =>
    apiGouvError(
      403,
      "00100",
      "Privilèges insuffisants",
      `Votre token est valide mais vos privilèges sont insuffisants. Listez vos privilèges sur ${privilegesPath}`,
      { parameter: "token" },
    ),
  missingContext: () =>
    apiGouvError(422, "00201", "Entité non traitable", "Le paramètre context est obligatoire", {
      parameter: "context",
    }),
  missingObject: () =>
    apiGouvError(422, "00202", "Entité non traitable", "Le paramètre object est obligatoire", { parameter: "object" }),
  missingRecipient: () =>
    apiGouvError(422, "00203", "Entité non traitable", "Le paramètre recipient est obligatoire", {
      parameter: "recipient",
    }),
  badRecipient: () =>
    apiGouvError(422, "00210", "Entité non traitable", "Le paramètre recipient n'est pas un siret valide", {
      parameter: "recipient",
    }),
  badSiren: () =>
    apiGouvError(422, "00301", "Entité non traitable", "Le numéro de siren n'est pas correctement formatté", {
      parameter: "siren",
    }),
  badSiret: () =>
    apiGouvError(422, "00302", "Entité non traitable", "Le numéro de siret n'est pas correctement formatté", {
      parameter: "siret",
    }),
  badParameter: (parameter: string, detail: string) =>
    apiGouvError(422, "00368", "Entité non traitable", detail, { parameter }),
  notFound: (provider: string) =>
    apiGouvError(
      404,
      "01003",
      "Entité non trouvée",
      "Le ou les paramètre(s) d'entrée n'existent pas, ne sont pas connus, ou ne comportent aucune information pour cet appel. Veuillez vérifier que votre recherche est couverte par le périmètre de l'API.",
      { provider },
    ),
  rateLimited: () => ({
    ...apiGouvError(429, "00429", "Trop de requêtes", "Vous avez effectué trop de requêtes"),
    headers: { "Retry-After": "1" },
  }),
  providerError: (provider: string) =>
    apiGouvError(
      502,
      "04501",
      "Erreur du fournisseur de données",
      "Le fournisseur de données a renvoyé une erreur, veuillez réessayer plus tard.",
      { provider },
    ),
  providerTimeout: (provider: string) =>
    apiGouvError(
      504,
      "04002",
      "Délai d'attente du fournisseur dépassé",
      "Le fournisseur de données n'a pas répondu à temps, veuillez réessayer plus tard.",
      { provider },
    ),
};

export function scopesFor(headers: Headers): TScopes | null {
  const token = headers
    .get("authorization")
    ?.match(/^Bearer\s+(.+)$/i)?.[1]
    ?.trim();
  if (!token) return null;
  const tokens = mockApiTokens();
  if (sameToken(token, tokens.full)) return "all";
  if (sameToken(token, tokens.restricted)) return RESTRICTED_SCOPES;
  if (sameToken(token, tokens.noScope)) return [];
  return null;
}

/** Constant-time comparison: the full token is a secret outside demo mode. */
function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const hasScope = (scopes: TScopes, scope: string) => scopes === "all" || scopes.includes(scope);
export const hasAnyScope = (scopes: TScopes, wanted: readonly string[]) =>
  wanted.some((scope) => hasScope(scopes, scope));

/** The real serialisers leave a block out when its scope is missing (data minimisation), they never blank it. */
export function maskedByScope<T extends Record<string, unknown>>(
  scopes: TScopes,
  blocks: { [K in keyof T]: string | null },
  data: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => {
      const scope = blocks[key];
      return scope === null || hasScope(scopes, scope);
    }),
  ) as Partial<T>;
}

export const isSiret = (value: string | null) => Boolean(value && /^\d{14}$/.test(value));

/** Parameters every API Particulier / Entreprise call carries. */
export function checkCallerParameters(
  url: URL,
  callerParameters: TMockEndpoint["callerParameters"],
): TMockResponse | null {
  if (callerParameters === "none") return null;
  const needsContextAndObject = callerParameters === "recipient-context-object";
  const recipient = url.searchParams.get("recipient");
  if (!recipient) return ERRORS.missingRecipient();
  if (!isSiret(recipient)) return ERRORS.badRecipient();
  if (needsContextAndObject) {
    if (!url.searchParams.get("context")) return ERRORS.missingContext();
    if (!url.searchParams.get("object")) return ERRORS.missingObject();
  }
  return null;
}

export type TFault = { latencyMs: number; failure: "timeout" | "429" | "502" | "504" | null };

/**
 * Per call: `X-Mock-Latency-Ms` and `X-Mock-Failure` (timeout, 429, 502, 504)
 * headers, or the same as `mock_latency_ms` / `mock_failure` query parameters;
 * otherwise MOCK_API_LATENCY_MS (default: the API's typical latency).
 */
export function faultFor(request: TMockRequest, defaultLatencyMs: number): TFault {
  const header = (name: string, query: string) => request.headers.get(name) ?? request.url.searchParams.get(query);
  const latency = Number(
    header("x-mock-latency-ms", "mock_latency_ms") ?? env().MOCK_API_LATENCY_MS ?? defaultLatencyMs,
  );
  const failure = header("x-mock-failure", "mock_failure");
  return {
    latencyMs: Number.isFinite(latency) ? Math.min(Math.max(latency, 0), 60_000) : defaultLatencyMs,
    failure: failure === "timeout" || failure === "429" || failure === "502" || failure === "504" ? failure : null,
  };
}

export const ok = (
  data: unknown,
  meta: Record<string, unknown> = {},
  links: Record<string, unknown> = {},
): TMockResponse => ({ status: 200, body: { data, links, meta } });
