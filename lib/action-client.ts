import "server-only";
import { createSafeActionClient } from "next-safe-action";
import "@/lib/validation/french-errors.ts";
import { containsInvalidText } from "@/lib/validation/invalid-text.ts";
import { z } from "zod";
import { getActor } from "@/lib/auth/get-actor.ts";
import { requestLogger } from "@/lib/log/request-logger.ts";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { ACTION_PERMISSIONS, type TActionName } from "@/lib/security/authorisation-matrix.ts";

export type TActionError = { code: ExpectedErrorCode | "INTERNAL"; message: string };

/**
 * Every server action goes through this client: session → role → zod input.
 * An action names itself in its metadata; who may run it comes from the
 * authorisation matrix (lib/security/authorisation-matrix.ts), never from the
 * action itself, so that the table, the code and the README cannot disagree.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.enum(Object.keys(ACTION_PERMISSIONS) as [TActionName, ...TActionName[]]) }),
  defaultValidationErrorsShape: "flattened",
  async handleServerError(error, { metadata }): Promise<TActionError> {
    if (error instanceof ExpectedError) return { code: error.code, message: error.message };
    // The reference shown is the request id, found on this line of the server log (ADR 0016).
    const { log, requestId } = await requestLogger();
    log.error({ err: error, action: metadata?.name }, "action : erreur inattendue");
    return { code: "INTERNAL", message: `Une erreur inattendue est survenue (référence ${requestId}). Réessayez ou contactez l'animation du groupe.` };
  },
}).use(async ({ next, metadata }) => {
  const { allowed } = ACTION_PERMISSIONS[metadata.name];
  const actor = await getActor();
  if (allowed !== "public" && !actor) {
    throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  }
  if (allowed === "admin" && actor?.role !== "ADMIN") {
    throw new ExpectedError("FORBIDDEN", "Cette action est réservée à l'animation du groupe (administrateurs).");
  }
  return next({ ctx: { actor: actor as TActor | null } });
}).use(async ({ next, clientInput }) => {
  if (containsInvalidText(clientInput)) {
    throw new ExpectedError("INVALID_INPUT", "Le texte envoyé contient des caractères invalides (caractère nul ou Unicode mal formé) : rien n'a été enregistré.");
  }
  return next();
});

/** Narrowed context for actions that require a member. */
export function requireActor(actor: TActor | null): TActor {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  return actor;
}
