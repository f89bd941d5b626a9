// Every identifier the simulated APIs answer passes the project's own checks:
// a demo that shows a malformed UAI or SIRET would teach the wrong rule.
import { describe, expect, it } from "vitest";
import { validateCertificationCode, validateFrenchIban, validateNir, validateSiren, validateSiret, validateTaxNumber, validateUai } from "@/lib/identifiers/identifiers.ts";
import { PERSONAS } from "./personas.ts";
import { TRAINING_OFFERS } from "./training-offers.ts";

/** Field name → the check its values must pass, wherever the field sits in the mock data. */
const CHECKS: Record<string, (value: string) => string | null> = {
  siret: validateSiret, siretEmployeur: validateSiret, organisationSiret: validateSiret, siret_organisme: validateSiret,
  siren: validateSiren,
  nir: validateNir, employeeNir: validateNir,
  iban: validateFrenchIban,
  uai: validateUai,
  numeroFiscal: validateTaxNumber,
  codeCertification: validateCertificationCode, code_certification: validateCertificationCode,
};

function identifiers(node: unknown, where: string, found: { field: string; where: string; value: string }[] = []) {
  if (Array.isArray(node)) node.forEach((item, index) => identifiers(item, `${where}[${index}]`, found));
  else if (node && typeof node === "object") {
    for (const [field, value] of Object.entries(node)) {
      // An empty value means « nothing typed » (the training organisation's own path); null, « none ».
      if (Object.hasOwn(CHECKS, field) && typeof value === "string" && value !== "") found.push({ field, where: `${where}.${field}`, value });
      else identifiers(value, `${where}.${field}`, found);
    }
  }
  return found;
}

describe("identifiers of the mock data", () => {
  const found = [...identifiers(PERSONAS, "PERSONAS"), ...identifiers(TRAINING_OFFERS, "TRAINING_OFFERS")];

  it("pass the project's validators (SIRET, SIREN, NIR, IBAN, UAI, tax number, RNCP / RS)", () => {
    expect(found.map(({ field, where, value }) => ({ where, value, problem: CHECKS[field](value) })).filter((entry) => entry.problem)).toEqual([]);
  });

  it("cover every kind of identifier, so that the check cannot pass empty", () => {
    expect(new Set(found.map(({ field }) => CHECKS[field]))).toEqual(new Set(Object.values(CHECKS)));
    expect(found.filter(({ field }) => field === "uai")).toHaveLength(1);
  });

  it("a company's SIRET starts with its SIREN, and each persona's training is in the catalogue", () => {
    for (const persona of PERSONAS) if (persona.company) expect(persona.company.siret.slice(0, 9)).toBe(persona.company.siren);
    const codes = new Set(TRAINING_OFFERS.map((offer) => offer.code_certification));
    expect(PERSONAS.filter((persona) => persona.typed.codeCertification && !codes.has(persona.typed.codeCertification)).map((persona) => persona.key)).toEqual([]);
  });

  it("no persona is offered a scheme its situation excludes: the PTP is for employees only", () => {
    const ptp = PERSONAS.filter((persona) => persona.path === "PARTICULIER" && persona.schemes.includes("projet-transition-professionnelle")).map((persona) => persona.key);
    expect(ptp).toEqual(["salariee-ptp"]);
    expect(PERSONAS.every((persona) => persona.schemes.length > 0)).toBe(true);
  });
});
