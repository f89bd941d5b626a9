import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor, createOrganisation, uniqueEmail } from "@/lib/test/factories.ts";
import { decideSignIn } from "./sign-in-policy.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { inviteMember } from "@/lib/members/invite-member.ts";

describe("sign-in policy", () => {
  it("refuses an address that was never invited, and creates nothing", async () => {
    const email = uniqueEmail("inconnu");
    expect(await decideSignIn(email)).toBe("not-invited");
    await expect(acceptInvitation({ email })).rejects.toThrow(/Aucune invitation/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("lets an invited address in once, with the invitation's organisation and role", async () => {
    const admin = await createActor("ADMIN");
    const organisation = await createOrganisation("OPCO");
    const email = uniqueEmail("invitee");
    await inviteMember({
      actor: admin,
      input: { email: email.toUpperCase(), organisationId: organisation.id, role: "MEMBER" },
    });
    expect(await decideSignIn(email)).toBe("invited");

    const user = await acceptInvitation({ email, name: "Invitée Test" });
    expect(user).toMatchObject({ email, role: "MEMBER", organisationId: organisation.id });
    expect(await decideSignIn(email)).toBe("member");
    expect(await db.invitation.findFirst({ where: { email } })).toMatchObject({ acceptedAt: expect.any(Date) });
    expect(await db.auditEvent.findFirst({ where: { action: "member.joined", targetId: user.id } })).not.toBeNull();
  });

  it("ignores revoked and expired invitations", async () => {
    const organisation = await createOrganisation();
    const revoked = uniqueEmail("revoquee");
    const expired = uniqueEmail("expiree");
    await db.invitation.create({
      data: {
        email: revoked,
        organisationId: organisation.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        revokedAt: new Date(),
      },
    });
    await db.invitation.create({
      data: { email: expired, organisationId: organisation.id, expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await decideSignIn(revoked)).toBe("not-invited");
    expect(await decideSignIn(expired)).toBe("not-invited");
  });

  it("keeps deactivated members out", async () => {
    const member = await createActor("MEMBER");
    await db.user.update({ where: { id: member.id }, data: { deactivatedAt: new Date() } });
    expect(await decideSignIn(member.email)).toBe("deactivated");
  });
});
