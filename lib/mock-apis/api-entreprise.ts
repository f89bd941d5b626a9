// API Entreprise v3/v4 (DINUM): INSEE établissement and unité légale,
// URSSAF attestation de vigilance, Carif-Oref Qualiopi / France compétences.
import { validateSiren, validateSiret } from "@/lib/identifiers/identifiers.ts";
import { ERRORS, ok, type TMockEndpoint, type TMockRequest, type TMockResponse } from "./runtime.ts";
import { findPersonaBySiren, findPersonaBySiret, type TCompany, type TPersona } from "./personas.ts";
import invariant from "tiny-invariant";

const toTimestamp = (date: string) => Math.floor(new Date(`${date}T00:00:00Z`).getTime() / 1000);

function trancheEffectif(company: TCompany) {
  return {
    code: company.effectif.code,
    intitule: company.effectif.intitule,
    date_reference: "2024",
    de: company.effectif.de,
    a: company.effectif.a,
  };
}

function uniteLegale(company: TCompany) {
  const physical = company.personnePhysique;
  return {
    siren: company.siren,
    rna: company.formeJuridique.code === "9220" ? "W313012345" : null,
    siret_siege_social: company.siret,
    type: physical ? "personne_physique" : "personne_morale",
    personne_morale_attributs: { raison_sociale: physical ? null : company.raisonSociale, sigle: company.sigle },
    personne_physique_attributs: {
      pseudonyme: null,
      prenom_usuel: physical?.prenom ?? null,
      prenom_1: physical?.prenom ?? null,
      prenom_2: null,
      prenom_3: null,
      prenom_4: null,
      nom_usage: null,
      nom_naissance: physical?.nom ?? null,
      sexe: physical?.sexe ?? null,
    },
    categorie_entreprise: company.categorie,
    status_diffusion: "diffusible",
    diffusable_commercialement: true,
    forme_juridique: company.formeJuridique,
    activite_principale: { code: company.naf.code, libelle: company.naf.libelle, nomenclature: "NAFRev2" },
    tranche_effectif_salarie: trancheEffectif(company),
    etat_administratif: "A",
    economie_sociale_et_solidaire: company.formeJuridique.code === "9220",
    date_creation: toTimestamp(company.dateCreation),
  };
}

function etablissement(company: TCompany) {
  const address = company.adresse;
  return {
    siret: company.siret,
    siege_social: true,
    etat_administratif: "A",
    date_fermeture: null,
    activite_principale: { code: company.naf.code, libelle: company.naf.libelle, nomenclature: "NAFRev2" },
    tranche_effectif_salarie: trancheEffectif(company),
    status_diffusion: "diffusible",
    diffusable_commercialement: true,
    enseigne: null,
    unite_legale: uniteLegale(company),
    adresse: {
      numero_voie: address.numero,
      indice_repetition_voie: null,
      type_voie: address.typeVoie,
      libelle_voie: address.libelleVoie,
      complement_adresse: null,
      code_commune: address.codeCommune,
      code_postal: address.codePostal,
      distribution_speciale: null,
      code_cedex: null,
      libelle_cedex: null,
      libelle_commune: address.commune,
      libelle_commune_etranger: null,
      code_pays_etranger: null,
      libelle_pays_etranger: null,
      status_diffusion: "diffusible",
      acheminement_postal: {
        l1: company.raisonSociale || `${company.personnePhysique?.prenom} ${company.personnePhysique?.nom}`,
        l2: null,
        l3: null,
        l4: `${address.numero} ${address.typeVoie} ${address.libelleVoie}`,
        l5: null,
        l6: `${address.codePostal} ${address.commune}`,
        l7: "FRANCE",
      },
    },
    date_creation: toTimestamp(company.dateCreation),
  };
}

function vigilance(company: TCompany) {
  if (company.vigilance === "refus_de_delivrance") {
    return {
      entity_status: {
        code: "refus_de_delivrance",
        libelle: "Refus de délivrance",
        description:
          "La délivrance de l'attestation de vigilance a été refusée par l'URSSAF car l'entreprise n'est pas à jour de ses cotisations sociales.",
      },
      date_debut_validite: null,
      date_fin_validite: null,
      code_securite: null,
      document_url: null,
      document_url_expires_in: null,
    };
  }
  return {
    entity_status: {
      code: "ok",
      libelle: "Délivrance de l'attestation possible",
      description:
        "La délivrance de l'attestation de vigilance a été validée par l'Urssaf. L'attestation est délivrée lorsque l'entité est à jour de ses cotisations et contributions, ou bien dans le cas de figure où les sommes dues font l'objet d'un échéancier de paiement.",
    },
    date_debut_validite: "2026-10-31",
    date_fin_validite: "2027-04-30",
    code_securite: "ATELIEREFOP1234",
    document_url: "https://storage.entreprise.api.gouv.fr/attestation_vigilance_demo.pdf",
    document_url_expires_in: 86_400,
  };
}

function qualiopi(persona: TPersona) {
  const { trainingOrganisation: organisation, company } = persona;
  invariant(organisation && company, "route réservée aux organismes de formation");
  return {
    siret: company.siret,
    code_uai: organisation.uai,
    unite_legale_avec_plusieurs_nda: false,
    declarations_activites_etablissement: [
      {
        numero_de_declaration: organisation.nda,
        actif: organisation.actif,
        date_derniere_declaration: organisation.dateDerniereDeclaration,
        date_debut_exercice: organisation.debutExercice,
        date_fin_exercice: organisation.finExercice,
        certification_qualiopi: {
          action_formation: organisation.qualiopi.actionFormation,
          bilan_competences: organisation.qualiopi.bilanCompetences,
          validation_acquis_experience: organisation.qualiopi.vae,
          apprentissage: organisation.qualiopi.apprentissage,
          obtention_via_unite_legale: false,
        },
        specialites: {
          specialite_1: organisation.specialite,
          specialite_2: { code: null, libelle: null },
          specialite_3: { code: null, libelle: null },
        },
      },
    ],
    habilitations_france_competence: organisation.habilitations.map((habilitation) => ({
      code: habilitation.code,
      actif: habilitation.actif,
      date_actif: "2023-01-01",
      date_fin_enregistrement: habilitation.dateFin,
      date_decision: "2022-11-15",
      habilitation_pour_former: true,
      habilitation_pour_organiser_l_evaluation: false,
      sirets_organismes_certificateurs: ["13002526500013"],
    })),
  };
}

/**
 * API Entreprise grants one scope per endpoint and masks no field: a token
 * without the endpoint's scope gets 403 00100, a token with it gets everything.
 */
type Route = {
  pattern: RegExp;
  kind: "siret" | "siren";
  provider: string;
  scope: string;
  render: (persona: TPersona) => unknown | null;
  /** Links and meta of the real envelope; `base` is this mock's API Entreprise root. */
  envelope?: (company: TCompany, base: string) => { links: Record<string, unknown>; meta: Record<string, unknown> };
};

const LAST_UPDATE = toTimestamp("2026-01-15");

export const API_ENTREPRISE_ROUTES: Route[] = [
  {
    pattern: /^v3\/insee\/sirene\/etablissements\/([^/]+)$/,
    kind: "siret",
    provider: "INSEE",
    scope: "unites_legales_etablissements_insee",
    render: (persona) => (persona.company ? etablissement(persona.company) : null),
    envelope: (company, base) => ({
      links: { unite_legale: `${base}/v3/insee/sirene/unites_legales/${company.siren}` },
      meta: { date_derniere_mise_a_jour: LAST_UPDATE, redirect_from_siret: null },
    }),
  },
  {
    pattern: /^v3\/insee\/sirene\/unites_legales\/([^/]+)$/,
    kind: "siren",
    provider: "INSEE",
    scope: "unites_legales_etablissements_insee",
    render: (persona) => (persona.company ? { ...uniteLegale(persona.company), date_cessation: null } : null),
    envelope: (company, base) => ({
      links: {
        siege_social: `${base}/v3/insee/sirene/etablissements/${company.siret}`,
        siege_social_adresse: `${base}/v3/insee/sirene/etablissements/${company.siret}/adresse`,
      },
      meta: { date_derniere_mise_a_jour: LAST_UPDATE, redirect_from_siren: null },
    }),
  },
  {
    pattern: /^v4\/urssaf\/unites_legales\/([^/]+)\/attestation_vigilance$/,
    kind: "siren",
    provider: "ACOSS",
    scope: "attestations_sociales",
    render: (persona) => (persona.company ? vigilance(persona.company) : null),
  },
  {
    pattern: /^v3\/carif_oref\/etablissements\/([^/]+)\/certifications_qualiopi_france_competences$/,
    kind: "siret",
    provider: "Carif-Oref",
    scope: "certifications_qualiopi_france_competences",
    render: (persona) => (persona.trainingOrganisation ? qualiopi(persona) : null),
  },
];

function handleRoute(route: Route, request: TMockRequest): TMockResponse {
  const match = route.pattern.exec(request.path.join("/"));
  invariant(match, "route choisie par son motif");
  const identifier = decodeURIComponent(match[1]);
  if (route.kind === "siret" ? validateSiret(identifier) : validateSiren(identifier)) {
    return route.kind === "siret" ? ERRORS.badSiret() : ERRORS.badSiren();
  }
  const persona = route.kind === "siret" ? findPersonaBySiret(identifier) : findPersonaBySiren(identifier);
  const data = persona ? route.render(persona) : null;
  if (!data || !persona?.company) return ERRORS.notFound(route.provider);
  const base = `${request.url.origin}/api/mock/api-entreprise`;
  const { links, meta } = route.envelope?.(persona.company, base) ?? { links: {}, meta: {} };
  return ok(data, meta, links);
}

export function resolveApiEntreprise(path: string[]): TMockEndpoint | null {
  const route = API_ENTREPRISE_ROUTES.find((candidate) => candidate.pattern.test(path.join("/")));
  return route
    ? {
        scopes: [route.scope],
        callerParameters: "recipient-context-object",
        handle: (request) => handleRoute(route, request),
      }
    : null;
}

export const API_ENTREPRISE_PRIVILEGES_PATH = "/v2/privileges";
