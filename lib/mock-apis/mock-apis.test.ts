// Contract tests: every answer of every persona is validated against the
// official OpenAPI descriptions in shared/reference/api-gouv (read at test time).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { handleMockRequest } from "./handle-mock-request.ts";
import { PERSONAS, type TPersona } from "./personas.ts";
import { mockApiTokens } from "@/lib/config/app-config.ts";
import fc from "fast-check";
import { afterEach, vi } from "vitest";
import { API_ENTREPRISE_ROUTES, resolveApiEntreprise } from "./api-entreprise.ts";
import { API_PARTICULIER_ENDPOINTS } from "./api-particulier.ts";
import { HYPOTHETICAL_ENDPOINTS, resolveHypothetical } from "./hypothetical.ts";
import { resolveImpotParticulier } from "./impot-particulier.ts";

process.env.MOCK_API_LATENCY_MS = "0";
/** `../shared/reference/api-gouv` beside the checkout, found from any depth (main checkout or worktree). */
function referenceDirectory(from = path.resolve(import.meta.dirname, "../..")): string {
  const candidate = path.join(path.dirname(from), "shared/reference/api-gouv");
  if (existsSync(candidate)) return candidate;
  if (path.dirname(from) === from) throw new Error("shared/reference/api-gouv introuvable au-dessus du projet");
  return referenceDirectory(path.dirname(from));
}
const REFERENCE = referenceDirectory();
const RECIPIENT = "13002526500013";

type Spec = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }>; schema?: unknown }> }>
  >;
};
const specs: Record<string, Spec> = {};
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

/**
 * OpenAPI 3.0 `nullable: true` beside an `enum` without null: the APIs answer
 * null there (a company has no sex), so null is added to such enums.
 */
function allowNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowNullInNullableEnums);
  if (!node || typeof node !== "object") return;
  const schema = node as { nullable?: boolean; enum?: unknown[] };
  if (schema.nullable && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  Object.values(node).forEach(allowNullInNullableEnums);
}

beforeAll(() => {
  for (const name of ["api_particulier", "api_entreprise", "api_impot_particulier"]) {
    specs[name] = parse(readFileSync(path.join(REFERENCE, `${name}.yaml`), "utf8"));
    allowNullInNullableEnums(specs[name]);
    ajv.addSchema(specs[name], name);
  }
});

/**
 * `masked`: blocks the token's scopes leave out. The descriptions assume a
 * token with every scope (« La documentation ci-dessous ne prend pas en compte
 * les scopes »), so only their absence is forgiven: every field present must
 * still match, and no other required field may be missing.
 */
function expectMatchesSpec(
  spec: string,
  specPath: string,
  status: number | "default",
  body: unknown,
  { masked = [] }: { masked?: string[] } = {},
) {
  const response = specs[spec].paths[specPath].get.responses[String(status)];
  expect(response, `${specPath} ne décrit pas de réponse ${status}`).toBeDefined();
  const schema = response.content?.["application/json"]?.schema ?? response.schema;
  const pointer = (schema as { $ref?: string }).$ref;
  const validate = pointer
    ? ajv.getSchema(`${spec}${pointer}`)!
    : ajv.compile({
        ...(schema as object),
        components: (specs[spec] as never as { components: unknown }).components,
        definitions: (specs[spec] as never as { definitions: unknown }).definitions,
      });
  validate(body);
  const errors = (validate.errors ?? []).filter(
    (error) =>
      !(error.keyword === "required" && masked.includes((error.params as { missingProperty: string }).missingProperty)),
  );
  expect(errors, `${specPath} ${status} : ${JSON.stringify(errors.slice(0, 3))}`).toEqual([]);
}

async function call(
  pathname: string,
  {
    token = mockApiTokens().full,
    headers = {},
    method = "GET",
    body,
  }: { token?: string | null; headers?: Record<string, string>; method?: string; body?: unknown } = {},
) {
  const url = new URL(`http://localhost/api/mock/${pathname}`);
  const request = new Request(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const response = await handleMockRequest(request, url.pathname.replace("/api/mock/", "").split("/").filter(Boolean));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

function identityQuery(persona: TPersona) {
  const identity = persona.identity!;
  const [year, month, day] = identity.dateNaissance.split("-");
  const params = new URLSearchParams({
    recipient: RECIPIENT,
    nomNaissance: identity.nomNaissance,
    anneeDateNaissance: year,
    moisDateNaissance: String(Number(month)),
    jourDateNaissance: String(Number(day)),
    sexeEtatCivil: identity.sexe,
    codeCogInseePaysNaissance: identity.codeCogInseePaysNaissance,
    codeCogInseeCommuneNaissance: identity.codeCogInseeCommuneNaissance,
  });
  for (const prenom of identity.prenoms) params.append("prenoms[]", prenom);
  return params.toString();
}

const entreprise = (route: string) =>
  `api-entreprise/${route}?recipient=${RECIPIENT}&context=Demande%20de%20formation&object=Atelier%20EFOP`;
const people = PERSONAS.filter((persona) => persona.identity);
const companies = PERSONAS.filter((persona) => persona.company);

describe("API Particulier v3 mock", () => {
  for (const persona of people) {
    it(`answers ${persona.key} as the official description says`, async () => {
      for (const route of ["quotient_familial", "revenu_solidarite_active", "prime_activite"]) {
        const { status, body } = await call(`api-particulier/v3/dss/${route}/identite?${identityQuery(persona)}`);
        expect([200, 404]).toContain(status);
        expectMatchesSpec("api_particulier", `/v3/dss/${route}/identite`, status, body);
      }
      const identifiant = persona.franceTravail?.identifiant ?? "9999999Z";
      for (const route of ["statut", "indemnites"]) {
        const { status, body } = await call(
          `api-particulier/v3/france_travail/${route}/identifiant?recipient=${RECIPIENT}&identifiant=${identifiant}`,
        );
        expect(status).toBe(
          persona.franceTravail && (route === "statut" || persona.franceTravail.paiements.length > 0) ? 200 : 404,
        );
        expectMatchesSpec("api_particulier", `/v3/france_travail/${route}/identifiant`, status, body);
      }
    });
  }

  it("knows the RSA beneficiary and not the unknown person", async () => {
    const rsa = await call(
      `api-particulier/v3/dss/revenu_solidarite_active/identite?${identityQuery(PERSONAS.find((p) => p.key === "beneficiaire-rsa")!)}`,
    );
    expect(rsa.body.data).toEqual({ est_beneficiaire: true, avec_majoration: true, date_debut_droit: "2025-11-01" });
    const unknown = await call(
      `api-particulier/v3/dss/quotient_familial/identite?${identityQuery(PERSONAS.find((p) => p.key === "inconnu")!)}`,
    );
    expect(unknown.status).toBe(404);
  });
});

describe("API Entreprise v3 mock", () => {
  for (const persona of companies) {
    it(`answers ${persona.key} as the official description says`, async () => {
      const company = persona.company!;
      const calls = [
        ["/v3/insee/sirene/etablissements/{siret}", `v3/insee/sirene/etablissements/${company.siret}`],
        ["/v3/insee/sirene/unites_legales/{siren}", `v3/insee/sirene/unites_legales/${company.siren}`],
        [
          "/v4/urssaf/unites_legales/{siren}/attestation_vigilance",
          `v4/urssaf/unites_legales/${company.siren}/attestation_vigilance`,
        ],
        [
          "/v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
          `v3/carif_oref/etablissements/${company.siret}/certifications_qualiopi_france_competences`,
        ],
      ];
      for (const [specPath, route] of calls) {
        const { status, body } = await call(entreprise(route));
        expect([200, 404]).toContain(status);
        expectMatchesSpec("api_entreprise", specPath, status, body);
      }
    });
  }

  it("refuses malformed SIREN and SIRET with the real 422 codes", async () => {
    const siret = await call(entreprise("v3/insee/sirene/etablissements/12345678901234"));
    expect(siret.status).toBe(422);
    expect((siret.body.errors as { code: string }[])[0].code).toBe("00302");
    expectMatchesSpec("api_entreprise", "/v3/insee/sirene/etablissements/{siret}", 422, siret.body);
    const siren = await call(entreprise("v3/insee/sirene/unites_legales/12345"));
    expect((siren.body.errors as { code: string }[])[0].code).toBe("00301");
  });

  it("requires recipient, context and object", async () => {
    const siret = companies[0].company!.siret;
    const codes = async (query: string) =>
      (
        (await call(`api-entreprise/v3/insee/sirene/etablissements/${siret}?${query}`)).body.errors as {
          code: string;
        }[]
      )[0].code;
    expect(await codes("context=a&object=b")).toBe("00203");
    expect(await codes(`recipient=${RECIPIENT}&object=b`)).toBe("00201");
    expect(await codes(`recipient=${RECIPIENT}&context=a`)).toBe("00202");
  });

  it("shows a lapsed Qualiopi certification as inactive", async () => {
    const lapsed = PERSONAS.find((p) => p.key === "organisme-certification-echue")!.company!;
    const { body } = await call(
      entreprise(`v3/carif_oref/etablissements/${lapsed.siret}/certifications_qualiopi_france_competences`),
    );
    const [declaration] = (
      body.data as {
        declarations_activites_etablissement: {
          actif: boolean;
          certification_qualiopi: { action_formation: boolean };
        }[];
      }
    ).declarations_activites_etablissement;
    expect(declaration.actif).toBe(false);
    expect(declaration.certification_qualiopi.action_formation).toBe(false);
  });
});

describe("API Impôt particulier mock", () => {
  for (const persona of PERSONAS.filter((p) => p.identity)) {
    it(`answers ${persona.key} as the official description says`, async () => {
      const { status, body } = await call("impot-particulier/situations/ir/assiettes/annrev/2025", {
        headers: { "x-numero-fiscal": persona.impots?.numeroFiscal ?? "9999999999999" },
      });
      expect(status).toBe(persona.impots ? 200 : 404);
      expectMatchesSpec("api_impot_particulier", "/situations/ir/assiettes/annrev/{ANNEE}", status, body);
    });
  }
});

describe("common behaviour", () => {
  it("requires the Bearer token (401 00101)", async () => {
    const { status, body } = await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), {
      token: null,
    });
    expect(status).toBe(401);
    expectMatchesSpec("api_entreprise", "/v3/insee/sirene/etablissements/{siret}", 401, body);
  });

  it.each([
    ["429", 429],
    ["502", 502],
    ["504", 504],
  ] as const)("injects a %s failure on demand, in the official envelope", async (failure, status) => {
    const response = await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), {
      headers: { "x-mock-failure": failure },
    });
    expect(response.status).toBe(status);
    expectMatchesSpec("api_entreprise", "/v3/insee/sirene/etablissements/{siret}", status, response.body);
    if (status === 429) expect(response.headers.get("retry-after")).toBe("1");
  });

  it("waits the requested latency", async () => {
    const started = performance.now();
    await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), {
      headers: { "x-mock-latency-ms": "120" },
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe("hypothetical APIs and training offers", () => {
  const sophie = PERSONAS.find((p) => p.key === "salariee-ptp")!;

  it("return the highest diploma, an IBAN check and 12 months of payslip data, labelled hypothetical", async () => {
    const diploma = await call(`hypothetique/diplomes/v1/plus-haut-diplome?nir=${sophie.nir}`);
    expect(diploma.body).toMatchObject({ data: { niveau_europeen: "4" }, meta: { hypothetique: true } });
    const iban = await call("hypothetique/verification-iban/v1/verifications", {
      method: "POST",
      body: { iban: sophie.iban!.iban, nom: "MARTIN", prenom: "Sophie" },
    });
    expect(iban.body).toMatchObject({ data: { resultat: "concordant", code_diamond: "GREEN" } });
    const partial = await call("hypothetique/verification-iban/v1/verifications", {
      method: "POST",
      body: { iban: PERSONAS.find((p) => p.key === "beneficiaire-rsa")!.iban!.iban, nom: "LEROY" },
    });
    expect((partial.body.data as { resultat: string }).resultat).toBe("partiel");
    const payslips = await call(`hypothetique/donnees-paie/v1/salaries/${sophie.nir}/remunerations?mois=12`);
    const periods = (payslips.body.data as { periodes: { salaire_brut: number; primes: unknown[] }[] }).periodes;
    expect(periods).toHaveLength(12);
    expect(periods.flatMap((period) => period.primes)).toHaveLength(2);
  });

  it("refuses a malformed NIR or IBAN", async () => {
    expect((await call("hypothetique/diplomes/v1/plus-haut-diplome?nir=123")).status).toBe(422);
    expect(
      (
        await call("hypothetique/verification-iban/v1/verifications", {
          method: "POST",
          body: { iban: "FR7700000000000000000000000", nom: "X" },
        })
      ).status,
    ).toBe(422);
  });

  it("searches the training catalogue by certification", async () => {
    const { body } = await call("catalogue-cpf/v1/actions?code_certification=RS5635", { token: null });
    expect(body).toMatchObject({ total_count: 1, results: [{ code_certification: "RS5635", duree_heures: 35 }] });
    expect((await call("catalogue-cpf/v1/actions?code_certification=ABC", { token: null })).status).toBe(422);
  });
});

// One case per endpoint of every authenticated mock API: the full token gets
// every block, the restricted token what its scopes cover (or 403 when it has
// none of the endpoint's scopes), a token without any scope always 403.
type TBody = Record<string, unknown>;
type TScopeCase = {
  endpoint: string;
  /** The official description, or none for the hypothetical APIs (their errors use API Particulier's envelope). */
  spec: { name: string; path: string } | null;
  request: (token: string) => ReturnType<typeof call>;
  /** The objects whose blocks scopes mask: the data, and for payroll each period too. */
  blocks: (body: TBody) => TBody[];
  restricted: { status: 200; masked: string[] } | { status: 403 };
};

const byKey = (key: string) => PERSONAS.find((persona) => persona.key === key)!;
const rsa = byKey("beneficiaire-rsa"),
  independant = byKey("independant"),
  are = byKey("demandeur-are"),
  sophie = byKey("salariee-ptp");
const pme = byKey("employeur-pme").company!,
  formapro = byKey("organisme-qualiopi").company!;
const dataOf = (body: TBody) => [body.data as TBody];

const SCOPE_CASES: TScopeCase[] = [
  {
    endpoint: "api-particulier/v3/dss/quotient_familial/identite",
    spec: { name: "api_particulier", path: "/v3/dss/quotient_familial/identite" },
    request: (token) => call(`api-particulier/v3/dss/quotient_familial/identite?${identityQuery(rsa)}`, { token }),
    blocks: dataOf,
    restricted: { status: 200, masked: ["allocataires", "enfants", "adresse"] },
  },
  {
    endpoint: "api-particulier/v3/dss/revenu_solidarite_active/identite",
    spec: { name: "api_particulier", path: "/v3/dss/revenu_solidarite_active/identite" },
    request: (token) =>
      call(`api-particulier/v3/dss/revenu_solidarite_active/identite?${identityQuery(rsa)}`, { token }),
    blocks: dataOf,
    restricted: { status: 200, masked: ["avec_majoration"] },
  },
  {
    endpoint: "api-particulier/v3/dss/prime_activite/identite",
    spec: { name: "api_particulier", path: "/v3/dss/prime_activite/identite" },
    request: (token) => call(`api-particulier/v3/dss/prime_activite/identite?${identityQuery(independant)}`, { token }),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "api-particulier/v3/france_travail/statut/identifiant",
    spec: { name: "api_particulier", path: "/v3/france_travail/statut/identifiant" },
    request: (token) =>
      call(
        `api-particulier/v3/france_travail/statut/identifiant?recipient=${RECIPIENT}&identifiant=${are.franceTravail!.identifiant}`,
        { token },
      ),
    blocks: dataOf,
    restricted: { status: 200, masked: ["identite", "contact", "adresse"] },
  },
  {
    endpoint: "api-particulier/v3/france_travail/indemnites/identifiant",
    spec: { name: "api_particulier", path: "/v3/france_travail/indemnites/identifiant" },
    request: (token) =>
      call(
        `api-particulier/v3/france_travail/indemnites/identifiant?recipient=${RECIPIENT}&identifiant=${are.franceTravail!.identifiant}`,
        { token },
      ),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "api-entreprise/v3/insee/sirene/etablissements/{siret}",
    spec: { name: "api_entreprise", path: "/v3/insee/sirene/etablissements/{siret}" },
    request: (token) => call(entreprise(`v3/insee/sirene/etablissements/${pme.siret}`), { token }),
    blocks: dataOf,
    restricted: { status: 200, masked: [] },
  },
  {
    endpoint: "api-entreprise/v3/insee/sirene/unites_legales/{siren}",
    spec: { name: "api_entreprise", path: "/v3/insee/sirene/unites_legales/{siren}" },
    request: (token) => call(entreprise(`v3/insee/sirene/unites_legales/${pme.siren}`), { token }),
    blocks: dataOf,
    restricted: { status: 200, masked: [] },
  },
  {
    endpoint: "api-entreprise/v4/urssaf/unites_legales/{siren}/attestation_vigilance",
    spec: { name: "api_entreprise", path: "/v4/urssaf/unites_legales/{siren}/attestation_vigilance" },
    request: (token) => call(entreprise(`v4/urssaf/unites_legales/${pme.siren}/attestation_vigilance`), { token }),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "api-entreprise/v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
    spec: {
      name: "api_entreprise",
      path: "/v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences",
    },
    request: (token) =>
      call(entreprise(`v3/carif_oref/etablissements/${formapro.siret}/certifications_qualiopi_france_competences`), {
        token,
      }),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "impot-particulier/situations/ir/assiettes/annrev/{ANNEE}",
    spec: { name: "api_impot_particulier", path: "/situations/ir/assiettes/annrev/{ANNEE}" },
    request: (token) =>
      call("impot-particulier/situations/ir/assiettes/annrev/2025", {
        token,
        headers: { "x-numero-fiscal": sophie.impots!.numeroFiscal },
      }),
    blocks: (body) => [body],
    restricted: { status: 200, masked: ["nbPart", "aft", "aftDetail"] },
  },
  {
    endpoint: "hypothetique/diplomes/v1/plus-haut-diplome",
    spec: null,
    request: (token) => call(`hypothetique/diplomes/v1/plus-haut-diplome?nir=${sophie.nir}`, { token }),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "hypothetique/verification-iban/v1/verifications",
    spec: null,
    request: (token) =>
      call("hypothetique/verification-iban/v1/verifications", {
        token,
        method: "POST",
        body: { iban: sophie.iban!.iban, nom: "MARTIN" },
      }),
    blocks: dataOf,
    restricted: { status: 403 },
  },
  {
    endpoint: "hypothetique/donnees-paie/v1/salaries/{nir}/remunerations",
    spec: null,
    request: (token) => call(`hypothetique/donnees-paie/v1/salaries/${sophie.nir}/remunerations?mois=12`, { token }),
    blocks: (body) => {
      const { periodes, ...payroll } = body.data as { periodes: TBody[] };
      return [payroll, ...periodes];
    },
    restricted: { status: 200, masked: ["primes"] },
  },
];

function expectRefusedForScopes(scopeCase: TScopeCase, response: Awaited<ReturnType<typeof call>>) {
  expect(response.status).toBe(403);
  if (scopeCase.spec?.name === "api_impot_particulier") {
    expectMatchesSpec(scopeCase.spec.name, scopeCase.spec.path, "default", response.body);
    return;
  }
  expect(response.body).toEqual({
    errors: [expect.objectContaining({ code: "00100", title: "Privilèges insuffisants" })],
  });
  if (scopeCase.spec) expectMatchesSpec(scopeCase.spec.name, scopeCase.spec.path, 403, response.body);
  else expect(ajv.getSchema("api_particulier#/components/schemas/Error")!(response.body)).toBe(true);
}

describe("scopes: every endpoint masks or refuses as the real API does", () => {
  it("covers every authenticated endpoint", () => {
    const total =
      Object.keys(API_PARTICULIER_ENDPOINTS).length +
      API_ENTREPRISE_ROUTES.length +
      1 +
      Object.keys(HYPOTHETICAL_ENDPOINTS).length;
    expect(SCOPE_CASES).toHaveLength(total);
    const resolved = SCOPE_CASES.map(({ endpoint }) => {
      const [api, ...rest] = endpoint.replace(/\{[^}]+\}/g, "x").split("/");
      if (api === "api-particulier") return API_PARTICULIER_ENDPOINTS[rest.join("/")];
      if (api === "api-entreprise") return API_ENTREPRISE_ROUTES.find((route) => route.pattern.test(rest.join("/")));
      if (api === "impot-particulier") return resolveImpotParticulier(rest);
      return resolveHypothetical(rest) && HYPOTHETICAL_ENDPOINTS[rest[0]];
    });
    expect(resolved.every(Boolean)).toBe(true);
    expect(new Set(resolved).size).toBe(total);
    expect(resolveApiEntreprise(["v3", "unknown"])).toBeNull();
  });

  describe.each(SCOPE_CASES)("$endpoint", (scopeCase) => {
    it("gives every block to the full token", async () => {
      const response = await scopeCase.request(mockApiTokens().full);
      expect(response.status).toBe(200);
      if (scopeCase.spec) expectMatchesSpec(scopeCase.spec.name, scopeCase.spec.path, 200, response.body);
      const masks = scopeCase.restricted.status === 200 ? scopeCase.restricted.masked : [];
      for (const key of masks)
        expect(
          scopeCase.blocks(response.body).some((block) => key in block),
          key,
        ).toBe(true);
    });

    it(`${scopeCase.restricted.status === 403 ? "refuses" : "masks for"} the restricted token`, async () => {
      const response = await scopeCase.request(mockApiTokens().restricted);
      if (scopeCase.restricted.status === 403) return expectRefusedForScopes(scopeCase, response);
      expect(response.status).toBe(200);
      const full = await scopeCase.request(mockApiTokens().full);
      const { masked } = scopeCase.restricted;
      if (scopeCase.spec) expectMatchesSpec(scopeCase.spec.name, scopeCase.spec.path, 200, response.body, { masked });
      // Masked blocks are left out, never blanked; what the scopes cover is identical to the full answer.
      const [restrictedBlocks, fullBlocks] = [scopeCase.blocks(response.body), scopeCase.blocks(full.body)];
      for (const [index, block] of restrictedBlocks.entries()) {
        for (const key of masked) expect(block).not.toHaveProperty(key);
        const kept = Object.fromEntries(Object.entries(fullBlocks[index]).filter(([key]) => !masked.includes(key)));
        expect(block).toEqual(kept);
      }
    });

    it("refuses a token holding none of its scopes", async () => {
      expectRefusedForScopes(scopeCase, await scopeCase.request(mockApiTokens().noScope));
    });
  });
});

describe("authentication comes before any simulated latency or failure", () => {
  afterEach(() => vi.useRealTimers());

  const siret = pme.siret;
  // Calls a gateway refuses on its own, and the answer it gives before asking any provider.
  const REFUSED: { label: string; path: string; token: string | null; status: number; method?: string }[] = [
    { label: "no token", path: entreprise(`v3/insee/sirene/etablissements/${siret}`), token: null, status: 401 },
    {
      label: "unknown token",
      path: `api-particulier/v3/dss/quotient_familial/identite?${identityQuery(rsa)}`,
      token: "atelier-efop-demo-token-faux",
      status: 401,
    },
    {
      label: "no token, hypothetical API",
      path: "hypothetique/verification-iban/v1/verifications",
      token: null,
      status: 401,
      method: "POST",
    },
    {
      label: "no token, DGFiP",
      path: "impot-particulier/situations/ir/assiettes/annrev/2025",
      token: null,
      status: 401,
    },
    {
      label: "token without the scope",
      path: entreprise(`v4/urssaf/unites_legales/${pme.siren}/attestation_vigilance`),
      token: mockApiTokens().restricted,
      status: 403,
    },
    {
      label: "token without any scope",
      path: `hypothetique/diplomes/v1/plus-haut-diplome?nir=${sophie.nir}`,
      token: mockApiTokens().noScope,
      status: 403,
    },
    {
      label: "missing recipient",
      path: `api-particulier/v3/france_travail/statut/identifiant?identifiant=${are.franceTravail!.identifiant}`,
      token: mockApiTokens().full,
      status: 422,
    },
    {
      label: "missing context",
      path: `api-entreprise/v3/insee/sirene/etablissements/${siret}?recipient=${RECIPIENT}&object=x`,
      token: mockApiTokens().full,
      status: 422,
    },
    {
      label: "missing object",
      path: `api-entreprise/v3/insee/sirene/unites_legales/${pme.siren}?recipient=${RECIPIENT}&context=x`,
      token: mockApiTokens().full,
      status: 422,
    },
    { label: "unknown endpoint", path: "api-entreprise/v3/inconnue", token: mockApiTokens().full, status: 404 },
  ];

  /** Settles without any timer firing: the fake clock never advances, so a simulated wait would hang. */
  async function answerWithoutWaiting(promise: Promise<Awaited<ReturnType<typeof call>>>) {
    let answer: Awaited<ReturnType<typeof call>> | undefined;
    void promise.then((value) => {
      answer = value;
    });
    for (let tick = 0; tick < 50 && !answer; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(vi.getTimerCount(), "un délai simulé est en attente").toBe(0);
    return answer;
  }

  it("answers refused calls at once, whatever latency or failure they ask for", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REFUSED),
        fc.record({
          latency: fc.integer({ min: 1, max: 60_000 }),
          failure: fc.constantFrom("timeout", "429", "502", "504", "none"),
          asQuery: fc.boolean(),
        }),
        async (refused, { latency, failure, asQuery }) => {
          const separator = refused.path.includes("?") ? "&" : "?";
          const path = asQuery
            ? `${refused.path}${separator}mock_latency_ms=${latency}&mock_failure=${failure}`
            : refused.path;
          const headers: Record<string, string> = asQuery
            ? {}
            : { "x-mock-latency-ms": String(latency), "x-mock-failure": failure };
          const answer = await answerWithoutWaiting(
            call(path, {
              token: refused.token,
              headers,
              method: refused.method,
              body: refused.method === "POST" ? { iban: "x", nom: "y" } : undefined,
            }),
          );
          expect(answer?.status, refused.label).toBe(refused.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("still simulates latency and failures for an authorised call", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const pending = call(entreprise(`v3/insee/sirene/etablissements/${siret}`), {
      headers: { "x-mock-latency-ms": "5000", "x-mock-failure": "502" },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await pending).status).toBe(502);
  });
});
