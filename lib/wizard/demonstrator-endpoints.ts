import { endpointLabel, type TEndpointKey } from "@/lib/connectors/endpoints.ts";

/**
 * Which connector endpoint the demonstrator calls for each catalogue data item.
 * The demonstrator page shows these, not the catalogue's free-text endpoint:
 * what is displayed is what the connectors request (demonstrator-endpoints.test.ts).
 */
export const DATA_ITEM_ENDPOINTS: Record<string, TEndpointKey> = {
  "heures-travaillees-12-mois": "payslips",
  "salaire-brut-12-mois": "payslips",
  "primes-12-mois": "payslips",
  "titularite-iban": "ibanOwnership",
  "statut-demandeur-emploi": "franceTravailStatut",
  "indemnites-are": "franceTravailIndemnites",
  "droit-rsa": "revenuSolidariteActive",
  "prime-activite": "primeActivite",
  "quotient-familial": "quotientFamilial",
  "revenu-fiscal-reference": "situationIr",
  "nombre-parts-fiscales": "situationIr",
  "plus-haut-diplome": "highestDiploma",
  "etablissement-siret": "etablissement",
  "attestation-vigilance": "attestationVigilance",
  "certification-qualiopi": "qualiopi",
  "numero-declaration-activite": "qualiopi",
  "habilitations-rncp": "qualiopi",
  "offre-formation-cpf": "trainingActions",
};

/** « GET /v3/… » as the connector calls it, or null for a data item the demonstrator does not request. */
export function demonstratorEndpoint(dataItemSlug: string): string | null {
  return Object.hasOwn(DATA_ITEM_ENDPOINTS, dataItemSlug) ? endpointLabel(DATA_ITEM_ENDPOINTS[dataItemSlug]) : null;
}
