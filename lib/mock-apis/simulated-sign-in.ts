// The demonstrator's FranceConnect / ProConnect simulation: the chosen
// fictional persona « signs in » and this answers the identity the provider
// would hand over, plus the values the persona would type (`demonstration`).
// Only this side knows the personas; the wizard keeps what it is answered.
import { apiGouvError, type TMockEndpoint, type TMockRequest, type TMockResponse } from "./runtime.ts";
import { PERSONAS, SCHEME_NAMES, type TPersona } from "./personas.ts";
import invariant from "tiny-invariant";

const ROUTE = /^v1\/connexions\/(franceconnect|proconnect)\/([^/]+)$/;

const unknownPersona = () =>
  apiGouvError(
    404,
    "01003",
    "Persona inconnue",
    "Aucune persona de démonstration ne porte cet identifiant pour ce fournisseur d'identité.",
  );

function personaClaims(persona: TPersona) {
  return {
    key: persona.key,
    label: persona.label,
    description: persona.description,
    parcours: persona.path,
    dispositifs: persona.schemes.map((slug) => ({ slug, nom: SCHEME_NAMES[slug] })),
  };
}

function franceConnect(persona: TPersona) {
  const { identity } = persona;
  invariant(identity, "FranceConnect réservé aux particuliers");
  return {
    fournisseur: "franceconnect",
    sub: `demo-fc-${persona.key}`,
    persona: personaClaims(persona),
    given_name: identity.prenoms.join(" "),
    family_name: identity.nomNaissance,
    preferred_username: identity.nomUsage,
    birthdate: identity.dateNaissance,
    gender: identity.sexe === "F" ? "female" : "male",
    birthplace: identity.codeCogInseeCommuneNaissance,
    birthcountry: identity.codeCogInseePaysNaissance,
    email: persona.email ?? "",
    demonstration: {
      nir: persona.nir,
      identifiant_france_travail: persona.franceTravail?.identifiant,
      numero_fiscal: persona.impots?.numeroFiscal,
      annee_revenus: persona.impots?.annee,
      iban: persona.iban?.iban,
      code_certification: persona.typed.codeCertification,
    },
  };
}

function proConnect(persona: TPersona) {
  invariant(persona.company, "ProConnect réservé aux entreprises et organismes");
  return {
    fournisseur: "proconnect",
    sub: `demo-pc-${persona.key}`,
    persona: personaClaims(persona),
    given_name: "Agent",
    usual_name: "de démonstration",
    email: `demo@${persona.key}.exemple.fr`,
    siret: persona.company.siret,
    demonstration: {
      code_certification: persona.typed.codeCertification,
      nir_salarie: persona.typed.employeeNir,
      siret_organisme: persona.typed.organisationSiret,
    },
  };
}

function signIn(request: TMockRequest): TMockResponse {
  const match = ROUTE.exec(request.path.join("/"));
  invariant(match, "route choisie par son motif");
  const [, provider, key] = match;
  const persona = PERSONAS.find((candidate) => candidate.key === decodeURIComponent(key));
  const fits =
    persona &&
    (provider === "franceconnect"
      ? persona.path === "PARTICULIER" && persona.identity
      : persona.path !== "PARTICULIER" && persona.company);
  if (!persona || !fits) return unknownPersona();
  return { status: 200, body: provider === "franceconnect" ? franceConnect(persona) : proConnect(persona) };
}

/** No token: the simulation stands for the provider's own sign-in page. */
export const resolveSimulatedSignIn = (path: string[]): TMockEndpoint | null =>
  ROUTE.test(path.join("/")) ? { scopes: [], callerParameters: "none", handle: signIn } : null;
export const simulatedSignInNotFound = unknownPersona;

/** The personas offered on the simulated sign-in page, per path. */
export function demoPersonaChoices() {
  return PERSONAS.map((persona) => ({
    key: persona.key,
    label: persona.label,
    description: persona.description,
    path: persona.path,
    schemes: persona.schemes.map((slug) => SCHEME_NAMES[slug]),
  }));
}
