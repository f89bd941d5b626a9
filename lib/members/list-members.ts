import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";

/** Members and open invitations, for the admin page. */
export async function listMembers({ actor }: { actor: TActor }) {
  assertAdmin(actor);
  const [members, invitations, organisations] = await Promise.all([
    db.user.findMany({
      orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        deactivatedAt: true,
        createdAt: true,
        organisation: { select: { id: true, name: true } },
      },
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        role: true,
        createdAt: true,
        expiresAt: true,
        organisation: { select: { name: true } },
        invitedBy: { select: { name: true, email: true } },
      },
    }),
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { members, invitations, organisations };
}
