// Typed clients of the public APIs the pre-fill wizard calls. Each takes the
// connector configuration (base URL, token, timeouts), calls one endpoint of
// endpoints.ts and returns its answer checked by a zod schema written from the
// official descriptions (shared/reference/api-gouv), reduced to what the
// wizard reads.
import { z } from "zod";
import { callApi } from "./http.ts";
import type { TConnectorConfig } from "./connector-config.ts";

export type TIdentityQuery = {
  nomNaissance: string;
  prenoms: string[];
  dateNaissance: string;
  sexe: "F" | "M";
  codeCogInseePaysNaissance: string;
  codeCogInseeCommuneNaissance: string;
};

/** API Particulier and API Entreprise answer `{ data, links, meta }`. */
const envelope = <T extends z.ZodType>(data: T) =>
  z.object({
    data,
    links: z.record(z.string(), z.unknown()).optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
  });

const ZBenefit = z.object({
  est_beneficiaire: z.boolean(),
  avec_majoration: z.boolean().nullish(),
  date_debut_droit: z.string().nullish(),
});
export const ZQuotientFamilial = envelope(
  z.object({
    quotient_familial: z.object({
      fournisseur: z.string().nullish(),
      valeur: z.number(),
      annee: z.number().nullish(),
      mois: z.number().nullish(),
    }),
  }),
);
export const ZBenefitAnswer = envelope(ZBenefit);
export const ZFranceTravailStatut = envelope(
  z.object({
    identifiant: z.string(),
    inscription: z.object({
      date_debut: z.string(),
      date_fin: z.string().nullish(),
      categorie: z.object({ code: z.number(), libelle: z.string() }),
    }),
  }),
);
export const ZFranceTravailIndemnites = envelope(
  z.object({
    identifiant: z.string().nullish(),
    paiements: z.array(z.object({ date_versement: z.string(), montant_total: z.number() })),
  }),
);
export const ZEtablissement = envelope(
  z.object({
    siret: z.string(),
    activite_principale: z.object({ code: z.string().nullable(), libelle: z.string().nullish() }),
    tranche_effectif_salarie: z.object({ intitule: z.string().nullish() }),
    unite_legale: z.object({
      siren: z.string(),
      personne_morale_attributs: z.object({ raison_sociale: z.string().nullish() }),
      personne_physique_attributs: z.object({
        prenom_usuel: z.string().nullish(),
        nom_naissance: z.string().nullish(),
      }),
    }),
    adresse: z.object({ acheminement_postal: z.record(z.string(), z.string().nullable()) }),
  }),
);
export const ZAttestationVigilance = envelope(
  z.object({
    entity_status: z.object({ code: z.string(), libelle: z.string() }),
    date_fin_validite: z.string().nullish(),
  }),
);
export const ZQualiopi = envelope(
  z.object({
    declarations_activites_etablissement: z.array(
      z.object({
        numero_de_declaration: z.string(),
        actif: z.boolean(),
        certification_qualiopi: z.object({ action_formation: z.boolean() }),
      }),
    ),
    habilitations_france_competence: z.array(z.object({ code: z.string(), actif: z.boolean() })),
  }),
);
/** API Impôt particulier: a plain object, each field present only with its scope. */
export const ZSituationIr = z.object({
  rfr: z.number().optional(),
  nbPart: z.number().optional(),
  aft: z.string().optional(),
});
export const ZHighestDiploma = envelope(
  z.object({
    intitule: z.string(),
    niveau_europeen: z.string(),
    code_certification: z.string(),
    annee_obtention: z.number(),
  }),
);
export const ZIbanOwnership = envelope(z.object({ resultat: z.enum(["concordant", "partiel", "discordant"]) }));
export const ZPayslips = envelope(
  z.object({
    periodes: z.array(
      z.object({
        periode: z.string(),
        heures_remunerees: z.number(),
        salaire_brut: z.number(),
        primes: z.array(z.object({ libelle: z.string(), montant: z.number() })),
      }),
    ),
  }),
);
export const ZTrainingActions = z.object({
  total_count: z.number(),
  results: z.array(
    z.object({
      numero_action: z.string(),
      intitule_formation: z.string(),
      code_certification: z.string(),
      frais_ttc: z.number(),
      duree_heures: z.number(),
      nom_organisme: z.string(),
    }),
  ),
});

function identityParams(config: TConnectorConfig, identity: TIdentityQuery) {
  const [year, month, day] = identity.dateNaissance.split("-");
  const params = new URLSearchParams({
    recipient: config.recipient,
    nomNaissance: identity.nomNaissance,
    anneeDateNaissance: year,
    moisDateNaissance: String(Number(month)),
    jourDateNaissance: String(Number(day)),
    sexeEtatCivil: identity.sexe,
    codeCogInseePaysNaissance: identity.codeCogInseePaysNaissance,
    codeCogInseeCommuneNaissance: identity.codeCogInseeCommuneNaissance,
  });
  for (const prenom of identity.prenoms) params.append("prenoms[]", prenom);
  return params;
}

const CNAF = "CNAF / MSA (API Particulier)";
const FRANCE_TRAVAIL = "France Travail (API Particulier)";
const particulier = (config: TConnectorConfig) => ({
  baseUrl: config.apiParticulier.baseUrl,
  token: config.apiParticulier.token,
});
const entreprise = (config: TConnectorConfig) => ({
  baseUrl: config.apiEntreprise.baseUrl,
  token: config.apiEntreprise.token,
  searchParams: { recipient: config.recipient, context: config.context, object: "Demande de financement de formation" },
});
const hypothetique = (config: TConnectorConfig) => ({
  baseUrl: config.hypothetique.baseUrl,
  token: config.hypothetique.token,
});

export const apiParticulier = {
  quotientFamilial: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi(
      config,
      {
        source: CNAF,
        endpoint: "quotientFamilial",
        ...particulier(config),
        searchParams: identityParams(config, identity),
      },
      ZQuotientFamilial,
    ),
  revenuSolidariteActive: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi(
      config,
      {
        source: CNAF,
        endpoint: "revenuSolidariteActive",
        ...particulier(config),
        searchParams: identityParams(config, identity),
      },
      ZBenefitAnswer,
    ),
  primeActivite: (config: TConnectorConfig, identity: TIdentityQuery) =>
    callApi(
      config,
      {
        source: CNAF,
        endpoint: "primeActivite",
        ...particulier(config),
        searchParams: identityParams(config, identity),
      },
      ZBenefitAnswer,
    ),
  franceTravailStatut: (config: TConnectorConfig, identifiant: string) =>
    callApi(
      config,
      {
        source: FRANCE_TRAVAIL,
        endpoint: "franceTravailStatut",
        ...particulier(config),
        searchParams: { recipient: config.recipient, identifiant },
      },
      ZFranceTravailStatut,
    ),
  franceTravailIndemnites: (config: TConnectorConfig, identifiant: string) =>
    callApi(
      config,
      {
        source: FRANCE_TRAVAIL,
        endpoint: "franceTravailIndemnites",
        ...particulier(config),
        searchParams: { recipient: config.recipient, identifiant },
      },
      ZFranceTravailIndemnites,
    ),
};

export const apiEntreprise = {
  etablissement: (config: TConnectorConfig, siret: string) =>
    callApi(
      config,
      { source: "INSEE (API Entreprise)", endpoint: "etablissement", pathParameters: { siret }, ...entreprise(config) },
      ZEtablissement,
    ),
  attestationVigilance: (config: TConnectorConfig, siren: string) =>
    callApi(
      config,
      {
        source: "URSSAF (API Entreprise)",
        endpoint: "attestationVigilance",
        pathParameters: { siren },
        ...entreprise(config),
      },
      ZAttestationVigilance,
    ),
  qualiopi: (config: TConnectorConfig, siret: string) =>
    callApi(
      config,
      { source: "Carif-Oref (API Entreprise)", endpoint: "qualiopi", pathParameters: { siret }, ...entreprise(config) },
      ZQualiopi,
    ),
};

export const impotParticulier = {
  situation: (config: TConnectorConfig, numeroFiscal: string, year: number) =>
    callApi(
      config,
      {
        source: "DGFiP (API Impôt particulier)",
        endpoint: "situationIr",
        pathParameters: { annee: String(year) },
        baseUrl: config.impotParticulier.baseUrl,
        token: config.impotParticulier.token,
        headers: { "X-Numero-Fiscal": numeroFiscal },
      },
      ZSituationIr,
    ),
};

export const hypothetical = {
  highestDiploma: (config: TConnectorConfig, nir: string) =>
    callApi(
      config,
      {
        source: "Diplômes (API hypothétique)",
        endpoint: "highestDiploma",
        ...hypothetique(config),
        searchParams: { nir },
      },
      ZHighestDiploma,
    ),
  ibanOwnership: (config: TConnectorConfig, body: { iban: string; nom: string; prenom?: string }) =>
    callApi(
      config,
      {
        source: "Vérification d'IBAN (API hypothétique)",
        endpoint: "ibanOwnership",
        ...hypothetique(config),
        json: body,
      },
      ZIbanOwnership,
    ),
  payslips: (config: TConnectorConfig, nir: string) =>
    callApi(
      config,
      {
        source: "Données de paie DSN (API hypothétique)",
        endpoint: "payslips",
        pathParameters: { nir },
        ...hypothetique(config),
        searchParams: { mois: "12" },
      },
      ZPayslips,
    ),
};

export const catalogueCpf = {
  actions: (config: TConnectorConfig, query: { siret_organisme?: string; code_certification?: string }) =>
    callApi(
      config,
      {
        source: "Catalogue CPF (Caisse des Dépôts)",
        endpoint: "trainingActions",
        baseUrl: config.catalogueCpf.baseUrl,
        searchParams: Object.fromEntries(
          Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
      },
      ZTrainingActions,
    ),
};
