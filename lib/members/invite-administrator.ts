import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { SYSTEM_ACTOR } from "@/lib/auth/actor.ts";
import { pendingInvitationWhere } from "@/lib/auth/sign-in-policy.ts";
import { normaliseEmail } from "@/lib/auth/normalise-email.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { ExpectedError } from "@/lib/errors.ts";
import { invitationMail } from "@/lib/mail/magic-link-mail.ts";
import { sendMail } from "@/lib/mail/send-mail.ts";
import { saveOrganisation } from "@/lib/organisations/save-organisation.ts";
import { inviteMember, ZInviteMemberInput } from "./invite-member.ts";

/** Created when the database has no organisation yet, so that the first administrator needs no other set-up. */
export const FIRST_ORGANISATION = { name: "Animation du groupe Data EFOP", type: "AUTRE" } as const;

export const ZInviteAdministratorInput = z.object({
  email: ZInviteMemberInput.shape.email,
  name: ZInviteMemberInput.shape.name,
  organisationSlug: z.string().trim().max(120).optional(),
});
export type TInviteAdministratorInput = z.infer<typeof ZInviteAdministratorInput>;

export type TInviteAdministratorOutcome =
  | { status: "already-admin"; userId: string }
  | {
      status: "invited" | "renewed";
      invitationId: string;
      organisation: { name: string; slug: string; created: boolean };
    };

async function organisationFor(slug: string | undefined) {
  if (slug) {
    const organisation = await db.organisation.findUnique({ where: { slug } });
    if (organisation) return { organisation, created: false };
    const known = await db.organisation.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    throw new ExpectedError(
      "NOT_FOUND",
      `Organisation « ${slug} » introuvable. Organisations existantes : ${known.map((row) => row.slug).join(", ") || "aucune"}.`,
    );
  }
  const organisations = await db.organisation.findMany({ orderBy: { slug: "asc" }, take: 50 });
  if (organisations.length === 1) return { organisation: organisations[0], created: false };
  if (organisations.length > 1) {
    throw new ExpectedError(
      "INVALID_INPUT",
      `Plusieurs organisations existent : choisissez-en une avec --organisation <slug> (${organisations.map((row) => row.slug).join(", ")}).`,
    );
  }
  return { organisation: await saveOrganisation({ actor: SYSTEM_ACTOR, input: FIRST_ORGANISATION }), created: true };
}

/**
 * `npm run admin:invite`: invites (or invites again) an administrator on behalf of the system, and
 * e-mails the invitation. Running it twice leaves one pending invitation; an existing administrator
 * is left as is.
 */
export async function inviteAdministrator({
  input,
}: {
  input: TInviteAdministratorInput;
}): Promise<TInviteAdministratorOutcome> {
  const parsed = ZInviteAdministratorInput.safeParse(input);
  if (!parsed.success)
    throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join(" "));
  const email = normaliseEmail(parsed.data.email);
  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, deactivatedAt: true },
  });
  if (existing?.role === "ADMIN" && !existing.deactivatedAt) return { status: "already-admin", userId: existing.id };
  if (existing) {
    throw new ExpectedError(
      "CONFLICT",
      existing.deactivatedAt
        ? "Cette adresse appartient à un compte désactivé : un administrateur peut le réactiver dans Administration › Membres."
        : "Cette adresse est déjà membre, sans le rôle administrateur : un administrateur peut changer son rôle dans Administration › Membres.",
    );
  }
  const renewed = Boolean(
    await db.invitation.findFirst({ where: pendingInvitationWhere(email), select: { id: true } }),
  );
  const { organisation, created } = await organisationFor(parsed.data.organisationSlug);
  const { invitation } = await inviteMember({
    actor: SYSTEM_ACTOR,
    input: { email, organisationId: organisation.id, role: "ADMIN", name: parsed.data.name },
  });
  try {
    await sendMail(
      invitationMail({
        to: email,
        organisation: organisation.name,
        invitedBy: "L'équipe qui exploite l'Atelier EFOP",
        signInUrl: `${appUrl()}/connexion`,
      }),
    );
  } catch (error) {
    throw new Error(
      `Invitation ${invitation.id} enregistrée, mais l'e-mail n'a pas pu partir (${error instanceof Error ? error.message : String(error)}) : vérifiez SMTP_URL puis relancez la commande.`,
      { cause: error },
    );
  }
  return {
    status: renewed ? "renewed" : "invited",
    invitationId: invitation.id,
    organisation: { name: organisation.name, slug: organisation.slug, created },
  };
}
