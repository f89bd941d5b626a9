import "server-only";
import { randomUUID } from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { getActor } from "@/lib/auth/get-actor.ts";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors.ts";
import type { TActor } from "@/lib/auth/actor.ts";

export type TActionError = { code: ExpectedErrorCode | "INTERNAL"; message: string };

/**
 * Every server action goes through this client: session → role → zod input.
 * An action declares who may run it in its metadata:
 * `"public"` (anyone), `"member"` (any signed-in member) or `"admin"`.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string(), allowed: z.enum(["public", "member", "admin"]) }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error): TActionError {
    if (error instanceof ExpectedError) return { code: error.code, message: error.message };
    const reference = randomUUID().slice(0, 8);
    console.error(`[action] erreur inattendue ${reference}`, error);
    return { code: "INTERNAL", message: `Une erreur inattendue est survenue (référence ${reference}). Réessayez ou contactez l'animation du groupe.` };
  },
}).use(async ({ next, metadata }) => {
  const actor = await getActor();
  if (metadata.allowed !== "public" && !actor) {
    throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  }
  if (metadata.allowed === "admin" && actor?.role !== "ADMIN") {
    throw new ExpectedError("FORBIDDEN", "Cette action est réservée à l'animation du groupe (administrateurs).");
  }
  return next({ ctx: { actor: actor as TActor | null } });
});

/** Narrowed context for actions that require a member. */
export function requireActor(actor: TActor | null): TActor {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  return actor;
}
