import { db } from "@/lib/db/client.ts";

export type TSignInDecision = "member" | "invited" | "not-invited" | "deactivated";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function pendingInvitationWhere(email: string, now = new Date()) {
  return { email: normaliseEmail(email), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/** Membership is by invitation: only members and invited addresses get in. */
export async function decideSignIn(email: string): Promise<TSignInDecision> {
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) }, select: { deactivatedAt: true } });
  if (user) return user.deactivatedAt ? "deactivated" : "member";
  const invitation = await db.invitation.findFirst({ where: pendingInvitationWhere(email), select: { id: true } });
  return invitation ? "invited" : "not-invited";
}

export const SIGN_IN_REFUSALS: Record<Exclude<TSignInDecision, "member" | "invited">, string> = {
  "not-invited":
    "Cette adresse n'a pas été invitée dans l'Atelier EFOP. L'adhésion se fait sur invitation : demandez à l'animation du groupe de vous inviter.",
  deactivated: "Ce compte a été désactivé. Contactez l'animation du groupe si vous pensez qu'il s'agit d'une erreur.",
};
