// Central-administration directions get one type each, like DGEFP: the workshop
// reports give each its own voice (DGESCO on the UAI, DARES and France
// compétences on the CFD…), and the ballot breakdown merges small groups anyway.
export const ORGANISATION_TYPES = [
  "ETAT_DGEFP", "ETAT_DGESCO", "ETAT_DEPP", "ETAT_DGSIP", "ETAT_DARES",
  "REGION", "OPCO", "TRANSITIONS_PRO", "CARIF_OREF",
  "FRANCE_TRAVAIL", "CAISSE_DES_DEPOTS", "FRANCE_COMPETENCES", "AGEFIPH", "ORGANISME_FORMATION", "AUTRE",
] as const;
export type TOrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<TOrganisationType, string> = {
  ETAT_DGEFP: "État / DGEFP",
  ETAT_DGESCO: "État / DGESCO",
  ETAT_DEPP: "État / DEPP",
  ETAT_DGSIP: "État / DGSIP",
  ETAT_DARES: "État / DARES",
  REGION: "Région",
  OPCO: "OPCO",
  TRANSITIONS_PRO: "Transitions Pro",
  CARIF_OREF: "Carif-Oref",
  FRANCE_TRAVAIL: "France Travail",
  CAISSE_DES_DEPOTS: "Caisse des Dépôts",
  FRANCE_COMPETENCES: "France compétences",
  AGEFIPH: "Agefiph",
  ORGANISME_FORMATION: "Organisme de formation",
  AUTRE: "Autre",
};
