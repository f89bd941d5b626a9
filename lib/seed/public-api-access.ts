import type { Availability, HabilitationKind } from "@/lib/generated/prisma/client.ts";

/**
 * How a funder gets access to each demo API, and whether it can be used
 * today. A status without a source is shown as the group's estimate; only the
 * CPF open data has a source in /work/shared/seeds (002_…, published 28 June 2022).
 */
export const DEMO_API_ACCESS: Record<
  string,
  {
    habilitation: HabilitationKind;
    habilitationUrl: string | null;
    habilitationDetails: string;
    availability: Availability;
    availabilitySource: string | null;
    availabilityCheckedOn: Date | null;
  }
> = {
  "api-particulier": {
    habilitation: "DATAPASS",
    habilitationUrl: "https://datapass.api.gouv.fr",
    habilitationDetails:
      "Demande DataPass déposée par l'administration qui instruit la démarche, pour les seules données dont elle a besoin.",
    availability: "DISPONIBLE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
  "api-entreprise": {
    habilitation: "DATAPASS",
    habilitationUrl: "https://datapass.api.gouv.fr",
    habilitationDetails:
      "Demande DataPass déposée par l'administration qui instruit la démarche, pour les seules données dont elle a besoin.",
    availability: "DISPONIBLE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
  "api-impot-particulier": {
    habilitation: "DATAPASS",
    habilitationUrl: "https://datapass.api.gouv.fr",
    habilitationDetails:
      "Demande DataPass déposée par l'administration qui instruit la démarche, pour les seules données dont elle a besoin.",
    availability: "DISPONIBLE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
  "catalogue-cpf": {
    habilitation: "OPEN_ACCESS",
    habilitationUrl: null,
    habilitationDetails:
      "Jeu de données en accès libre sur le portail open data de la Caisse des Dépôts : aucune habilitation.",
    availability: "DISPONIBLE",
    availabilitySource: "Caisse des Dépôts, « CPF – une publication inédite en open data »",
    availabilityCheckedOn: new Date("2022-06-28T00:00:00Z"),
  },
  "api-diplomes": {
    habilitation: "NOT_YET",
    habilitationUrl: null,
    habilitationDetails: "L'API n'existe pas : aucune procédure.",
    availability: "INEXISTANTE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
  "api-verification-iban": {
    habilitation: "NOT_YET",
    habilitationUrl: null,
    habilitationDetails: "L'API n'existe pas : aucune procédure.",
    availability: "INEXISTANTE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
  "api-donnees-paie": {
    habilitation: "NOT_YET",
    habilitationUrl: null,
    habilitationDetails: "L'API n'existe pas : aucune procédure.",
    availability: "INEXISTANTE",
    availabilitySource: null,
    availabilityCheckedOn: null,
  },
};
