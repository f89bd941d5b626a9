// Training offers in the shape of the CPF catalogue open data (Caisse des
// Dépôts): certification code, formacode, organisation SIRET, price, duration, region.
import { validateCertificationCode } from "@/lib/identifiers/identifiers.ts";
import { ERRORS, type TMockEndpoint, type TMockRequest, type TMockResponse } from "./runtime.ts";
import { PERSONAS } from "./personas.ts";
import invariant from "tiny-invariant";

function companyOf(key: string) {
  const company = PERSONAS.find((persona) => persona.key === key)?.company;
  invariant(company, `persona ${key} sans entreprise`);
  return company;
}

const formapro = companyOf("organisme-qualiopi");
const horizon = companyOf("organisme-certification-echue");

export const TRAINING_OFFERS = [
  {
    numero_action: "AF-2026-0001",
    intitule_formation: "Conducteur de chariots élévateurs — CACES R489",
    code_certification: "RS5635",
    code_formacode: "31812",
    siret_organisme: formapro.siret,
    nom_organisme: "FORMAPRO OCCITANIE",
    nom_region: "Occitanie",
    frais_ttc: 1_290,
    duree_heures: 35,
  },
  {
    numero_action: "AF-2026-0002",
    intitule_formation: "Titre professionnel Agent magasinier",
    code_certification: "RNCP38415",
    code_formacode: "31854",
    siret_organisme: formapro.siret,
    nom_organisme: "FORMAPRO OCCITANIE",
    nom_region: "Occitanie",
    frais_ttc: 6_450,
    duree_heures: 581,
  },
  {
    numero_action: "AF-2026-0004",
    intitule_formation: "Titre professionnel Employé administratif et d'accueil",
    code_certification: "RNCP37851",
    code_formacode: "35054",
    siret_organisme: formapro.siret,
    nom_organisme: "FORMAPRO OCCITANIE",
    nom_region: "Hauts-de-France",
    frais_ttc: 5_200,
    duree_heures: 497,
  },
  {
    numero_action: "AF-2026-0003",
    intitule_formation: "Concevoir des interfaces (UX design)",
    code_certification: "RNCP35634",
    code_formacode: "46270",
    siret_organisme: horizon.siret,
    nom_organisme: "CENTRE HORIZON FORMATION",
    nom_region: "Bretagne",
    frais_ttc: 3_900,
    duree_heures: 210,
  },
];

function searchTrainingOffers(request: TMockRequest): TMockResponse {
  const code = request.url.searchParams.get("code_certification");
  if (code && validateCertificationCode(code))
    return ERRORS.badParameter("code_certification", "Le code de certification n'est pas un code RNCP ou RS valide");
  const region = request.url.searchParams.get("nom_region");
  const siret = request.url.searchParams.get("siret_organisme");
  const results = TRAINING_OFFERS.filter(
    (offer) =>
      (!code || offer.code_certification === code.toUpperCase()) &&
      (!region || offer.nom_region === region) &&
      (!siret || offer.siret_organisme === siret),
  );
  return { status: 200, body: { total_count: results.length, results } };
}

/** Open data: no token, so no scope. */
export const resolveTrainingOffers = (path: string[]): TMockEndpoint | null =>
  path.join("/") === "v1/actions" ? { scopes: [], callerParameters: "none", handle: searchTrainingOffers } : null;
