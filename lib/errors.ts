import type { TConnectorErrorCode } from "@/lib/connectors/connector-error.ts";

/**
 * An error the user can act on: it reaches the client as a typed code with a
 * French message. Anything else is reported as a generic error with a log id.
 */
export class ExpectedError extends Error {
  constructor(
    readonly code: ExpectedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export type ExpectedErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "RATE_LIMITED"
  // The change was based on an outdated view (e.g. a card moved meanwhile): refresh and retry.
  | "STALE"
  // A configured limit (WIP limit, vote budget, maximum per item) would be exceeded.
  | "LIMIT_REACHED"
  // A public API or partner service failed or answered unusably (lib/connectors/connector-error.ts).
  | TConnectorErrorCode;

export const forbidden = () => new ExpectedError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");
export const notFound = (what: string) => new ExpectedError("NOT_FOUND", `${what} introuvable.`);
