import "server-only";
import { createSafeActionClient } from "next-safe-action";
import "@/lib/validation/french-errors.ts";
import { containsInvalidText } from "@/lib/validation/invalid-text.ts";
import { z } from "zod";
import { getActor } from "@/lib/auth/get-actor.ts";
import { requestLogger } from "@/lib/log/request-logger.ts";
import { ExpectedError, type TExpectedErrorPayload } from "@/lib/errors.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { adminOnly, assertAdmin, notSignedIn } from "@/lib/auth/guards.ts";
import {
  ACTION_PERMISSIONS,
  actionNamesAt,
  type TActionNameAt,
  type TAllowed,
} from "@/lib/security/authorisation-matrix.ts";

/** What a failed action answers: an expected error keeps its code and typed details; anything else is INTERNAL. */
export type TActionError = TExpectedErrorPayload | { code: "INTERNAL"; message: string; details?: undefined };

/**
 * One client per level of the authorisation matrix (lib/security/authorisation-matrix.ts).
 * An action names itself in its metadata and each client accepts only the names the matrix puts at its
 * level: building a member action on the public client is a type error (and fails at run time), so the
 * table, the code and the README cannot disagree. The context says who acts, already narrowed:
 * `TActor | null` in public, `TActor` for members, `TAdminActor` for administrators.
 */
function baseClient<L extends TAllowed>(level: L) {
  return createSafeActionClient({
    defineMetadataSchema: () => z.object({ name: z.enum(actionNamesAt(level)) }),
    defaultValidationErrorsShape: "flattened",
    async handleServerError(error, { metadata }): Promise<TActionError> {
      if (error instanceof ExpectedError) return error.toPayload();
      // The reference shown is the request id, found on this line of the server log (ADR 0016).
      const { log, requestId } = await requestLogger();
      log.error({ err: error, action: metadata?.name }, "action : erreur inattendue");
      return {
        code: "INTERNAL",
        message: `Une erreur inattendue est survenue (référence ${requestId}). Réessayez ou contactez l'animation du groupe.`,
      };
    },
  });
}

/** The level comes from the matrix entry of the action's name, never from the client alone. */
async function actorFor(name: TActionNameAt<TAllowed>): Promise<TActor | null> {
  const { allowed } = ACTION_PERMISSIONS[name];
  const actor = await getActor();
  if (allowed !== "public" && !actor) throw notSignedIn();
  if (allowed === "admin" && actor?.role !== "ADMIN") throw adminOnly();
  return actor;
}

function rejectInvalidText(clientInput: unknown) {
  if (containsInvalidText(clientInput)) {
    throw new ExpectedError(
      "INVALID_INPUT",
      "Le texte envoyé contient des caractères invalides (caractère nul ou Unicode mal formé) : rien n'a été enregistré.",
    );
  }
}

export const publicActionClient = baseClient("public").use(async ({ next, metadata, clientInput }) => {
  const actor = await actorFor(metadata.name);
  rejectInvalidText(clientInput);
  return next({ ctx: { actor } });
});

export const memberActionClient = baseClient("member").use(async ({ next, metadata, clientInput }) => {
  const actor = await actorFor(metadata.name);
  if (!actor) throw notSignedIn();
  rejectInvalidText(clientInput);
  return next({ ctx: { actor } });
});

export const adminActionClient = baseClient("admin").use(async ({ next, metadata, clientInput }) => {
  const actor = await actorFor(metadata.name);
  if (!actor) throw notSignedIn();
  rejectInvalidText(clientInput);
  return next({ ctx: { actor: assertAdmin(actor) } });
});
