// Every identifier the simulated APIs answer passes the project's own checks:
// a demo that shows a malformed UAI or SIRET would teach the wrong rule.
import { describe, expect, it } from "vitest";
import {
  validateCertificationCode,
  validateFrenchIban,
  validateNir,
  validateSiren,
  validateSiret,
  validateTaxNumber,
  validateUai,
} from "@/lib/identifiers/identifiers.ts";
import { mockApiTokens } from "@/lib/config/app-config.ts";
import { handleMockRequest } from "./handle-mock-request.ts";
import { PERSONAS } from "./personas.ts";
import { TRAINING_OFFERS } from "./training-offers.ts";

/** Field name → the check its values must pass, wherever the field sits in the mock data. */
const CHECKS: Record<string, (value: string) => string | null> = {
  siret: validateSiret,
  siretEmployeur: validateSiret,
  organisationSiret: validateSiret,
  siret_organisme: validateSiret,
  siret_siege_social: validateSiret,
  siret_employeur: validateSiret,
  sirets_organismes_certificateurs: validateSiret,
  siren: validateSiren,
  nir: validateNir,
  employeeNir: validateNir,
  nir_salarie: validateNir,
  iban: validateFrenchIban,
  uai: validateUai,
  code_uai: validateUai,
  numeroFiscal: validateTaxNumber,
  numero_fiscal: validateTaxNumber,
  codeCertification: validateCertificationCode,
  code_certification: validateCertificationCode,
};

function identifiers(node: unknown, where: string, found: { field: string; where: string; value: string }[] = []) {
  if (Array.isArray(node)) node.forEach((item, index) => identifiers(item, `${where}[${index}]`, found));
  else if (node && typeof node === "object") {
    for (const [field, value] of Object.entries(node)) {
      // An empty value means « nothing typed » (the training organisation's own path); null, « none ».
      const values =
        Array.isArray(value) && value.every((item) => typeof item === "string")
          ? (value as string[])
          : typeof value === "string"
            ? [value]
            : null;
      if (Object.hasOwn(CHECKS, field) && values)
        values
          .filter((item) => item !== "")
          .forEach((item) => found.push({ field, where: `${where}.${field}`, value: item }));
      else identifiers(value, `${where}.${field}`, found);
    }
  }
  return found;
}

describe("identifiers of the mock data", () => {
  const found = [...identifiers(PERSONAS, "PERSONAS"), ...identifiers(TRAINING_OFFERS, "TRAINING_OFFERS")];

  it("pass the project's validators (SIRET, SIREN, NIR, IBAN, UAI, tax number, RNCP / RS)", () => {
    expect(
      found
        .map(({ field, where, value }) => ({ where, value, problem: CHECKS[field](value) }))
        .filter((entry) => entry.problem),
    ).toEqual([]);
  });

  it("cover every kind of identifier, so that the check cannot pass empty", () => {
    expect(new Set(found.map(({ field }) => CHECKS[field]))).toEqual(new Set(Object.values(CHECKS)));
    expect(found.filter(({ field }) => field === "uai")).toHaveLength(1);
  });

  it("a company's SIRET starts with its SIREN, and each persona's training is in the catalogue", () => {
    for (const persona of PERSONAS)
      if (persona.company) expect(persona.company.siret.slice(0, 9)).toBe(persona.company.siren);
    const codes = new Set(TRAINING_OFFERS.map((offer) => offer.code_certification));
    expect(
      PERSONAS.filter((persona) => persona.typed.codeCertification && !codes.has(persona.typed.codeCertification)).map(
        (persona) => persona.key,
      ),
    ).toEqual([]);
  });

  it("no persona is offered a scheme its situation excludes: the PTP is for employees only", () => {
    const ptp = PERSONAS.filter(
      (persona) => persona.path === "PARTICULIER" && persona.schemes.includes("projet-transition-professionnelle"),
    ).map((persona) => persona.key);
    expect(ptp).toEqual(["salariee-ptp"]);
    expect(PERSONAS.every((persona) => persona.schemes.length > 0)).toBe(true);
  });
});

/**
 * The answers themselves, as the connectors receive them: sign-in claims and API Entreprise documents of every persona.
 */
async function answers() {
  const get = async (route: string) => {
    const url = `http://localhost/api/mock/${route}`;
    const response = await handleMockRequest(
      new Request(url, { headers: { Authorization: `Bearer ${mockApiTokens().full}`, "X-Mock-Latency-Ms": "0" } }),
      route.split("?")[0].split("/"),
    );
    return response.ok ? ((await response.json()) as unknown) : null;
  };
  const caller = "recipient=13002526500013&context=test&object=test";
  const results: Record<string, unknown> = {};
  for (const persona of PERSONAS) {
    results[`connexion ${persona.key}`] = await get(
      `identite/v1/connexions/${persona.path === "PARTICULIER" ? "franceconnect" : "proconnect"}/${persona.key}`,
    );
    if (!persona.company) continue;
    const { siret, siren } = persona.company;
    results[`etablissement ${persona.key}`] = await get(
      `api-entreprise/v3/insee/sirene/etablissements/${siret}?${caller}`,
    );
    results[`unite legale ${persona.key}`] = await get(
      `api-entreprise/v3/insee/sirene/unites_legales/${siren}?${caller}`,
    );
    results[`qualiopi ${persona.key}`] = await get(
      `api-entreprise/v3/carif_oref/etablissements/${siret}/certifications_qualiopi_france_competences?${caller}`,
    );
  }
  return results;
}

describe("identifiers in the simulated answers", () => {
  it("pass the same validators, UAI and certifying bodies included", async () => {
    const found = identifiers(await answers(), "réponses");
    expect(
      found
        .map(({ field, where, value }) => ({ where, value, problem: CHECKS[field](value) }))
        .filter((entry) => entry.problem),
    ).toEqual([]);
    for (const field of [
      "code_uai",
      "siret_siege_social",
      "sirets_organismes_certificateurs",
      "nir",
      "nir_salarie",
      "iban",
      "numero_fiscal",
      "siret_organisme",
    ]) {
      expect(
        found.some((entry) => entry.field === field),
        field,
      ).toBe(true);
    }
  });
});
