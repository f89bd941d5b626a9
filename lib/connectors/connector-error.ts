import { ExpectedError } from "@/lib/errors.ts";

export type TConnectorErrorCode =
  "TIMEOUT" | "RATE_LIMITED" | "UNAVAILABLE" | "NOT_FOUND" | "INVALID" | "NOT_HABILITATED" | "INVALID_RESPONSE";

/**
 * A failed call to a public API, with a message a person can act on. It is an
 * expected error: an action that lets it through answers its code and French
 * message, never « erreur inattendue ».
 */
export class ConnectorError extends ExpectedError {
  constructor(
    readonly code: TConnectorErrorCode,
    readonly source: string,
    message: string,
    readonly status?: number,
  ) {
    super(code, message);
    this.name = "ConnectorError";
  }
}

export type TConnectorFailure = number | "timeout" | "network" | "invalid-response" | "missing-identifier";

/** Messages a connector may word for its own service (e.g. « persona inconnue » for the sign-in simulation). */
export type TConnectorMessages = Partial<Record<TConnectorErrorCode, string>>;

export function connectorErrorFor(
  source: string,
  failure: TConnectorFailure,
  messages: TConnectorMessages = {},
): ConnectorError {
  const error = (code: TConnectorErrorCode, message: string, status?: number) =>
    new ConnectorError(code, source, messages[code] ?? message, status);
  if (failure === "timeout")
    return error(
      "TIMEOUT",
      `${source} n'a pas répondu à temps. Saisissez l'information ou joignez le justificatif : le reste de la demande continue.`,
    );
  if (failure === "network")
    return error(
      "UNAVAILABLE",
      `${source} est injoignable pour le moment. Saisissez l'information ou joignez le justificatif.`,
    );
  if (failure === "invalid-response")
    return error(
      "INVALID_RESPONSE",
      `${source} a répondu dans un format inattendu : l'information n'a pas été reprise, saisissez-la.`,
    );
  if (failure === "missing-identifier")
    return error(
      "INVALID",
      `${source} n'a pas été interrogé : l'identifiant nécessaire manque. Saisissez l'information.`,
    );
  if (failure === 404)
    return error(
      "NOT_FOUND",
      `${source} ne connaît pas cette personne ou cette structure : l'information est à saisir.`,
      failure,
    );
  if (failure === 401 || failure === 403)
    return error(
      "NOT_HABILITATED",
      `L'accès à ${source} n'est pas habilité (jeton ou périmètre). Saisissez l'information.`,
      failure,
    );
  if (failure === 429)
    return error(
      "RATE_LIMITED",
      `${source} reçoit trop de demandes : réessayez dans un instant ou saisissez l'information.`,
      failure,
    );
  if (failure === 422 || failure === 400)
    return error("INVALID", `${source} a refusé les paramètres transmis : vérifiez l'identifiant saisi.`, failure);
  return error(
    "UNAVAILABLE",
    `${source} rencontre une erreur (${failure}). Saisissez l'information ou réessayez plus tard.`,
    failure,
  );
}
