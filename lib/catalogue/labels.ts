import { ApiUsageStatus, Availability, HabilitationKind, IrritantCategory, enumValues } from "@/lib/db/enums.ts";

export const IRRITANT_CATEGORIES = enumValues(IrritantCategory);

export const CATEGORY_LABELS: Record<IrritantCategory, string> = {
  JUSTIFICATIF: "Justificatif",
  DONNEE_SOCIALE: "Donnée sociale",
  IDENTITE: "Identité",
  ENTREPRISE: "Entreprise",
  OFFRE_FORMATION: "Offre de formation",
  REFERENTIEL: "Référentiel",
  AUTRE: "Autre",
};

export const AVAILABILITIES = enumValues(Availability);
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  DISPONIBLE: "Disponible",
  EN_COURS: "En cours",
  INEXISTANTE: "Inexistante",
};

export const EFFORT_LABELS: Record<number, string> = {
  1: "Très faible",
  2: "Faible",
  3: "Moyen",
  4: "Important",
  5: "Très important",
};

export const HABILITATION_KINDS = enumValues(HabilitationKind);
export const HABILITATION_LABELS: Record<HabilitationKind, string> = {
  DATAPASS: "DataPass (demande d'habilitation)",
  CONVENTION: "Convention avec le producteur",
  OPEN_ACCESS: "Accès libre (open data)",
  NOT_YET: "Aucune procédure : l'API n'existe pas encore",
};

export const API_USAGE_STATUSES = enumValues(ApiUsageStatus);

export const API_USAGE_LABELS: Record<ApiUsageStatus, string> = {
  UTILISE: "Utilise",
  EN_COURS: "En cours",
  PAS_ENCORE: "Pas encore",
};
