import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { acceptInvitation } from "@/lib/auth/accept-invitation.ts";
import { decideSignIn } from "@/lib/auth/sign-in-policy.ts";
import { createActor, createOrganisation, uniqueEmail } from "@/lib/test/factories.ts";
import { FIRST_ORGANISATION, inviteAdministrator } from "./invite-administrator.ts";

describe("inviteAdministrator (npm run admin:invite)", () => {
  it("on a database without organisation, creates one and invites an administrator, audited as the system", async () => {
    await db.organisation.deleteMany();
    const email = uniqueEmail("premiere.admin");
    const outcome = await inviteAdministrator({ input: { email, name: "Marie Curie" } });
    expect(outcome).toMatchObject({
      status: "invited",
      organisation: { name: FIRST_ORGANISATION.name, created: true },
    });
    if (outcome.status === "already-admin") throw new Error("unexpected");
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: outcome.invitationId } });
    expect(invitation).toMatchObject({
      email,
      name: "Marie Curie",
      role: "ADMIN",
      invitedById: null,
      acceptedAt: null,
      revokedAt: null,
    });
    const audits = await db.auditEvent.findMany({
      where: { targetId: { in: [invitation.id, invitation.organisationId] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((audit) => [audit.action, audit.actorId, audit.actorLabel])).toEqual([
      ["organisation.create", null, "système"],
      ["invitation.create", null, "système"],
    ]);
    const mail = await db.devMail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
    expect(mail?.subject).toBe("Invitation à rejoindre l'Atelier EFOP");
    expect(mail?.text).toContain("/connexion");
  });

  it("the invited person signs in as an administrator, with the name given", async () => {
    const email = uniqueEmail("admin");
    await createOrganisation();
    const organisation = await createOrganisation();
    await inviteAdministrator({ input: { email, name: "Ada Lovelace", organisationSlug: organisation.slug } });
    expect(await decideSignIn(email)).toBe("invited");
    const user = await acceptInvitation({ email, name: null });
    expect(user).toMatchObject({ email, name: "Ada Lovelace", role: "ADMIN", organisationId: organisation.id });
    expect(await decideSignIn(email)).toBe("member");
  });

  it("is idempotent: run again, it renews and re-sends one pending invitation; for an administrator it does nothing", async () => {
    const organisation = await createOrganisation();
    const email = uniqueEmail("admin");
    const first = await inviteAdministrator({
      input: { email: email.toUpperCase(), organisationSlug: organisation.slug },
    });
    const second = await inviteAdministrator({ input: { email, organisationSlug: organisation.slug } });
    expect([first.status, second.status]).toEqual(["invited", "renewed"]);
    expect(await db.invitation.count({ where: { email, acceptedAt: null, revokedAt: null } })).toBe(1);
    expect(await db.devMail.count({ where: { to: email } })).toBe(2);
    await acceptInvitation({ email });
    const third = await inviteAdministrator({ input: { email, organisationSlug: organisation.slug } });
    expect(third.status).toBe("already-admin");
    expect(await db.invitation.count({ where: { email } })).toBe(2);
    expect(await db.devMail.count({ where: { to: email } })).toBe(2);
  });

  it.each([
    "pas-une-adresse",
    "prenom.nom@",
    "@exemple.gouv.fr",
    "prenom nom@exemple.gouv.fr",
    "",
    `${"a".repeat(250)}@exemple.fr`,
  ])("refuses the malformed address %j and stores nothing", async (email) => {
    const invitations = await db.invitation.count();
    await expect(inviteAdministrator({ input: { email } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/Adresse e-mail/),
    });
    expect(await db.invitation.count()).toBe(invitations);
  });

  it("refuses an unknown organisation, and asks which one when several exist", async () => {
    await createOrganisation();
    await createOrganisation();
    const email = uniqueEmail();
    await expect(inviteAdministrator({ input: { email, organisationSlug: "inconnue" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringMatching(/« inconnue » introuvable/),
    });
    await expect(inviteAdministrator({ input: { email } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/--organisation/),
    });
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });

  it("does not turn an existing member into an administrator behind the admins' back", async () => {
    const member = await createActor("MEMBER");
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: member.organisationId! } });
    await expect(
      inviteAdministrator({ input: { email: member.email, organisationSlug: organisation.slug } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ role: "MEMBER" });
  });
});
