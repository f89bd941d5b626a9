import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TSignedInIdentity } from "@/lib/connectors/simulated-sign-in.ts";
import { PATH_KINDS, type TPathKind } from "@/lib/sheets/sheet-content.ts";
import type { TPrefillResult } from "./prefill-path.ts";
import { PATH_FIELDS, PATH_SOURCES, SOURCES, type TSourceKey } from "./wizard-definition.ts";
import {
  createWizardReducer,
  DEMO_FAILURES,
  initialWizardState,
  wizardStateProblems,
  type TPersonaChoice,
  type TWizardEvent,
  type TWizardState,
} from "./wizard-flow.ts";

const PERSONAS: TPersonaChoice[] = [
  { key: "salariee", label: "Salariée", description: "", path: "PARTICULIER", schemes: ["PTP"] },
  { key: "demandeur", label: "Demandeur d'emploi", description: "", path: "PARTICULIER", schemes: ["CPF"] },
  { key: "pme", label: "PME", description: "", path: "EMPLOYEUR", schemes: [] },
  { key: "organisme", label: "Organisme", description: "", path: "ORGANISME_FORMATION", schemes: [] },
];
const reduce = createWizardReducer(PERSONAS);
const run = (events: TWizardEvent[], path: TPathKind = "PARTICULIER") =>
  events.reduce(reduce, initialWizardState(PERSONAS, path));

function identity(
  personaKey: string,
  path: TPathKind,
  provider: "franceconnect" | "proconnect" = path === "PARTICULIER" ? "franceconnect" : "proconnect",
): TSignedInIdentity {
  const persona = { key: personaKey, label: personaKey, description: "", parcours: path, dispositifs: [] };
  return provider === "franceconnect"
    ? {
        fournisseur: "franceconnect",
        sub: personaKey,
        persona,
        given_name: "Sophie",
        family_name: "MARTIN",
        preferred_username: null,
        birthdate: "1988-04-12",
        gender: "female",
        birthplace: "14118",
        birthcountry: "99100",
        email: "demo@exemple.fr",
        demonstration: {},
      }
    : {
        fournisseur: "proconnect",
        sub: personaKey,
        persona,
        given_name: "Agent",
        usual_name: "Démo",
        email: "demo@exemple.fr",
        siret: "73282932000074",
        demonstration: {},
      };
}

function result(path: TPathKind, personaKey: string, answered: TSourceKey[] = PATH_SOURCES[path]): TPrefillResult {
  return {
    path,
    persona: { key: personaKey, label: personaKey },
    totalMs: 1,
    fields: PATH_FIELDS[path].map((field) => {
      const source = field.source && answered.includes(field.source) ? field.source : null;
      return {
        key: field.key,
        value: source && !field.validator ? "valeur" : "",
        source,
        fetchedAt: source ? "2026-12-04T10:00:00.000Z" : null,
        demo: false,
      };
    }),
    sources: PATH_SOURCES[path].map((key) => ({
      key,
      status: answered.includes(key) ? "ok" : "failed",
      message: null,
      durationMs: 1,
      calls: [],
    })),
  };
}

const throughSignIn: TWizardEvent[] = [
  { type: "started" },
  { type: "signedIn", identity: identity("salariee", "PARTICULIER") },
];

describe("the wizard's flow", () => {
  it("goes through the five stages in order", () => {
    const stages = [initialWizardState(PERSONAS, "PARTICULIER").stage];
    const events: TWizardEvent[] = [
      ...throughSignIn,
      { type: "prefilled", result: result("PARTICULIER", "salariee") },
      { type: "submitted" },
    ];
    events.reduce(
      (state, event) => {
        const next = reduce(state, event);
        stages.push(next.stage);
        return next;
      },
      initialWizardState(PERSONAS, "PARTICULIER"),
    );
    expect(stages).toEqual(["choisir", "identite", "consentement", "formulaire", "termine"]);
  });

  it("keeps the identity the sign-in answered, and refuses one of another persona or provider", () => {
    expect(run(throughSignIn).identity?.persona.key).toBe("salariee");
    expect(run([{ type: "started" }, { type: "signedIn", identity: identity("demandeur", "PARTICULIER") }]).stage).toBe(
      "identite",
    );
    expect(
      run([{ type: "started" }, { type: "signedIn", identity: identity("salariee", "PARTICULIER", "proconnect") }])
        .stage,
    ).toBe("identite");
    expect(
      run([{ type: "started" }, { type: "signedIn", identity: identity("pme", "EMPLOYEUR") }], "EMPLOYEUR").identity
        ?.fournisseur,
    ).toBe("proconnect");
  });

  it("signs out when another persona is chosen after the sign-in", () => {
    const state = run([
      ...throughSignIn,
      { type: "prefilled", result: result("PARTICULIER", "salariee") },
      { type: "personaChosen", personaKey: "demandeur" },
    ]);
    expect(state).toMatchObject({
      stage: "identite",
      personaKey: "demandeur",
      identity: null,
      fields: [],
      sources: [],
    });
  });

  it("ignores a persona of another path and a result of another persona", () => {
    expect(run([{ type: "personaChosen", personaKey: "pme" }]).personaKey).toBe("salariee");
    expect(run([...throughSignIn, { type: "prefilled", result: result("PARTICULIER", "demandeur") }]).stage).toBe(
      "consentement",
    );
  });

  it("marks a corrected pre-filled value and keeps a typed one as typed", () => {
    const state = run([
      ...throughSignIn,
      { type: "prefilled", result: result("PARTICULIER", "salariee", ["franceconnect"]) },
      { type: "fieldEdited", key: "nom", value: "MARTINS" },
      { type: "fieldEdited", key: "iban", value: "FR76" },
    ]);
    expect(state.fields.find((field) => field.key === "nom")).toMatchObject({ value: "MARTINS", corrected: true });
    expect(state.fields.find((field) => field.key === "iban")).toMatchObject({ value: "FR76", corrected: false });
  });

  it("stays on the form with French messages while an identifier is wrong, and clears a message once edited", () => {
    const invalid = run([
      ...throughSignIn,
      { type: "prefilled", result: result("PARTICULIER", "salariee") },
      { type: "fieldEdited", key: "iban", value: "FR76 0000" },
      { type: "submitted" },
    ]);
    expect(invalid.stage).toBe("formulaire");
    expect(invalid.errors.iban).toMatch(/IBAN français compte 27 caractères/);
    const fixed = [
      { type: "fieldEdited", key: "iban", value: "FR7630006000011234567890189" },
      { type: "submitted" },
    ] as TWizardEvent[];
    expect(reduce(invalid, fixed[0]).errors.iban).toBeUndefined();
    expect(fixed.reduce(reduce, invalid).stage).toBe("termine");
  });

  it("keeps consent and simulated failures within the path's sources", () => {
    const state = run([
      ...throughSignIn,
      { type: "consentChanged", source: "dgfip", consented: false },
      { type: "consentChanged", source: "insee", consented: true },
      { type: "failureChosen", source: "dsn", failure: "502" },
      { type: "failureChosen", source: "urssaf", failure: "429" },
    ]);
    expect(state.consented).not.toContain("dgfip");
    expect(state.consented).not.toContain("insee");
    expect(state.failures).toEqual({ dsn: "502" });
  });

  it("reset and a new path start over", () => {
    const filled = run([...throughSignIn, { type: "prefilled", result: result("PARTICULIER", "salariee") }]);
    expect(reduce(filled, { type: "reset" })).toEqual(initialWizardState(PERSONAS, "PARTICULIER"));
    expect(reduce(initialWizardState(PERSONAS, "PARTICULIER"), { type: "pathChosen", path: "EMPLOYEUR" })).toEqual(
      initialWizardState(PERSONAS, "EMPLOYEUR"),
    );
  });

  it("leaves a valid state after any sequence of events", () => {
    const path = fc.constantFrom(...PATH_KINDS);
    const personaKey = fc.constantFrom(...PERSONAS.map((persona) => persona.key), "inconnue");
    const source = fc.constantFrom(...(Object.keys(SOURCES) as TSourceKey[]));
    const fieldKey = fc.constantFrom(
      ...new Set(
        Object.values(PATH_FIELDS)
          .flat()
          .map((field) => field.key),
      ),
      "champ-inconnu",
    );
    const event: fc.Arbitrary<TWizardEvent> = fc.oneof(
      path.map((value) => ({ type: "pathChosen" as const, path: value })),
      personaKey.map((value) => ({ type: "personaChosen" as const, personaKey: value })),
      fc.constant({ type: "started" as const }),
      fc
        .record({ key: personaKey, path, provider: fc.constantFrom("franceconnect" as const, "proconnect" as const) })
        .map(({ key, path: kind, provider }) => ({
          type: "signedIn" as const,
          identity: identity(key, kind, provider),
        })),
      fc.record({ source, consented: fc.boolean() }).map((value) => ({ type: "consentChanged" as const, ...value })),
      fc
        .record({ source, failure: fc.constantFrom(...DEMO_FAILURES, null) })
        .map((value) => ({ type: "failureChosen" as const, ...value })),
      fc
        .record({ path, key: personaKey, answered: fc.subarray(Object.keys(SOURCES) as TSourceKey[]) })
        .map(({ path: kind, key, answered }) => ({ type: "prefilled" as const, result: result(kind, key, answered) })),
      fc
        .record({
          key: fieldKey,
          value: fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom("FR7630006000011234567890189", "RNCP38415", "12345"),
          ),
        })
        .map((value) => ({ type: "fieldEdited" as const, ...value })),
      fc.constant({ type: "submitted" as const }),
      fc.constant({ type: "reset" as const }),
    );
    fc.assert(
      fc.property(path, fc.array(event, { maxLength: 40 }), (start, events) => {
        let state: TWizardState = initialWizardState(PERSONAS, start);
        for (const next of events) {
          state = reduce(state, next);
          expect(wizardStateProblems(state, PERSONAS)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the property's check finds broken states", () => {
    const signedIn = run(throughSignIn);
    expect(wizardStateProblems({ ...signedIn, stage: "formulaire" }, PERSONAS)).toContain("champs incomplets");
    expect(wizardStateProblems({ ...signedIn, identity: null }, PERSONAS)).toContain(
      "identité incohérente avec l'étape",
    );
    expect(wizardStateProblems({ ...signedIn, personaKey: "pme" }, PERSONAS)).toContain("persona hors du parcours");
  });
});
