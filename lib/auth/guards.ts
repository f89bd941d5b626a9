import { ExpectedError } from "@/lib/errors.ts";
import type { TActor } from "./actor.ts";

/** An actor the type system knows to be an administrator (the admin action client gives one). */
export type TAdminActor = TActor & { role: "ADMIN" };

export const notSignedIn = () => new ExpectedError("UNAUTHENTICATED", "Connectez-vous pour effectuer cette action.");
export const adminOnly = () =>
  new ExpectedError("FORBIDDEN", "Cette action est réservée à l'animation du groupe (administrateurs).");

export const isAdmin = (actor: TActor): actor is TAdminActor => actor.role === "ADMIN";

/**
 * The one guard for domain functions reserved to administrators: they may be called from outside an
 * action (command line, scheduler, tests), so they re-check the role. Being signed in is the type's job:
 * a domain function that needs someone takes a non-null `TActor`.
 */
export function assertAdmin(actor: TActor): TAdminActor {
  if (!isAdmin(actor)) throw adminOnly();
  return actor;
}
