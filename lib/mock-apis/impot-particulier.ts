// API Impôt particulier (DGFiP): situation IR for an income year. The real API
// identifies the taxpayer through FranceConnect; the mock takes the 13-digit
// tax number in the `X-Numero-Fiscal` header instead.
import { ok, type TMockRequest, type TMockResponse, type TScopes, hasScope } from "./runtime.ts";
import { PERSONAS } from "./personas.ts";

const dgfipError = (status: number, reason: string, message: string): TMockResponse => ({ status, body: { reason, message, error: reason } });

export function handleImpotParticulier(request: TMockRequest, scopes: TScopes): TMockResponse {
  const match = /^situations\/ir\/assiettes\/annrev\/([^/]+)$/.exec(request.path.join("/"));
  if (!match) return dgfipError(404, "not_found", "Ressource inconnue.");
  const year = Number(match[1]);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return dgfipError(404, "bad_request", "L'année de revenus doit être une année sur 4 chiffres.");
  const taxNumber = request.headers.get("x-numero-fiscal") ?? "";
  if (!/^\d{13}$/.test(taxNumber)) return dgfipError(404, "bad_request", "Le numéro fiscal (13 chiffres) est obligatoire dans l'en-tête X-Numero-Fiscal.");
  const persona = PERSONAS.find((candidate) => candidate.impots?.numeroFiscal === taxNumber);
  if (!persona?.impots || persona.impots.annee !== year) return dgfipError(404, "not_found", "Aucun avis d'imposition ne correspond à ces paramètres.");
  const addressLine = `${persona.adresse?.numeroLibelleVoie ?? ""} ${persona.adresse?.codePostalVille ?? ""}`.trim();
  // Plain object: this API has no data/links/meta envelope.
  const body: Record<string, unknown> = {};
  if (hasScope(scopes, "dgfip_rfr")) body.rfr = persona.impots.rfr;
  if (hasScope(scopes, "dgfip_nbpart")) body.nbPart = persona.impots.nbPart;
  if (hasScope(scopes, "dgfip_aft")) {
    body.aft = addressLine;
    body.aftDetail = { complementAdresse: "", voie: persona.adresse?.numeroLibelleVoie ?? "", commune: "", codePostal: persona.adresse?.codePostalVille ?? "" };
  }
  return { ...ok(null), body };
}
