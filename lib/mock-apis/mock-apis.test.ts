// Contract tests: every answer of every persona is validated against the
// official OpenAPI descriptions in shared/reference/api-gouv (read at test time).
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { handleMockRequest } from "./handle-mock-request.ts";
import { PERSONAS, type TPersona } from "./personas.ts";
import { mockApiTokens } from "@/lib/config/app-config.ts";

process.env.MOCK_API_LATENCY_MS = "0";
const REFERENCE = path.resolve(import.meta.dirname, "../../../shared/reference/api-gouv");
const RECIPIENT = "13002526500013";

type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }>; schema?: unknown }> }>> };
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

function expectMatchesSpec(spec: string, specPath: string, status: number, body: unknown) {
  const response = specs[spec].paths[specPath].get.responses[String(status)];
  expect(response, `${specPath} ne décrit pas de réponse ${status}`).toBeDefined();
  const schema = response.content?.["application/json"]?.schema ?? response.schema;
  const pointer = (schema as { $ref?: string }).$ref;
  const validate = pointer ? ajv.getSchema(`${spec}${pointer}`)! : ajv.compile({ ...(schema as object), components: (specs[spec] as never as { components: unknown }).components });
  const valid = validate(body);
  expect(valid, `${specPath} ${status} : ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

async function call(pathname: string, { token = mockApiTokens().full, headers = {}, method = "GET", body }: { token?: string | null; headers?: Record<string, string>; method?: string; body?: unknown } = {}) {
  const url = new URL(`http://localhost/api/mock/${pathname}`);
  const request = new Request(url, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const response = await handleMockRequest(request, url.pathname.replace("/api/mock/", "").split("/").filter(Boolean));
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

function identityQuery(persona: TPersona) {
  const identity = persona.identity!;
  const [year, month, day] = identity.dateNaissance.split("-");
  const params = new URLSearchParams({ recipient: RECIPIENT, nomNaissance: identity.nomNaissance, anneeDateNaissance: year, moisDateNaissance: String(Number(month)), jourDateNaissance: String(Number(day)), sexeEtatCivil: identity.sexe, codeCogInseePaysNaissance: identity.codeCogInseePaysNaissance, codeCogInseeCommuneNaissance: identity.codeCogInseeCommuneNaissance });
  for (const prenom of identity.prenoms) params.append("prenoms[]", prenom);
  return params.toString();
}

const entreprise = (route: string) => `api-entreprise/${route}?recipient=${RECIPIENT}&context=Demande%20de%20formation&object=Atelier%20EFOP`;
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
        const { status, body } = await call(`api-particulier/v3/france_travail/${route}/identifiant?recipient=${RECIPIENT}&identifiant=${identifiant}`);
        expect(status).toBe(persona.franceTravail && (route === "statut" || persona.franceTravail.paiements.length > 0) ? 200 : 404);
        expectMatchesSpec("api_particulier", `/v3/france_travail/${route}/identifiant`, status, body);
      }
    });
  }

  it("knows the RSA beneficiary and not the unknown person", async () => {
    const rsa = await call(`api-particulier/v3/dss/revenu_solidarite_active/identite?${identityQuery(PERSONAS.find((p) => p.key === "beneficiaire-rsa")!)}`);
    expect(rsa.body.data).toEqual({ est_beneficiaire: true, avec_majoration: true, date_debut_droit: "2025-11-01" });
    const unknown = await call(`api-particulier/v3/dss/quotient_familial/identite?${identityQuery(PERSONAS.find((p) => p.key === "inconnu")!)}`);
    expect(unknown.status).toBe(404);
  });

  it("masks the fields outside the token's scopes", async () => {
    const persona = PERSONAS.find((p) => p.key === "beneficiaire-rsa")!;
    const full = await call(`api-particulier/v3/dss/quotient_familial/identite?${identityQuery(persona)}`);
    const restricted = await call(`api-particulier/v3/dss/quotient_familial/identite?${identityQuery(persona)}`, { token: mockApiTokens().restricted });
    expect((full.body.data as { enfants: unknown[] }).enfants).toHaveLength(2);
    expect((restricted.body.data as { enfants: unknown[] }).enfants).toEqual([]);
    expectMatchesSpec("api_particulier", "/v3/dss/quotient_familial/identite", 200, restricted.body);
  });
});

describe("API Entreprise v3 mock", () => {
  for (const persona of companies) {
    it(`answers ${persona.key} as the official description says`, async () => {
      const company = persona.company!;
      const calls = [
        ["/v3/insee/sirene/etablissements/{siret}", `v3/insee/sirene/etablissements/${company.siret}`],
        ["/v3/insee/sirene/unites_legales/{siren}", `v3/insee/sirene/unites_legales/${company.siren}`],
        ["/v4/urssaf/unites_legales/{siren}/attestation_vigilance", `v4/urssaf/unites_legales/${company.siren}/attestation_vigilance`],
        ["/v3/carif_oref/etablissements/{siret}/certifications_qualiopi_france_competences", `v3/carif_oref/etablissements/${company.siret}/certifications_qualiopi_france_competences`],
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
    const codes = async (query: string) => ((await call(`api-entreprise/v3/insee/sirene/etablissements/${siret}?${query}`)).body.errors as { code: string }[])[0].code;
    expect(await codes("context=a&object=b")).toBe("00203");
    expect(await codes(`recipient=${RECIPIENT}&object=b`)).toBe("00201");
    expect(await codes(`recipient=${RECIPIENT}&context=a`)).toBe("00202");
  });

  it("shows a lapsed Qualiopi certification as inactive", async () => {
    const lapsed = PERSONAS.find((p) => p.key === "organisme-certification-echue")!.company!;
    const { body } = await call(entreprise(`v3/carif_oref/etablissements/${lapsed.siret}/certifications_qualiopi_france_competences`));
    const [declaration] = (body.data as { declarations_activites_etablissement: { actif: boolean; certification_qualiopi: { action_formation: boolean } }[] }).declarations_activites_etablissement;
    expect(declaration.actif).toBe(false);
    expect(declaration.certification_qualiopi.action_formation).toBe(false);
  });
});

describe("API Impôt particulier mock", () => {
  for (const persona of PERSONAS.filter((p) => p.identity)) {
    it(`answers ${persona.key} as the official description says`, async () => {
      const { status, body } = await call("impot-particulier/situations/ir/assiettes/annrev/2025", { headers: { "x-numero-fiscal": persona.impots?.numeroFiscal ?? "9999999999999" } });
      expect(status).toBe(persona.impots ? 200 : 404);
      expectMatchesSpec("api_impot_particulier", "/situations/ir/assiettes/annrev/{ANNEE}", status, body);
    });
  }
});

describe("common behaviour", () => {
  it("requires the Bearer token (401 00101)", async () => {
    const { status, body } = await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), { token: null });
    expect(status).toBe(401);
    expectMatchesSpec("api_entreprise", "/v3/insee/sirene/etablissements/{siret}", 401, body);
  });

  it.each([["429", 429], ["502", 502], ["504", 504]] as const)("injects a %s failure on demand, in the official envelope", async (failure, status) => {
    const response = await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), { headers: { "x-mock-failure": failure } });
    expect(response.status).toBe(status);
    expectMatchesSpec("api_entreprise", "/v3/insee/sirene/etablissements/{siret}", status, response.body);
    if (status === 429) expect(response.headers.get("retry-after")).toBe("1");
  });

  it("waits the requested latency", async () => {
    const started = performance.now();
    await call(entreprise(`v3/insee/sirene/etablissements/${companies[0].company!.siret}`), { headers: { "x-mock-latency-ms": "120" } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe("hypothetical APIs and training offers", () => {
  const sophie = PERSONAS.find((p) => p.key === "salariee-ptp")!;

  it("return the highest diploma, an IBAN check and 12 months of payslip data, labelled hypothetical", async () => {
    const diploma = await call(`hypothetique/diplomes/v1/plus-haut-diplome?nir=${sophie.nir}`);
    expect(diploma.body).toMatchObject({ data: { niveau_europeen: "4" }, meta: { hypothetique: true } });
    const iban = await call("hypothetique/verification-iban/v1/verifications", { method: "POST", body: { iban: sophie.iban!.iban, nom: "MARTIN", prenom: "Sophie" } });
    expect(iban.body).toMatchObject({ data: { resultat: "concordant", code_diamond: "GREEN" } });
    const partial = await call("hypothetique/verification-iban/v1/verifications", { method: "POST", body: { iban: PERSONAS.find((p) => p.key === "beneficiaire-rsa")!.iban!.iban, nom: "LEROY" } });
    expect((partial.body.data as { resultat: string }).resultat).toBe("partiel");
    const payslips = await call(`hypothetique/donnees-paie/v1/salaries/${sophie.nir}/remunerations?mois=12`);
    const periods = (payslips.body.data as { periodes: { salaire_brut: number; primes: unknown[] }[] }).periodes;
    expect(periods).toHaveLength(12);
    expect(periods.flatMap((period) => period.primes)).toHaveLength(2);
  });

  it("refuses a malformed NIR or IBAN", async () => {
    expect((await call("hypothetique/diplomes/v1/plus-haut-diplome?nir=123")).status).toBe(422);
    expect((await call("hypothetique/verification-iban/v1/verifications", { method: "POST", body: { iban: "FR7700000000000000000000000", nom: "X" } })).status).toBe(422);
  });

  it("searches the training catalogue by certification", async () => {
    const { body } = await call("catalogue-cpf/v1/actions?code_certification=RS5635", { token: null });
    expect(body).toMatchObject({ total_count: 1, results: [{ code_certification: "RS5635", duree_heures: 35 }] });
    expect((await call("catalogue-cpf/v1/actions?code_certification=ABC", { token: null })).status).toBe(422);
  });
});
