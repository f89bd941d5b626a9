import { db } from "@/lib/db/client.ts";
import { normaliseEmail } from "./normalise-email.ts";

export type TSignInDecision = "member" | "invited" | "not-invited" | "deactivated";

export function pendingInvitationWhere(email: string, now = new Date()) {
  return { email: normaliseEmail(email), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/**
 * Membership is by invitation: only members and invited addresses get in. Both
 * lookups always run, so that the work (and time) is the same for everyone.
 */
export async function decideSignIn(email: string): Promise<TSignInDecision> {
  const [user, invitation] = await Promise.all([
    db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { deactivatedAt: true } }),
    db.invitation.findFirst({ where: pendingInvitationWhere(email), select: { id: true } }),
  ]);
  if (user) return user.deactivatedAt ? "deactivated" : "member";
  return invitation ? "invited" : "not-invited";
}

export const SIGN_IN_REFUSALS: Record<Exclude<TSignInDecision, "member" | "invited">, string> = {
  "not-invited":
    "Cette adresse n'a pas été invitée dans l'Atelier EFOP. L'adhésion se fait sur invitation : demandez à l'animation du groupe de vous inviter.",
  deactivated: "Ce compte a été désactivé. Contactez l'animation du groupe si vous pensez qu'il s'agit d'une erreur.",
};
