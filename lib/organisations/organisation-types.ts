export const ORGANISATION_TYPES = [
  "ETAT_DGEFP", "REGION", "OPCO", "TRANSITIONS_PRO", "CARIF_OREF",
  "FRANCE_TRAVAIL", "CAISSE_DES_DEPOTS", "ORGANISME_FORMATION", "AUTRE",
] as const;
export type TOrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<TOrganisationType, string> = {
  ETAT_DGEFP: "État / DGEFP",
  REGION: "Région",
  OPCO: "OPCO",
  TRANSITIONS_PRO: "Transitions Pro",
  CARIF_OREF: "Carif-Oref",
  FRANCE_TRAVAIL: "France Travail",
  CAISSE_DES_DEPOTS: "Caisse des Dépôts",
  ORGANISME_FORMATION: "Organisme de formation",
  AUTRE: "Autre",
};
