import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation, uniqueEmail } from "@/lib/test/factories.ts";
import { inviteMember, ZInviteMemberInput } from "./invite-member.ts";
import { revokeInvitation } from "./revoke-invitation.ts";
import { updateMember } from "./update-member.ts";
import { listMembers } from "./list-members.ts";

describe("inviteMember", () => {
  it("lets an admin invite, and records who did it", async () => {
    const admin = await createActor("ADMIN");
    const organisation = await createOrganisation();
    const email = uniqueEmail();
    const { invitation } = await inviteMember({
      actor: admin,
      input: { email, organisationId: organisation.id, role: "MEMBER" },
    });
    expect(invitation).toMatchObject({ email, invitedById: admin.id, acceptedAt: null });
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const audit = await db.auditEvent.findFirst({ where: { action: "invitation.create", targetId: invitation.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorLabel: admin.email });
  });

  it.each([["member", "MEMBER", "FORBIDDEN"]] as const)(
    "refuses the %s and stores nothing",
    async (_label, role, code) => {
      const actor = await createActor(role);
      const organisation = await createOrganisation();
      const email = uniqueEmail();
      await expect(
        inviteMember({ actor, input: { email, organisationId: organisation.id, role: "ADMIN" } }),
      ).rejects.toMatchObject({ code });
      expect(await db.invitation.count({ where: { email } })).toBe(0);
    },
  );

  it("refuses to invite an existing member", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    await expect(
      inviteMember({
        actor: admin,
        input: { email: member.email, organisationId: member.organisationId!, role: "MEMBER" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("déjà membre") });
  });

  it("replaces a pending invitation to the same address", async () => {
    const admin = await createActor("ADMIN");
    const organisation = await createOrganisation();
    const email = uniqueEmail();
    await inviteMember({ actor: admin, input: { email, organisationId: organisation.id, role: "MEMBER" } });
    await inviteMember({ actor: admin, input: { email, organisationId: organisation.id, role: "ADMIN" } });
    const pending = await db.invitation.findMany({ where: { email, revokedAt: null } });
    expect(pending).toHaveLength(1);
    expect(pending[0].role).toBe("ADMIN");
  });

  it("rejects malformed input with French messages", () => {
    const result = ZInviteMemberInput.safeParse({ email: "pas-une-adresse", organisationId: "", role: "ROOT" });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(["Adresse e-mail invalide.", "Choisissez une organisation.", "Rôle inconnu."]),
    );
  });
});

describe("revokeInvitation", () => {
  it("revokes a pending invitation once", async () => {
    const admin = await createActor("ADMIN");
    const organisation = await createOrganisation();
    const { invitation } = await inviteMember({
      actor: admin,
      input: { email: uniqueEmail(), organisationId: organisation.id, role: "MEMBER" },
    });
    await revokeInvitation({ actor: admin, input: { invitationId: invitation.id } });
    await expect(revokeInvitation({ actor: admin, input: { invitationId: invitation.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const member = await createActor("MEMBER");
    await expect(revokeInvitation({ actor: member, input: { invitationId: invitation.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("updateMember", () => {
  it("changes role and organisation, and signs a deactivated member out everywhere", async () => {
    const admin = await createActor("ADMIN");
    const member = await createActor("MEMBER");
    const other = await createOrganisation("OPCO");
    await db.session.create({
      data: { sessionToken: `s-${member.id}`, userId: member.id, expires: new Date(Date.now() + 86_400_000) },
    });
    await updateMember({
      actor: admin,
      input: { userId: member.id, role: "ADMIN", organisationId: other.id, active: false },
    });
    expect(await db.user.findUnique({ where: { id: member.id } })).toMatchObject({
      role: "ADMIN",
      organisationId: other.id,
      deactivatedAt: expect.any(Date),
    });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "member.update", targetId: member.id } })).toBe(1);
  });

  it("always keeps an active admin and never lets admins lock themselves out", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
    const admin = await createActor("ADMIN");
    await expect(
      updateMember({
        actor: admin,
        input: { userId: admin.id, role: "MEMBER", organisationId: admin.organisationId!, active: true },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Le groupe doit garder au moins un administrateur actif." });
    const second = await createActor("ADMIN");
    await expect(
      updateMember({
        actor: admin,
        input: { userId: admin.id, role: "ADMIN", organisationId: admin.organisationId!, active: false },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await updateMember({
      actor: second,
      input: { userId: admin.id, role: "MEMBER", organisationId: admin.organisationId!, active: true },
    });
    expect((await db.user.findUnique({ where: { id: admin.id } }))!.role).toBe("MEMBER");
  });

  it("is refused to members", async () => {
    const member = await createActor("MEMBER");
    await expect(
      updateMember({
        actor: member,
        input: { userId: member.id, role: "ADMIN", organisationId: member.organisationId!, active: true },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUnique({ where: { id: member.id } }))!.role).toBe("MEMBER");
  });
});

describe("listMembers", () => {
  it("is for admins only", async () => {
    await expect(listMembers({ actor: await createActor("MEMBER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { members } = await listMembers({ actor: await createActor("ADMIN") });
    expect(members.length).toBeGreaterThan(0);
  });
});
