// What each path of the pre-fill demonstrator asks, which administration holds
// each answer, which document it replaces and which irritant it removes.
import type { TPathKind } from "@/lib/sheets/sheet-content.ts";

export type TValidatorKey = "siret" | "iban" | "nir" | "certification" | "taxNumber";

export type TFieldDefinition = {
  key: string;
  label: string;
  section: string;
  validator?: TValidatorKey;
  /** The data source that can fill it; absent: always typed by the person. */
  source?: TSourceKey;
};

export type TSourceKey =
  | "franceconnect"
  | "proconnect"
  | "france-travail"
  | "cnaf"
  | "dgfip"
  | "diplomes"
  | "iban"
  | "dsn"
  | "insee"
  | "urssaf"
  | "carif-oref"
  | "catalogue-cpf";

export type TSourceDefinition = {
  key: TSourceKey;
  label: string;
  administration: string;
  data: string;
  purpose: string;
  hypothetical: boolean;
  /** Documents no longer asked when the source answers. */
  replaces: string[];
  irritant?: string;
};

export const SOURCES: Record<TSourceKey, TSourceDefinition> = {
  franceconnect: {
    key: "franceconnect",
    label: "FranceConnect",
    administration: "Fournisseur d'identité",
    data: "Nom, prénoms, date et lieu de naissance, e-mail",
    purpose: "Vous identifier sans créer de compte",
    hypothetical: false,
    replaces: ["Copie de la pièce d'identité"],
  },
  proconnect: {
    key: "proconnect",
    label: "ProConnect",
    administration: "Fournisseur d'identité des professionnels",
    data: "Nom, e-mail professionnel, SIRET de la structure",
    purpose: "Identifier la personne qui dépose pour sa structure",
    hypothetical: false,
    replaces: [],
  },
  "france-travail": {
    key: "france-travail",
    label: "France Travail (API Particulier)",
    administration: "France Travail",
    data: "Inscription, catégorie, derniers paiements ARE",
    purpose: "Vérifier la situation de demandeur d'emploi et le montant de l'ARE",
    hypothetical: false,
    replaces: ["Attestation d'inscription France Travail", "Relevé des paiements ARE"],
    irritant: "justificatifs-are-rsa",
  },
  cnaf: {
    key: "cnaf",
    label: "CNAF / MSA (API Particulier)",
    administration: "Caisse nationale des allocations familiales",
    data: "RSA, prime d'activité, quotient familial",
    purpose: "Calculer les aides auxquelles vous avez droit",
    hypothetical: false,
    replaces: ["Attestation CAF (RSA, prime d'activité)"],
    irritant: "justificatifs-are-rsa",
  },
  dgfip: {
    key: "dgfip",
    label: "DGFiP (API Impôt particulier)",
    administration: "Direction générale des finances publiques",
    data: "Revenu fiscal de référence, nombre de parts",
    purpose: "Moduler l'aide selon vos ressources",
    hypothetical: false,
    replaces: ["Avis d'imposition"],
    irritant: "avis-imposition",
  },
  diplomes: {
    key: "diplomes",
    label: "Diplômes",
    administration: "Ministères certificateurs",
    data: "Diplôme le plus élevé",
    purpose: "Vérifier l'éligibilité au parcours",
    hypothetical: true,
    replaces: ["Copie du diplôme (PDF)"],
    irritant: "diplome-le-plus-eleve",
  },
  iban: {
    key: "iban",
    label: "Vérification d'IBAN",
    administration: "Banques (modèle SEPAmail DIAMOND)",
    data: "Concordance entre l'IBAN et votre identité",
    purpose: "Payer sur le bon compte",
    hypothetical: true,
    replaces: ["RIB"],
    irritant: "rib-non-verifie",
  },
  dsn: {
    key: "dsn",
    label: "Données de paie (DSN)",
    administration: "Employeurs via la DSN",
    data: "Heures, salaire brut et primes des 12 derniers mois",
    purpose: "Calculer la rémunération maintenue pendant la formation",
    hypothetical: true,
    replaces: ["12 bulletins de salaire"],
    irritant: "douze-bulletins-de-salaire",
  },
  insee: {
    key: "insee",
    label: "INSEE (API Entreprise)",
    administration: "INSEE, répertoire Sirene",
    data: "Raison sociale, adresse, activité, effectif",
    purpose: "Identifier la structure sans Kbis",
    hypothetical: false,
    replaces: ["Extrait Kbis"],
    irritant: "verification-employeur",
  },
  urssaf: {
    key: "urssaf",
    label: "URSSAF (API Entreprise)",
    administration: "URSSAF",
    data: "Attestation de vigilance",
    purpose: "Vérifier que l'employeur est à jour de ses cotisations",
    hypothetical: false,
    replaces: ["Attestation de vigilance URSSAF"],
    irritant: "verification-employeur",
  },
  "carif-oref": {
    key: "carif-oref",
    label: "Carif-Oref (API Entreprise)",
    administration: "Réseau des Carif-Oref, France compétences",
    data: "Certification Qualiopi, déclaration d'activité, habilitations",
    purpose: "Vérifier que l'organisme peut être financé",
    hypothetical: false,
    replaces: ["Certificat Qualiopi", "Récépissé de déclaration d'activité", "Habilitations RNCP / RS"],
    irritant: "preuve-qualiopi",
  },
  "catalogue-cpf": {
    key: "catalogue-cpf",
    label: "Catalogue CPF (Caisse des Dépôts)",
    administration: "Caisse des Dépôts",
    data: "Intitulé, certification, durée et prix de l'action",
    purpose: "Reprendre l'action de formation sans ressaisie",
    hypothetical: false,
    replaces: ["Programme et devis de la formation"],
    irritant: "offre-de-formation-ressaisie",
  },
};

export const PATH_SOURCES: Record<TPathKind, TSourceKey[]> = {
  PARTICULIER: ["franceconnect", "france-travail", "cnaf", "dgfip", "diplomes", "dsn", "iban", "catalogue-cpf"],
  EMPLOYEUR: ["proconnect", "insee", "urssaf", "dsn", "carif-oref", "catalogue-cpf"],
  ORGANISME_FORMATION: ["proconnect", "insee", "carif-oref", "catalogue-cpf"],
};

const identity: TFieldDefinition[] = [
  { key: "nom", label: "Nom de naissance", section: "Identité", source: "franceconnect" },
  { key: "prenoms", label: "Prénoms", section: "Identité", source: "franceconnect" },
  { key: "dateNaissance", label: "Date de naissance", section: "Identité", source: "franceconnect" },
  { key: "email", label: "E-mail", section: "Identité", source: "franceconnect" },
  { key: "nir", label: "Numéro de sécurité sociale", section: "Identité", source: "franceconnect", validator: "nir" },
];

const structure = (section: string): TFieldDefinition[] => [
  { key: "siret", label: "SIRET", section, source: "proconnect", validator: "siret" },
  { key: "raisonSociale", label: "Raison sociale", section, source: "insee" },
  { key: "adresse", label: "Adresse", section, source: "insee" },
  { key: "activite", label: "Activité principale (NAF)", section, source: "insee" },
];

const training: TFieldDefinition[] = [
  {
    key: "codeCertification",
    label: "Certification visée (RNCP / RS)",
    section: "Formation",
    validator: "certification",
  },
  { key: "intituleFormation", label: "Intitulé de l'action", section: "Formation", source: "catalogue-cpf" },
  { key: "dureeHeures", label: "Durée (heures)", section: "Formation", source: "catalogue-cpf" },
  { key: "coutTtc", label: "Coût (€ TTC)", section: "Formation", source: "catalogue-cpf" },
];

export const PATH_FIELDS: Record<TPathKind, TFieldDefinition[]> = {
  PARTICULIER: [
    ...identity,
    {
      key: "statutFranceTravail",
      label: "Inscription à France Travail",
      section: "Situation",
      source: "france-travail",
    },
    { key: "dernierPaiementAre", label: "Dernier paiement ARE (€)", section: "Situation", source: "france-travail" },
    { key: "rsa", label: "Bénéficiaire du RSA", section: "Situation", source: "cnaf" },
    { key: "primeActivite", label: "Bénéficiaire de la prime d'activité", section: "Situation", source: "cnaf" },
    { key: "quotientFamilial", label: "Quotient familial (€)", section: "Ressources", source: "cnaf" },
    { key: "revenuFiscal", label: "Revenu fiscal de référence (€)", section: "Ressources", source: "dgfip" },
    { key: "nombreParts", label: "Nombre de parts fiscales", section: "Ressources", source: "dgfip" },
    { key: "diplome", label: "Diplôme le plus élevé", section: "Parcours", source: "diplomes" },
    { key: "heuresTravaillees", label: "Heures travaillées sur 12 mois", section: "Rémunération", source: "dsn" },
    { key: "salaireBrut", label: "Salaire brut sur 12 mois (€)", section: "Rémunération", source: "dsn" },
    { key: "primes", label: "Primes sur 12 mois (€)", section: "Rémunération", source: "dsn" },
    { key: "iban", label: "IBAN", section: "Paiement", validator: "iban" },
    { key: "verificationIban", label: "Titularité du compte", section: "Paiement", source: "iban" },
    ...training,
  ],
  EMPLOYEUR: [
    { key: "declarant", label: "Personne qui dépose", section: "Employeur", source: "proconnect" },
    ...structure("Employeur"),
    { key: "effectif", label: "Effectif", section: "Employeur", source: "insee" },
    { key: "vigilance", label: "Attestation de vigilance URSSAF", section: "Employeur", source: "urssaf" },
    { key: "nirSalarie", label: "Numéro de sécurité sociale du salarié", section: "Salarié", validator: "nir" },
    { key: "heuresTravaillees", label: "Heures travaillées sur 12 mois", section: "Salarié", source: "dsn" },
    { key: "salaireBrut", label: "Salaire brut sur 12 mois (€)", section: "Salarié", source: "dsn" },
    { key: "siretOrganisme", label: "SIRET de l'organisme de formation", section: "Organisme", validator: "siret" },
    { key: "qualiopi", label: "Certification Qualiopi de l'organisme", section: "Organisme", source: "carif-oref" },
    ...training,
  ],
  ORGANISME_FORMATION: [
    { key: "declarant", label: "Personne qui dépose", section: "Organisme", source: "proconnect" },
    ...structure("Organisme"),
    { key: "nda", label: "Numéro de déclaration d'activité", section: "Certifications", source: "carif-oref" },
    { key: "qualiopi", label: "Certification Qualiopi", section: "Certifications", source: "carif-oref" },
    { key: "habilitations", label: "Habilitations RNCP / RS actives", section: "Certifications", source: "carif-oref" },
    ...training,
  ],
};

/** Assumptions of the time-saved estimate; shown and editable in the effect panel. */
export const DEFAULT_ASSUMPTIONS = { minutesPerTypedField: 1, minutesPerDocument: 8, minutesPerCorrection: 0.5 };
export type TAssumptions = typeof DEFAULT_ASSUMPTIONS;

export const PATH_TITLES: Record<TPathKind, string> = {
  PARTICULIER:
    "Demande de financement d'une formation, portée par la personne : CPF, PTP, aide régionale… selon sa situation",
  EMPLOYEUR: "Demande portée par l'employeur pour un salarié",
  ORGANISME_FORMATION: "Dossier de l'organisme de formation",
};
