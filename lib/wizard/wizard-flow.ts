// The demonstrator's five stages as a pure reducer: choose a path and a
// persona, sign in (simulated), consent, check the pre-filled request, done.
// The component renders the state and runs the calls; every transition is
// here, so that no sequence of clicks can leave the wizard in a state it
// cannot render (wizard-flow.test.ts checks it over random event sequences).
import { identityProviderFor, type TSignedInIdentity } from "@/lib/connectors/simulated-sign-in.ts";
import {
  validateCertificationCode,
  validateFrenchIban,
  validateNir,
  validateSiret,
  validateTaxNumber,
} from "@/lib/identifiers/identifiers.ts";
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";
import type { TPrefillResult } from "./prefill-path.ts";
import { PATH_FIELDS, PATH_SOURCES, type TSourceKey, type TValidatorKey } from "./wizard-definition.ts";

export const WIZARD_STAGES = ["choisir", "identite", "consentement", "formulaire", "termine"] as const;
export type TWizardStage = (typeof WIZARD_STAGES)[number];
export const DEMO_FAILURES = ["timeout", "429", "502", "504"] as const;
export type TDemoFailure = (typeof DEMO_FAILURES)[number];

/** A persona offered on the simulated sign-in page; its identity comes only from the sign-in. */
export type TPersonaChoice = { key: string; label: string; description: string; path: TPathKind; schemes: string[] };

export type TWizardField = {
  key: string;
  value: string;
  source: TSourceKey | null;
  fetchedAt: string | null;
  corrected: boolean;
  demo: boolean;
};

export type TWizardState = {
  stage: TWizardStage;
  path: TPathKind;
  personaKey: string;
  /** The simulated provider's answer, kept from the sign-in on. */
  identity: TSignedInIdentity | null;
  consented: TSourceKey[];
  failures: Partial<Record<TSourceKey, TDemoFailure>>;
  fields: TWizardField[];
  sources: TPrefillResult["sources"];
  errors: Record<string, string>;
};

export type TWizardEvent =
  | { type: "pathChosen"; path: TPathKind }
  | { type: "personaChosen"; personaKey: string }
  | { type: "started" }
  | { type: "signedIn"; identity: TSignedInIdentity }
  | { type: "consentChanged"; source: TSourceKey; consented: boolean }
  | { type: "failureChosen"; source: TSourceKey; failure: TDemoFailure | null }
  | { type: "prefilled"; result: TPrefillResult }
  | { type: "fieldEdited"; key: string; value: string }
  | { type: "submitted" }
  | { type: "reset" };

const VALIDATORS: Record<TValidatorKey, (value: string) => string | null> = {
  siret: validateSiret,
  iban: validateFrenchIban,
  nir: validateNir,
  certification: validateCertificationCode,
  taxNumber: validateTaxNumber,
};

/** French messages of the fields whose value breaks its identifier rule; empty values are left to the person. */
export function fieldErrors(path: TPathKind, fields: TWizardField[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const definition of PATH_FIELDS[path]) {
    const value = fields.find((field) => field.key === definition.key)?.value.trim() ?? "";
    const message = definition.validator && value ? VALIDATORS[definition.validator](value) : null;
    if (message) errors[definition.key] = message;
  }
  return errors;
}

export const personasOf = (personas: TPersonaChoice[], path: TPathKind) =>
  personas.filter((persona) => persona.path === path);

/** The fields before any call: empty, typed by the person. */
export const emptyFields = (path: TPathKind): TWizardField[] =>
  PATH_FIELDS[path].map((field) => ({
    key: field.key,
    value: "",
    source: null,
    fetchedAt: null,
    corrected: false,
    demo: false,
  }));

export function initialWizardState(personas: TPersonaChoice[], path: TPathKind): TWizardState {
  const first = personasOf(personas, path)[0];
  if (!first) throw new Error(`Aucune persona pour le parcours ${path}`);
  return {
    stage: "choisir",
    path,
    personaKey: first.key,
    identity: null,
    consented: [...PATH_SOURCES[path]],
    failures: {},
    fields: [],
    sources: [],
    errors: {},
  };
}

/** Back to an earlier stage: what came after it no longer holds. */
const signedOut = (state: TWizardState, stage: "choisir" | "identite"): TWizardState => ({
  ...state,
  stage,
  identity: null,
  fields: [],
  sources: [],
  errors: {},
});

export function createWizardReducer(personas: TPersonaChoice[]) {
  return function wizardReducer(state: TWizardState, event: TWizardEvent): TWizardState {
    switch (event.type) {
      case "reset":
        return initialWizardState(personas, state.path);
      case "pathChosen":
        return state.stage === "choisir" || event.path !== state.path
          ? initialWizardState(personas, event.path)
          : state;
      case "personaChosen": {
        if (!personasOf(personas, state.path).some((persona) => persona.key === event.personaKey)) return state;
        if (event.personaKey === state.personaKey) return state;
        // Another persona must sign in again: nothing asked for the previous one is kept.
        const next = { ...state, personaKey: event.personaKey, failures: {}, consented: [...PATH_SOURCES[state.path]] };
        return signedOut(next, state.stage === "choisir" ? "choisir" : "identite");
      }
      case "started":
        return state.stage === "choisir" ? { ...state, stage: "identite" } : state;
      case "signedIn": {
        const { identity } = event;
        const fits =
          identity.fournisseur === identityProviderFor(state.path) &&
          identity.persona.parcours === state.path &&
          identity.persona.key === state.personaKey;
        return state.stage === "identite" && fits ? { ...state, stage: "consentement", identity } : state;
      }
      case "consentChanged": {
        if (state.stage !== "consentement" || !PATH_SOURCES[state.path].includes(event.source)) return state;
        const others = state.consented.filter((source) => source !== event.source);
        return {
          ...state,
          consented: event.consented
            ? PATH_SOURCES[state.path].filter((source) => others.includes(source) || source === event.source)
            : others,
        };
      }
      case "failureChosen": {
        if (state.stage !== "consentement" || !PATH_SOURCES[state.path].includes(event.source)) return state;
        const { [event.source]: _previous, ...failures } = state.failures;
        return { ...state, failures: event.failure ? { ...failures, [event.source]: event.failure } : failures };
      }
      case "prefilled": {
        const { result } = event;
        const expected = PATH_FIELDS[state.path].map((field) => field.key);
        const complete =
          result.fields.length === expected.length &&
          result.fields.every((field, index) => field.key === expected[index]);
        if (
          state.stage !== "consentement" ||
          result.path !== state.path ||
          result.persona.key !== state.personaKey ||
          !complete
        )
          return state;
        return {
          ...state,
          stage: "formulaire",
          fields: result.fields.map((field) => ({ ...field, corrected: false })),
          sources: result.sources,
          errors: {},
        };
      }
      case "fieldEdited": {
        if (state.stage !== "formulaire" || !state.fields.some((field) => field.key === event.key)) return state;
        const fields = state.fields.map((field) =>
          field.key === event.key ? { ...field, value: event.value, corrected: field.source !== null } : field,
        );
        const { [event.key]: _cleared, ...errors } = state.errors;
        return { ...state, fields, errors };
      }
      case "submitted": {
        if (state.stage !== "formulaire") return state;
        const errors = fieldErrors(state.path, state.fields);
        return Object.keys(errors).length > 0 ? { ...state, errors } : { ...state, stage: "termine", errors: {} };
      }
    }
  };
}

/** What a state must hold to be rendered; the reducer never leaves it (property-tested). */
export function wizardStateProblems(state: TWizardState, personas: TPersonaChoice[]): string[] {
  const problems: string[] = [];
  const sources = PATH_SOURCES[state.path];
  const fieldKeys = PATH_FIELDS[state.path].map((field) => field.key);
  if (!personasOf(personas, state.path).some((persona) => persona.key === state.personaKey))
    problems.push("persona hors du parcours");
  if (!state.consented.every((source) => sources.includes(source))) problems.push("consentement hors du parcours");
  if (new Set(state.consented).size !== state.consented.length) problems.push("consentement en double");
  if (!Object.keys(state.failures).every((source) => sources.includes(source as TSourceKey)))
    problems.push("panne simulée hors du parcours");
  const signedIn = state.stage !== "choisir" && state.stage !== "identite";
  if (signedIn !== (state.identity !== null)) problems.push("identité incohérente avec l'étape");
  if (
    state.identity &&
    (state.identity.persona.key !== state.personaKey ||
      state.identity.persona.parcours !== state.path ||
      state.identity.fournisseur !== identityProviderFor(state.path))
  ) {
    problems.push("identité d'une autre persona ou d'un autre parcours");
  }
  const filled = state.stage === "formulaire" || state.stage === "termine";
  if (
    filled &&
    (state.fields.length !== fieldKeys.length || state.fields.some((field, index) => field.key !== fieldKeys[index]))
  )
    problems.push("champs incomplets");
  if (!filled && (state.fields.length > 0 || state.sources.length > 0))
    problems.push("champs avant le pré-remplissage");
  if (state.fields.some((field) => field.corrected && field.source === null))
    problems.push("correction d'un champ saisi");
  if (!Object.keys(state.errors).every((key) => fieldKeys.includes(key))) problems.push("erreur d'un champ inconnu");
  if (state.stage === "termine" && Object.keys(state.errors).length > 0)
    problems.push("demande terminée avec des erreurs");
  return problems;
}
