import type { TConnectorErrorCode } from "@/lib/connectors/connector-error.ts";
import type { TLatestRevision } from "@/lib/sheets/get-latest-revision.ts";

/**
 * An error the user can act on: it reaches the client as a typed code with a
 * French message, and the details its code carries (TErrorDetailsMap), so the
 * client can react without asking again. Anything else is reported as a
 * generic error with a log id.
 */
export class ExpectedError<C extends ExpectedErrorCode = ExpectedErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: TErrorDetails<C>,
  ) {
    super(message);
    this.name = "ExpectedError";
  }

  /** What the action client answers for it (lib/action-client.ts). */
  toPayload(): TExpectedErrorPayload {
    // The constructor ties `details` to `code`; TypeScript cannot follow that link through the union.
    return { code: this.code, message: this.message, details: this.details } as TExpectedErrorPayload;
  }
}

/** The details each code may carry; codes not listed carry none. */
export type TErrorDetailsMap = {
  // A sheet saved on an outdated base: the newest revision, for the editor's merge view.
  STALE: { latestRevision: TLatestRevision };
  RATE_LIMITED: { retryAfterSeconds: number };
};

export type TErrorDetails<C extends ExpectedErrorCode> = C extends keyof TErrorDetailsMap ? TErrorDetailsMap[C] : never;

/** An expected error as the client receives it: a discriminated union on `code`. */
export type TExpectedErrorPayload = {
  [C in ExpectedErrorCode]: { code: C; message: string; details?: TErrorDetails<C> };
}[ExpectedErrorCode];

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

export const forbidden = () =>
  new ExpectedError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");
export const notFound = (what: string) => new ExpectedError("NOT_FOUND", `${what} introuvable.`);
