import { db } from "@/lib/db/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { TActor } from "./actor.ts";

/** Deletes the actor's current session; returns the ProConnect id_token needed to log out there. */
export async function endSession({ actor, sessionToken }: { actor: TActor | null; sessionToken: string | null }) {
  if (!actor) return { idToken: null };
  return db.$transaction(async (tx) => {
    if (sessionToken) await tx.session.deleteMany({ where: { sessionToken, userId: actor.id } });
    const account = await tx.account.findFirst({
      where: { userId: actor.id, provider: "proconnect", id_token: { not: null } },
      select: { id_token: true },
    });
    await recordAuditEvent(tx, { actor, action: "auth.sign-out", targetType: "user", targetId: actor.id });
    return { idToken: account?.id_token ?? null };
  });
}
