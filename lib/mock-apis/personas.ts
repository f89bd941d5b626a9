// Fictional people and organisations answered by the mock public APIs. They
// cover the three paths of the « Formation financée » use case. Identifiers are
// built valid (Luhn, mod-97, NIR key) but belong to no one.
import { frenchIbanFromBban, nirKey, withLuhnDigit } from "@/lib/identifiers/identifiers.ts";

import type { PathKind as TPathKind } from "@/lib/db/enums.ts";

/** Funding schemes of the demo catalogue (slugs of lib/seed/funding-schemes.ts) a persona's situation allows. */
export const SCHEME_NAMES = {
  cpf: "Compte personnel de formation (CPF)",
  "projet-transition-professionnelle": "Projet de transition professionnelle (PTP) – Transitions Pro",
  "aide-regionale-formation": "Aides régionales à la formation",
  vae: "Validation des acquis de l'expérience (VAE)",
} as const;
export type TSchemeSlug = keyof typeof SCHEME_NAMES;

export type TIdentity = {
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string[];
  sexe: "F" | "M";
  dateNaissance: string;
  codeCogInseeCommuneNaissance: string;
  codeCogInseePaysNaissance: string;
};

export type TCompany = {
  siren: string;
  siret: string;
  raisonSociale: string;
  sigle: string | null;
  formeJuridique: { code: string; libelle: string };
  naf: { code: string; libelle: string };
  effectif: { code: string; intitule: string; de: number; a: number };
  categorie: "PME" | "ETI" | "GE";
  dateCreation: string;
  adresse: {
    numero: string;
    typeVoie: string;
    libelleVoie: string;
    codePostal: string;
    commune: string;
    codeCommune: string;
  };
  personnePhysique?: { prenom: string; nom: string; sexe: "F" | "M" };
  vigilance: "ok" | "refus_de_delivrance";
};

export type TTrainingOrganisation = {
  nda: string;
  actif: boolean;
  dateDerniereDeclaration: string;
  debutExercice: string;
  finExercice: string;
  qualiopi: { actionFormation: boolean; bilanCompetences: boolean; vae: boolean; apprentissage: boolean };
  specialite: { code: string; libelle: string };
  habilitations: { code: string; actif: boolean; dateFin: string | null }[];
  uai: string | null;
};

export type TPersona = {
  key: string;
  label: string;
  description: string;
  path: TPathKind;
  /** The schemes this persona can ask for: a job seeker or a self-employed person cannot ask for a PTP. */
  schemes: TSchemeSlug[];
  /**
   * What the persona would type in the request (fictional): the training it asks for, and on the employer path the
   * employee and the organisation.
   */
  typed: { codeCertification: string; employeeNir?: string; organisationSiret?: string };
  identity?: TIdentity;
  nir?: string;
  email?: string;
  franceTravail?: {
    identifiant: string;
    inscription: { debut: string; fin: string | null; categorie: 1 | 2 | 3 | 4 | 5 };
    paiements: { date: string; allocations: number; aides: number; autres: number }[];
  };
  rsa?: { majoration: boolean; debut: string };
  primeActivite?: { majoration: boolean; debut: string };
  quotientFamilial?: {
    fournisseur: "CNAF" | "MSA";
    valeur: number;
    enfants: { prenom: string; dateNaissance: string; sexe: "F" | "M" }[];
  };
  adresse?: { numeroLibelleVoie: string; codePostalVille: string; codeCommune: string };
  impots?: { numeroFiscal: string; rfr: number; nbPart: number; annee: number };
  diplome?: { intitule: string; niveau: string; code: string; annee: number };
  iban?: { iban: string; titulaire: string; resultat: "concordant" | "partiel" | "discordant" };
  paie?: {
    siretEmployeur: string;
    heuresParMois: number;
    brutParMois: number;
    primes: { mois: number; libelle: string; montant: number }[];
  };
  company?: TCompany;
  trainingOrganisation?: TTrainingOrganisation;
};

const siren = (eight: string) => withLuhnDigit(eight);
const siret = (nineSiren: string, nic4: string) => withLuhnDigit(`${nineSiren}${nic4}`);
const nir = (body: string) => `${body}${nirKey(body)}`;

const menuiserieSiren = siren("81234567");
const formaproSiren = siren("49876543");
const horizonSiren = siren("52468013");
const moreauSiren = siren("90112233");
const batiSiren = siren("43322110");

const sophieNir = nir("2880414118042");
const formaproSiret = siret(formaproSiren, "0004");

const menuiserie: TCompany = {
  siren: menuiserieSiren,
  siret: siret(menuiserieSiren, "0001"),
  raisonSociale: "MENUISERIE DURAND ET FILS",
  sigle: null,
  formeJuridique: { code: "5499", libelle: "Société à responsabilité limitée (sans autre indication)" },
  naf: { code: "16.23Z", libelle: "Fabrication de charpentes et d'autres menuiseries" },
  effectif: { code: "12", intitule: "20 à 49 salariés", de: 20, a: 49 },
  categorie: "PME",
  dateCreation: "2009-03-02",
  adresse: {
    numero: "14",
    typeVoie: "RUE",
    libelleVoie: "DES ARTISANS",
    codePostal: "14000",
    commune: "CAEN",
    codeCommune: "14118",
  },
  vigilance: "ok",
};

export const PERSONAS: TPersona[] = [
  {
    key: "salariee-ptp",
    label: "Sophie Martin, salariée qui prépare un PTP",
    path: "PARTICULIER",
    description:
      "Salariée en CDI dans une menuiserie, elle demande un projet de transition professionnelle pour devenir agente magasinière : sans pré-remplissage, elle joint 12 bulletins de salaire, son avis d'imposition, son diplôme et un RIB.",
    schemes: ["projet-transition-professionnelle", "cpf"],
    typed: { codeCertification: "RNCP38415" },
    identity: {
      nomNaissance: "MARTIN",
      nomUsage: null,
      prenoms: ["Sophie", "Anne"],
      sexe: "F",
      dateNaissance: "1988-04-12",
      codeCogInseeCommuneNaissance: "14118",
      codeCogInseePaysNaissance: "99100",
    },
    nir: sophieNir,
    email: "sophie.martin@exemple.fr",
    quotientFamilial: {
      fournisseur: "CNAF",
      valeur: 842,
      enfants: [{ prenom: "Léo", dateNaissance: "2016-09-03", sexe: "M" }],
    },
    adresse: { numeroLibelleVoie: "3 RUE DES LILAS", codePostalVille: "14000 CAEN", codeCommune: "14118" },
    impots: { numeroFiscal: "1234567890123", rfr: 24_380, nbPart: 1, annee: 2025 },
    diplome: {
      intitule: "Baccalauréat professionnel Technicien menuisier agenceur",
      niveau: "4",
      code: "RNCP1173",
      annee: 2006,
    },
    iban: { iban: frenchIbanFromBban("30004000031234567890143"), titulaire: "MARTIN SOPHIE", resultat: "concordant" },
    paie: {
      siretEmployeur: menuiserie.siret,
      heuresParMois: 151.67,
      brutParMois: 2_310,
      primes: [
        { mois: 6, libelle: "Prime de vacances", montant: 450 },
        { mois: 12, libelle: "Prime de fin d'année", montant: 1_200 },
      ],
    },
  },
  {
    key: "demandeur-are",
    label: "Karim Benali, demandeur d'emploi indemnisé (ARE)",
    path: "PARTICULIER",
    description:
      "Inscrit à France Travail depuis six mois et indemnisé, il demande le financement d'une formation de cariste (CACES R489) avec son CPF et une aide régionale ; ses attestations France Travail et son RIB lui sont demandés.",
    schemes: ["cpf", "aide-regionale-formation"],
    typed: { codeCertification: "RS5635" },
    identity: {
      nomNaissance: "BENALI",
      nomUsage: null,
      prenoms: ["Karim"],
      sexe: "M",
      dateNaissance: "1992-11-23",
      codeCogInseeCommuneNaissance: "69123",
      codeCogInseePaysNaissance: "99100",
    },
    nir: nir("1921169123057"),
    email: "karim.benali@exemple.fr",
    franceTravail: {
      identifiant: "3456789A",
      inscription: { debut: "2026-05-04", fin: null, categorie: 1 },
      paiements: [
        { date: "2026-09-03", allocations: 1_142.4, aides: 0, autres: 0 },
        { date: "2026-10-02", allocations: 1_180.48, aides: 0, autres: 0 },
        { date: "2026-11-04", allocations: 1_142.4, aides: 35, autres: 0 },
      ],
    },
    adresse: { numeroLibelleVoie: "27 AVENUE JEAN JAURES", codePostalVille: "69007 LYON", codeCommune: "69387" },
    impots: { numeroFiscal: "2345678901234", rfr: 17_950, nbPart: 1, annee: 2025 },
    diplome: { intitule: "CAP Opérateur logistique", niveau: "3", code: "RNCP38415", annee: 2010 },
    iban: { iban: frenchIbanFromBban("10278073000002345670112"), titulaire: "BENALI KARIM", resultat: "concordant" },
  },
  {
    key: "beneficiaire-rsa",
    label: "Nathalie Leroy, bénéficiaire du RSA",
    path: "PARTICULIER",
    description:
      "Allocataire du RSA majoré avec deux enfants, inscrite à France Travail sans indemnisation, elle demande une aide régionale pour un titre d'employée administrative et d'accueil ; le RIB fourni est au nom de son ancien conjoint (concordance partielle).",
    schemes: ["aide-regionale-formation", "cpf"],
    typed: { codeCertification: "RNCP37851" },
    identity: {
      nomNaissance: "LEROY",
      nomUsage: "PETIT",
      prenoms: ["Nathalie"],
      sexe: "F",
      dateNaissance: "1985-02-07",
      codeCogInseeCommuneNaissance: "59350",
      codeCogInseePaysNaissance: "99100",
    },
    nir: nir("2850259350211"),
    email: "nathalie.leroy@exemple.fr",
    franceTravail: {
      identifiant: "4567890B",
      inscription: { debut: "2025-10-15", fin: null, categorie: 1 },
      paiements: [],
    },
    rsa: { majoration: true, debut: "2025-11-01" },
    quotientFamilial: {
      fournisseur: "CNAF",
      valeur: 398,
      enfants: [
        { prenom: "Emma", dateNaissance: "2014-06-21", sexe: "F" },
        { prenom: "Noah", dateNaissance: "2019-01-30", sexe: "M" },
      ],
    },
    adresse: { numeroLibelleVoie: "8 RUE NATIONALE", codePostalVille: "59000 LILLE", codeCommune: "59350" },
    impots: { numeroFiscal: "3456789012345", rfr: 6_120, nbPart: 3, annee: 2025 },
    iban: { iban: frenchIbanFromBban("20041010050500013M02606"), titulaire: "PETIT JEROME", resultat: "partiel" },
  },
  {
    key: "independant",
    label: "Julien Moreau, travailleur indépendant",
    path: "PARTICULIER",
    description:
      "Graphiste en micro-entreprise, il touche la prime d'activité et mobilise son CPF pour une formation en UX design ; son entreprise est une personne physique au répertoire Sirene.",
    schemes: ["cpf", "aide-regionale-formation"],
    typed: { codeCertification: "RNCP35634" },
    identity: {
      nomNaissance: "MOREAU",
      nomUsage: null,
      prenoms: ["Julien", "Pierre"],
      sexe: "M",
      dateNaissance: "1990-07-30",
      codeCogInseeCommuneNaissance: "44109",
      codeCogInseePaysNaissance: "99100",
    },
    nir: nir("1900744109033"),
    email: "julien.moreau@exemple.fr",
    primeActivite: { majoration: false, debut: "2026-02-01" },
    impots: { numeroFiscal: "4567890123456", rfr: 15_400, nbPart: 1, annee: 2025 },
    diplome: {
      intitule: "Licence professionnelle Métiers du design graphique",
      niveau: "6",
      code: "RNCP30126",
      annee: 2013,
    },
    iban: { iban: frenchIbanFromBban("14445004000412345678051"), titulaire: "MOREAU JULIEN", resultat: "concordant" },
    company: {
      siren: moreauSiren,
      siret: siret(moreauSiren, "0002"),
      raisonSociale: "",
      sigle: null,
      formeJuridique: { code: "1000", libelle: "Entrepreneur individuel" },
      naf: { code: "74.10Z", libelle: "Activités spécialisées de design" },
      effectif: { code: "00", intitule: "0 salarié", de: 0, a: 0 },
      categorie: "PME",
      dateCreation: "2018-01-15",
      adresse: {
        numero: "5",
        typeVoie: "QUAI",
        libelleVoie: "DE LA FOSSE",
        codePostal: "44000",
        commune: "NANTES",
        codeCommune: "44109",
      },
      personnePhysique: { prenom: "JULIEN", nom: "MOREAU", sexe: "M" },
      vigilance: "ok",
    },
  },
  {
    key: "employeur-pme",
    label: "Menuiserie Durand et fils, PME employeuse",
    path: "EMPLOYEUR",
    description:
      "PME de 35 salariés qui fournit sa part du dossier de PTP de sa salariée Sophie Martin (titre d'agent magasinier) : sans pré-remplissage, elle joint un Kbis, une attestation URSSAF et les bulletins de salaire.",
    schemes: ["projet-transition-professionnelle"],
    typed: { codeCertification: "RNCP38415", employeeNir: sophieNir, organisationSiret: formaproSiret },
    company: menuiserie,
  },
  {
    key: "employeur-vigilance-refusee",
    label: "Bâti Rénov, employeur sans attestation de vigilance",
    path: "EMPLOYEUR",
    description:
      "Elle porte la formation d'un salarié à la conduite de chariots (CACES R489), mais l'URSSAF refuse de délivrer l'attestation de vigilance : la demande doit le signaler et demander une régularisation.",
    schemes: ["projet-transition-professionnelle"],
    typed: { codeCertification: "RS5635", employeeNir: sophieNir, organisationSiret: formaproSiret },
    company: {
      siren: batiSiren,
      siret: siret(batiSiren, "0003"),
      raisonSociale: "BATI RENOV",
      sigle: "BR",
      formeJuridique: { code: "5710", libelle: "SAS, société par actions simplifiée" },
      naf: { code: "43.39Z", libelle: "Autres travaux de finition" },
      effectif: { code: "03", intitule: "6 à 9 salariés", de: 6, a: 9 },
      categorie: "PME",
      dateCreation: "2015-06-01",
      adresse: {
        numero: "102",
        typeVoie: "BOULEVARD",
        libelleVoie: "DE STRASBOURG",
        codePostal: "67000",
        commune: "STRASBOURG",
        codeCommune: "67482",
      },
      vigilance: "refus_de_delivrance",
    },
  },
  {
    key: "organisme-qualiopi",
    label: "Formapro Occitanie, organisme certifié Qualiopi",
    path: "ORGANISME_FORMATION",
    description:
      "Organisme de formation certifié Qualiopi pour les actions de formation et la VAE, habilité pour une certification RNCP et une RS.",
    schemes: ["cpf", "projet-transition-professionnelle"],
    typed: { codeCertification: "" },
    company: {
      siren: formaproSiren,
      siret: formaproSiret,
      raisonSociale: "FORMAPRO OCCITANIE",
      sigle: "FPO",
      formeJuridique: { code: "9220", libelle: "Association déclarée" },
      naf: { code: "85.59A", libelle: "Formation continue d'adultes" },
      effectif: { code: "21", intitule: "50 à 99 salariés", de: 50, a: 99 },
      categorie: "PME",
      dateCreation: "2001-09-10",
      adresse: {
        numero: "45",
        typeVoie: "ALLÉE",
        libelleVoie: "JEAN JAURES",
        codePostal: "31000",
        commune: "TOULOUSE",
        codeCommune: "31555",
      },
      vigilance: "ok",
    },
    trainingOrganisation: {
      nda: "76310912345",
      actif: true,
      dateDerniereDeclaration: "2026-04-28",
      debutExercice: "2025-01-01",
      finExercice: "2025-12-31",
      qualiopi: { actionFormation: true, bilanCompetences: false, vae: true, apprentissage: false },
      specialite: { code: "311", libelle: "Transports, manutention, magasinage" },
      habilitations: [
        { code: "RNCP38415", actif: true, dateFin: "2028-12-31" },
        { code: "RS5635", actif: true, dateFin: "2027-06-30" },
      ],
      uai: "0312345F",
    },
  },
  {
    key: "organisme-certification-echue",
    label: "Centre Horizon Formation, certification Qualiopi échue",
    path: "ORGANISME_FORMATION",
    description:
      "Sa déclaration d'activité n'est plus active et sa certification Qualiopi a expiré : ses actions ne sont plus finançables sur fonds publics.",
    schemes: ["cpf"],
    typed: { codeCertification: "" },
    company: {
      siren: horizonSiren,
      siret: siret(horizonSiren, "0005"),
      raisonSociale: "CENTRE HORIZON FORMATION",
      sigle: null,
      formeJuridique: { code: "5499", libelle: "Société à responsabilité limitée (sans autre indication)" },
      naf: { code: "85.59A", libelle: "Formation continue d'adultes" },
      effectif: { code: "01", intitule: "1 ou 2 salariés", de: 1, a: 2 },
      categorie: "PME",
      dateCreation: "2012-02-20",
      adresse: {
        numero: "9",
        typeVoie: "PLACE",
        libelleVoie: "DU MARCHE",
        codePostal: "35000",
        commune: "RENNES",
        codeCommune: "35238",
      },
      vigilance: "ok",
    },
    trainingOrganisation: {
      nda: "53350854321",
      actif: false,
      dateDerniereDeclaration: "2023-04-30",
      debutExercice: "2022-01-01",
      finExercice: "2022-12-31",
      qualiopi: { actionFormation: false, bilanCompetences: false, vae: false, apprentissage: false },
      specialite: { code: "326", libelle: "Informatique, traitement de l'information" },
      habilitations: [{ code: "RS5123", actif: false, dateFin: "2024-03-31" }],
      uai: null,
    },
  },
  {
    key: "inconnu",
    label: "Personne inconnue de toutes les administrations",
    path: "PARTICULIER",
    description:
      "Aucune API ne la connaît : chaque appel répond « non trouvé » et tout se saisit à la main, comme aujourd'hui. Elle demande le financement d'un titre d'agent magasinier avec son CPF.",
    schemes: ["cpf"],
    typed: { codeCertification: "RNCP38415" },
    identity: {
      nomNaissance: "INCONNU",
      nomUsage: null,
      prenoms: ["Camille"],
      sexe: "F",
      dateNaissance: "1999-01-01",
      codeCogInseeCommuneNaissance: "75056",
      codeCogInseePaysNaissance: "99100",
    },
    email: "camille.inconnu@exemple.fr",
  },
];

export function findPersonaByIdentity(query: {
  nomNaissance?: string | null;
  prenoms?: string[];
  dateNaissance?: string | null;
}) {
  const normalise = (value: string) =>
    value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .trim()
      .toUpperCase();
  return PERSONAS.find(
    ({ identity, key }) =>
      identity &&
      key !== "inconnu" &&
      normalise(identity.nomNaissance) === normalise(query.nomNaissance ?? "") &&
      identity.dateNaissance === query.dateNaissance &&
      (query.prenoms ?? []).some((prenom) => normalise(identity.prenoms[0]) === normalise(prenom.split(" ")[0])),
  );
}

export const findPersonaBySiret = (value: string) => PERSONAS.find((persona) => persona.company?.siret === value);
export const findPersonaBySiren = (value: string) => PERSONAS.find((persona) => persona.company?.siren === value);
