export type TConnectorErrorCode = "TIMEOUT" | "RATE_LIMITED" | "UNAVAILABLE" | "NOT_FOUND" | "INVALID" | "UNAUTHORIZED";

/** A failed call to a public API, with a message a person can act on. */
export class ConnectorError extends Error {
  constructor(readonly code: TConnectorErrorCode, readonly source: string, message: string, readonly status?: number) {
    super(message);
    this.name = "ConnectorError";
  }
}

export function connectorErrorFor(source: string, status: number | "timeout" | "network"): ConnectorError {
  if (status === "timeout") return new ConnectorError("TIMEOUT", source, `${source} n'a pas répondu à temps. Saisissez l'information ou joignez le justificatif : le reste de la demande continue.`);
  if (status === "network") return new ConnectorError("UNAVAILABLE", source, `${source} est injoignable pour le moment. Saisissez l'information ou joignez le justificatif.`);
  if (status === 404) return new ConnectorError("NOT_FOUND", source, `${source} ne connaît pas cette personne ou cette structure : l'information est à saisir.`, status);
  if (status === 401 || status === 403) return new ConnectorError("UNAUTHORIZED", source, `L'accès à ${source} n'est pas habilité (jeton ou périmètre). Saisissez l'information.`, status);
  if (status === 429) return new ConnectorError("RATE_LIMITED", source, `${source} reçoit trop de demandes : réessayez dans un instant ou saisissez l'information.`, status);
  if (status === 422 || status === 400) return new ConnectorError("INVALID", source, `${source} a refusé les paramètres transmis : vérifiez l'identifiant saisi.`, status);
  return new ConnectorError("UNAVAILABLE", source, `${source} rencontre une erreur (${status}). Saisissez l'information ou réessayez plus tard.`, status);
}
