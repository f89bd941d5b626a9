import { ExpectedError } from "@/lib/errors.ts";
import type { TActor } from "./actor.ts";

/** Domain functions re-check the role: they may be called from places other than actions. */
export function requireAdmin(actor: TActor | null): TActor {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  if (actor.role !== "ADMIN") throw new ExpectedError("FORBIDDEN", "Cette action est réservée à l'animation du groupe (administrateurs).");
  return actor;
}

/** Any signed-in member (admins included). */
export function requireMember(actor: TActor | null): TActor {
  if (!actor) throw new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
  return actor;
}
