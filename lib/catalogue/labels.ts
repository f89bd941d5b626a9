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
