// Central-administration directions get one type each, like DGEFP: the workshop
// reports give each its own voice (DGESCO on the UAI, DARES and France
// compétences on the CFD…), and the ballot breakdown merges small groups anyway.
import { labelledValues, type OrganisationType } from "@/lib/db/enums.ts";

export type TOrganisationType = OrganisationType;

/** In display order (directions beside DGEFP, « Autre » last), which the labels' order gives. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
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

export const ORGANISATION_TYPES = labelledValues(ORGANISATION_TYPE_LABELS);
