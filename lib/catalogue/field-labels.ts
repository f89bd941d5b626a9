import { AVAILABILITY_LABELS, CATEGORY_LABELS, HABILITATION_LABELS } from "./labels.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";

/** How the history pages name each field of an entry. */
export const IRRITANT_FIELD_LABELS: Record<string, string> = {
  title: "Titre",
  description: "Description",
  category: "Catégorie",
  paths: "Parcours",
  quotes: "Verbatims",
  dataItems: "Données liées",
  schemes: "Dispositifs",
  retired: "Retiré",
  mergedFrom: "Doublon fusionné",
};
export const DATA_ITEM_FIELD_LABELS: Record<string, string> = {
  name: "Nom",
  definition: "Définition",
  format: "Format",
  holder: "Détenteur",
  publicApi: "API",
  endpoint: "Point d'accès",
  scopes: "Scopes",
  availability: "Disponibilité",
  effort: "Effort (1 à 5)",
  paths: "Parcours",
  retired: "Retiré",
};
export const PUBLIC_API_FIELD_LABELS: Record<string, string> = {
  name: "Nom",
  provider: "Producteur",
  description: "Description",
  documentationUrl: "Documentation",
  hypothetical: "Hypothétique",
  retired: "Retiré",
  habilitation: "Habilitation",
  habilitationUrl: "Lien de la procédure",
  habilitationDetails: "Détail de la procédure",
  availability: "Disponibilité",
  availabilitySource: "Source de la disponibilité",
  availabilityCheckedOn: "Vérifiée le",
};
/** Enum values shown in French in the history tables. */
export const HISTORY_VALUE_LABELS: Record<string, string> = {
  ...CATEGORY_LABELS,
  ...AVAILABILITY_LABELS,
  ...PATH_LABELS,
  ...HABILITATION_LABELS,
};
export const FUNDING_SCHEME_FIELD_LABELS: Record<string, string> = {
  name: "Nom",
  description: "Description",
  operator: "Financeur",
  paths: "Parcours",
  source: "Source",
  requirements: "Demandes (parcours · type · intitulé → données)",
  retired: "Retiré",
};
