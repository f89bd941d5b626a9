// APIs that do not exist publicly. They show what opening them would change and
// are labelled « hypothétique » everywhere in the UI.
import { validateFrenchIban, validateNir } from "@/lib/identifiers/identifiers.ts";
import {
  ERRORS,
  apiGouvError,
  maskedByScope,
  ok,
  type TMockEndpoint,
  type TMockRequest,
  type TMockResponse,
  type TScopes,
} from "./runtime.ts";
import { PERSONAS } from "./personas.ts";

const HYPOTHETICAL = { hypothetique: true, avertissement: "API hypothétique : elle n'existe pas publiquement." };
const byNir = (nir: string) => PERSONAS.find((persona) => persona.nir === nir.replace(/\s/g, ""));

function nirParameter(request: TMockRequest): string | TMockResponse {
  const nir = request.url.searchParams.get("nir") ?? "";
  return validateNir(nir)
    ? ERRORS.badParameter("nir", "Le NIR n'est pas correctement formaté ou sa clé est fausse")
    : nir;
}

function highestDiploma(request: TMockRequest): TMockResponse {
  const nir = nirParameter(request);
  if (typeof nir !== "string") return nir;
  const diploma = byNir(nir)?.diplome;
  if (!diploma) return ERRORS.notFound("Ministères certificateurs");
  return ok(
    {
      intitule: diploma.intitule,
      niveau_europeen: diploma.niveau,
      code_certification: diploma.code,
      annee_obtention: diploma.annee,
    },
    HYPOTHETICAL,
  );
}

function ibanOwnership(request: TMockRequest): TMockResponse {
  if (request.method !== "POST")
    return apiGouvError(
      405,
      "00405",
      "Méthode non autorisée",
      "Utilisez POST avec un corps JSON { iban, nom, prenom }.",
    );
  const body = (request.body ?? {}) as { iban?: unknown; nom?: unknown; prenom?: unknown };
  if (typeof body.iban !== "string" || validateFrenchIban(body.iban))
    return ERRORS.badParameter("iban", "L'IBAN n'est pas un IBAN français valide");
  if (typeof body.nom !== "string" || !body.nom.trim())
    return ERRORS.badParameter("nom", "Le nom du titulaire est obligatoire");
  const iban = body.iban.replace(/\s/g, "").toUpperCase();
  const owner = PERSONAS.find((persona) => persona.iban?.iban === iban);
  // SEPAmail DIAMOND answers GREEN / ORANGE / RED; we say it in French.
  const resultat = owner?.iban?.resultat ?? "discordant";
  return ok(
    { iban, resultat, code_diamond: { concordant: "GREEN", partiel: "ORANGE", discordant: "RED" }[resultat] },
    HYPOTHETICAL,
  );
}

const PAYSLIP_BLOCKS = { siret_employeur: "donnees_paie_remunerations", periodes: null } as const;
const PAYSLIP_PERIOD_BLOCKS = {
  periode: null,
  heures_remunerees: "donnees_paie_remunerations",
  salaire_brut: "donnees_paie_remunerations",
  primes: "donnees_paie_primes",
} as const;

function payslipData(request: TMockRequest, scopes: TScopes): TMockResponse {
  const match = /^v1\/salaries\/([^/]+)\/remunerations$/.exec(request.path.slice(1).join("/"));
  const nir = decodeURIComponent(match?.[1] ?? "");
  if (validateNir(nir)) return ERRORS.badParameter("nir", "Le NIR n'est pas correctement formaté ou sa clé est fausse");
  const payroll = byNir(nir)?.paie;
  if (!payroll) return ERRORS.notFound("DSN");
  const months = Math.min(Math.max(Number(request.url.searchParams.get("mois") ?? 12), 1), 24);
  const now = new Date();
  const periods = Array.from({ length: months }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + index, 1));
    const month = date.getUTCMonth() + 1;
    const primes = payroll.primes
      .filter((prime) => prime.mois === month)
      .map((prime) => ({ libelle: prime.libelle, montant: prime.montant }));
    return maskedByScope(scopes, PAYSLIP_PERIOD_BLOCKS, {
      periode: `${date.getUTCFullYear()}-${String(month).padStart(2, "0")}`,
      heures_remunerees: payroll.heuresParMois,
      salaire_brut: payroll.brutParMois,
      primes,
    });
  });
  return ok(
    maskedByScope(scopes, PAYSLIP_BLOCKS, { siret_employeur: payroll.siretEmployeur, periodes: periods }),
    HYPOTHETICAL,
  );
}

/**
 * These APIs do not exist, so their scopes are ours, named like API
 * Particulier's: one per answer, and for payroll one for amounts and one for
 * bonuses (a body may need the salary without the bonuses).
 */
export const HYPOTHETICAL_ENDPOINTS: Record<string, TMockEndpoint & { matches: (route: string) => boolean }> = {
  diplomes: {
    matches: (route) => route === "v1/plus-haut-diplome",
    scopes: ["diplome_plus_haut_diplome"],
    callerParameters: "none",
    handle: highestDiploma,
  },
  "verification-iban": {
    matches: (route) => route === "v1/verifications",
    scopes: ["verification_iban"],
    callerParameters: "none",
    handle: ibanOwnership,
  },
  "donnees-paie": {
    matches: (route) => /^v1\/salaries\/[^/]+\/remunerations$/.test(route),
    scopes: ["donnees_paie_remunerations", "donnees_paie_primes"],
    callerParameters: "none",
    handle: payslipData,
  },
};

export function resolveHypothetical(path: string[]): TMockEndpoint | null {
  const [api, ...rest] = path;
  const endpoint = Object.hasOwn(HYPOTHETICAL_ENDPOINTS, api) ? HYPOTHETICAL_ENDPOINTS[api] : undefined;
  return endpoint?.matches(rest.join("/")) ? endpoint : null;
}
