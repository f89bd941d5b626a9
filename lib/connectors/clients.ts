// Typed clients of the public APIs the pre-fill wizard calls. Each takes the
// connector configuration (base URL, token, timeouts) and returns only what the
// wizard uses.
import { callApi } from "./http.ts";
import type { TConnectorConfig } from "./connector-config.ts";

export type TIdentityQuery = { nomNaissance: string; prenoms: string[]; dateNaissance: string; sexe: "F" | "M"; codeCogInseePaysNaissance: string; codeCogInseeCommuneNaissance: string };
type Envelope<T> = { data: T; links: Record<string, unknown>; meta: Record<string, unknown> };

function identityParams(config: TConnectorConfig, identity: TIdentityQuery) {
  const [year, month, day] = identity.dateNaissance.split("-");
  const params = new URLSearchParams({
    recipient: config.recipient, nomNaissance: identity.nomNaissance, anneeDateNaissance: year,
    moisDateNaissance: String(Number(month)), jourDateNaissance: String(Number(day)), sexeEtatCivil: identity.sexe,
    codeCogInseePaysNaissance: identity.codeCogInseePaysNaissance, codeCogInseeCommuneNaissance: identity.codeCogInseeCommuneNaissance,
  });
  for (const prenom of identity.prenoms) params.append("prenoms[]", prenom);
  return params;
}

export const apiParticulier = {
  quotientFamilial: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi<Envelope<{ quotient_familial: { fournisseur: string; valeur: number; annee: number; mois: number }; enfants: unknown[] }>>(config, {
      source: "CNAF / MSA (API Particulier)", url: `${config.apiParticulier.baseUrl}/v3/dss/quotient_familial/identite`, token: config.apiParticulier.token, searchParams: identityParams(config, identity),
    }),
  revenuSolidariteActive: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi<Envelope<{ est_beneficiaire: boolean; avec_majoration: boolean | null; date_debut_droit: string | null }>>(config, {
      source: "CNAF / MSA (API Particulier)", url: `${config.apiParticulier.baseUrl}/v3/dss/revenu_solidarite_active/identite`, token: config.apiParticulier.token, searchParams: identityParams(config, identity),
    }),
  primeActivite: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi<Envelope<{ est_beneficiaire: boolean; avec_majoration: boolean | null; date_debut_droit: string | null }>>(config, {
      source: "CNAF / MSA (API Particulier)", url: `${config.apiParticulier.baseUrl}/v3/dss/prime_activite/identite`, token: config.apiParticulier.token, searchParams: identityParams(config, identity),
    }),
  franceTravailStatut: (config: TConnectorConfig, identifiant: string) =>
    callApi<Envelope<{ identifiant: string; inscription: { date_debut: string; date_fin: string | null; categorie: { code: number; libelle: string } } }>>(config, {
      source: "France Travail (API Particulier)", url: `${config.apiParticulier.baseUrl}/v3/france_travail/statut/identifiant`, token: config.apiParticulier.token,
      searchParams: { recipient: config.recipient, identifiant },
    }),
  franceTravailIndemnites: (config: TConnectorConfig, identifiant: string) =>
    callApi<Envelope<{ identifiant: string; paiements: { date_versement: string; montant_total: number }[] }>>(config, {
      source: "France Travail (API Particulier)", url: `${config.apiParticulier.baseUrl}/v3/france_travail/indemnites/identifiant`, token: config.apiParticulier.token,
      searchParams: { recipient: config.recipient, identifiant },
    }),
};

const entrepriseParams = (config: TConnectorConfig) => ({ recipient: config.recipient, context: config.context, object: "Demande de financement de formation" });

export const apiEntreprise = {
  etablissement: (config: TConnectorConfig, siret: string) =>
    callApi<Envelope<{ siret: string; etat_administratif: string; activite_principale: { code: string | null; libelle: string }; tranche_effectif_salarie: { intitule: string | null }; unite_legale: { siren: string; personne_morale_attributs: { raison_sociale: string | null }; personne_physique_attributs: { prenom_usuel: string | null; nom_naissance: string | null }; forme_juridique: { libelle: string } }; adresse: { acheminement_postal: Record<string, string | null> } }>>(config, {
      source: "INSEE (API Entreprise)", url: `${config.apiEntreprise.baseUrl}/v3/insee/sirene/etablissements/${encodeURIComponent(siret)}`, token: config.apiEntreprise.token, searchParams: entrepriseParams(config),
    }),
  attestationVigilance: (config: TConnectorConfig, siren: string) =>
    callApi<Envelope<{ entity_status: { code: string; libelle: string }; date_fin_validite: string | null }>>(config, {
      source: "URSSAF (API Entreprise)", url: `${config.apiEntreprise.baseUrl}/v4/urssaf/unites_legales/${encodeURIComponent(siren)}/attestation_vigilance`, token: config.apiEntreprise.token, searchParams: entrepriseParams(config),
    }),
  qualiopi: (config: TConnectorConfig, siret: string) =>
    callApi<Envelope<{ declarations_activites_etablissement: { numero_de_declaration: string; actif: boolean; date_fin_exercice: string; certification_qualiopi: { action_formation: boolean; bilan_competences: boolean; validation_acquis_experience: boolean; apprentissage: boolean } }[]; habilitations_france_competence: { code: string; actif: boolean }[] }>>(config, {
      source: "Carif-Oref (API Entreprise)", url: `${config.apiEntreprise.baseUrl}/v3/carif_oref/etablissements/${encodeURIComponent(siret)}/certifications_qualiopi_france_competences`, token: config.apiEntreprise.token, searchParams: entrepriseParams(config),
    }),
};

export const impotParticulier = {
  situation: (config: TConnectorConfig, numeroFiscal: string, year: number) =>
    callApi<{ rfr?: number; nbPart?: number; aft?: string }>(config, {
      source: "DGFiP (API Impôt particulier)", url: `${config.impotParticulier.baseUrl}/situations/ir/assiettes/annrev/${year}`, token: config.impotParticulier.token,
      headers: { "X-Numero-Fiscal": numeroFiscal },
    }),
};

export const hypothetical = {
  highestDiploma: (config: TConnectorConfig, nir: string) =>
    callApi<Envelope<{ intitule: string; niveau_europeen: string; code_certification: string; annee_obtention: number }>>(config, {
      source: "Diplômes (API hypothétique)", url: `${config.hypothetique.baseUrl}/diplomes/v1/plus-haut-diplome`, token: config.hypothetique.token, searchParams: { nir },
    }),
  ibanOwnership: (config: TConnectorConfig, body: { iban: string; nom: string; prenom?: string }) =>
    callApi<Envelope<{ resultat: "concordant" | "partiel" | "discordant" }>>(config, {
      source: "Vérification d'IBAN (API hypothétique)", url: `${config.hypothetique.baseUrl}/verification-iban/v1/verifications`, token: config.hypothetique.token, method: "POST", json: body,
    }),
  payslips: (config: TConnectorConfig, nir: string) =>
    callApi<Envelope<{ siret_employeur: string; periodes: { periode: string; heures_remunerees: number; salaire_brut: number; primes: { libelle: string; montant: number }[] }[] }>>(config, {
      source: "Données de paie DSN (API hypothétique)", url: `${config.hypothetique.baseUrl}/donnees-paie/v1/salaries/${encodeURIComponent(nir)}/remunerations`, token: config.hypothetique.token, searchParams: { mois: "12" },
    }),
};

export const catalogueCpf = {
  actions: (config: TConnectorConfig, query: { siret_organisme?: string; code_certification?: string }) =>
    callApi<{ total_count: number; results: { numero_action: string; intitule_formation: string; code_certification: string; frais_ttc: number; duree_heures: number; nom_organisme: string }[] }>(config, {
      source: "Catalogue CPF (Caisse des Dépôts)", url: `${config.catalogueCpf.baseUrl}/v1/actions`, searchParams: query as Record<string, string>,
    }),
};
