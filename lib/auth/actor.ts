export type TRole = "ADMIN" | "MEMBER";

/** Who performs an operation. `null` is the anonymous public. */
export type TActor = {
  id: string;
  email: string;
  name: string | null;
  role: TRole;
  organisationId: string | null;
};

export const ROLE_LABELS: Record<TRole, string> = { ADMIN: "Administrateur (animation du groupe)", MEMBER: "Membre" };

export function actorLabel(actor: TActor | null): string {
  return actor ? actor.email : "public";
}
