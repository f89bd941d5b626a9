/** Said wherever the results of a round of the demo content show (page, matrix, CSV). */
export const DEMONSTRATION_ROUND_NOTICE =
  "Scrutin de démonstration : les votes sont fictifs (contenu de démonstration) et ne disent rien des priorités réelles du groupe.";
export const DEMONSTRATION_ROUND_TAG = "Scrutin de démonstration";
