export const IRRITANT_CATEGORIES = ["JUSTIFICATIF", "DONNEE_SOCIALE", "IDENTITE", "ENTREPRISE", "OFFRE_FORMATION", "REFERENTIEL", "AUTRE"] as const;

export const CATEGORY_LABELS: Record<string, string> = {
  JUSTIFICATIF: "Justificatif",
  DONNEE_SOCIALE: "Donnée sociale",
  IDENTITE: "Identité",
  ENTREPRISE: "Entreprise",
  OFFRE_FORMATION: "Offre de formation",
  REFERENTIEL: "Référentiel",
  AUTRE: "Autre",
};

export const AVAILABILITY_LABELS: Record<string, string> = {
  DISPONIBLE: "Disponible",
  EN_COURS: "En cours",
  INEXISTANTE: "Inexistante",
};

export const EFFORT_LABELS: Record<number, string> = { 1: "Très faible", 2: "Faible", 3: "Moyen", 4: "Important", 5: "Très important" };

export const HABILITATION_LABELS: Record<string, string> = {
  DATAPASS: "DataPass (demande d'habilitation)",
  CONVENTION: "Convention avec le producteur",
  OPEN_ACCESS: "Accès libre (open data)",
  NOT_YET: "Aucune procédure : l'API n'existe pas encore",
};

export const API_USAGE_STATUSES = ["UTILISE", "EN_COURS", "PAS_ENCORE"] as const;

export const API_USAGE_LABELS: Record<(typeof API_USAGE_STATUSES)[number], string> = {
  UTILISE: "Utilise",
  EN_COURS: "En cours",
  PAS_ENCORE: "Pas encore",
};
