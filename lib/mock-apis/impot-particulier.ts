// API Impôt particulier (DGFiP): situation IR for an income year. The real API
// identifies the taxpayer through FranceConnect; the mock takes the 13-digit
// tax number in the `X-Numero-Fiscal` header instead.
import { ok, type TMockEndpoint, type TMockRequest, type TMockResponse, type TScopes, hasScope } from "./runtime.ts";
import { PERSONAS } from "./personas.ts";
import invariant from "tiny-invariant";

const dgfipError = (status: number, reason: string, message: string): TMockResponse => ({
  status,
  body: { reason, message, error: reason },
});

const SITUATION_PATH = /^situations\/ir\/assiettes\/annrev\/([^/]+)$/;

/** The description lists the scopes the person consents to: dgfip_rfr, dgfip_nbpart, dgfip_aft (each one field). */
export const IMPOT_PARTICULIER_SITUATION: TMockEndpoint = {
  scopes: ["dgfip_rfr", "dgfip_nbpart", "dgfip_aft"],
  callerParameters: "none",
  handle: situation,
};

export const resolveImpotParticulier = (path: string[]) =>
  SITUATION_PATH.test(path.join("/")) ? IMPOT_PARTICULIER_SITUATION : null;
export const impotParticulierNotFound = () => dgfipError(404, "not_found", "Ressource inconnue.");
/** The description documents no 403; its `default` Error shape carries the refusal. */
export const impotParticulierForbidden = () =>
  dgfipError(
    403,
    "forbidden",
    "Le jeton ne couvre aucune donnée de cette API (scopes dgfip_rfr, dgfip_nbpart ou dgfip_aft).",
  );

function situation(request: TMockRequest, scopes: TScopes): TMockResponse {
  const match = SITUATION_PATH.exec(request.path.join("/"));
  invariant(match, "route choisie par son motif");
  const year = Number(match[1]);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return dgfipError(404, "bad_request", "L'année de revenus doit être une année sur 4 chiffres.");
  const taxNumber = request.headers.get("x-numero-fiscal") ?? "";
  if (!/^\d{13}$/.test(taxNumber))
    return dgfipError(
      404,
      "bad_request",
      "Le numéro fiscal (13 chiffres) est obligatoire dans l'en-tête X-Numero-Fiscal.",
    );
  const persona = PERSONAS.find((candidate) => candidate.impots?.numeroFiscal === taxNumber);
  if (!persona?.impots || persona.impots.annee !== year)
    return dgfipError(404, "not_found", "Aucun avis d'imposition ne correspond à ces paramètres.");
  const addressLine = `${persona.adresse?.numeroLibelleVoie ?? ""} ${persona.adresse?.codePostalVille ?? ""}`.trim();
  // Plain object: this API has no data/links/meta envelope.
  const body: Record<string, unknown> = {};
  if (hasScope(scopes, "dgfip_rfr")) body.rfr = persona.impots.rfr;
  if (hasScope(scopes, "dgfip_nbpart")) body.nbPart = persona.impots.nbPart;
  if (hasScope(scopes, "dgfip_aft")) {
    body.aft = addressLine;
    body.aftDetail = {
      complementAdresse: "",
      voie: persona.adresse?.numeroLibelleVoie ?? "",
      commune: "",
      codePostal: persona.adresse?.codePostalVille ?? "",
    };
  }
  return { ...ok(null), body };
}
