import type { Role } from "@/lib/db/enums.ts";

export type TRole = Role;

/** Who performs an operation. `null` is the anonymous public. */
export type TActor = {
  id: string;
  email: string;
  name: string | null;
  role: TRole;
  organisationId: string | null;
  /** The operator's command line (`npm run admin:invite`): an administrator with no account behind it. */
  system?: true;
};

/** Audited as « système », with no user row: it is how the first administrator gets invited. */
export const SYSTEM_ACTOR: TActor = {
  id: "system",
  email: "",
  name: "Système (ligne de commande)",
  role: "ADMIN",
  organisationId: null,
  system: true,
};

/** The user row behind an actor, for foreign keys (author, inviter): none for the system. */
export const actorUserId = (actor: TActor): string | null => (actor.system ? null : actor.id);

export const ROLE_LABELS: Record<TRole, string> = { ADMIN: "Administrateur (animation du groupe)", MEMBER: "Membre" };

export function actorLabel(actor: TActor | null): string {
  if (!actor) return "public";
  return actor.system ? "système" : actor.email;
}
