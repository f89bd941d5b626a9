import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import type { EmailNotifications } from "@/lib/db/enums.ts";

/** What the member receives by e-mail besides the in-app notifications. */
export async function getEmailPreference({ actor }: { actor: TActor }): Promise<EmailNotifications> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { emailNotifications: true } });
  return user?.emailNotifications ?? "EACH";
}
