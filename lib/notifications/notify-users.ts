import type { Db } from "@/lib/db/create-client.ts";

export type TNotice = { title: string; body: string; link: string };
export type TNotified = TNotice & { userId: string; email: string };

/**
 * In-app notifications, written in the caller's transaction; returns who should get an e-mail now: the members who
 * asked for each notification by e-mail. The others get it in their daily digest (send-daily-digests.ts) or not at all.
 */
export async function notifyUsers(
  tx: Pick<Db, "notification" | "user">,
  userIds: string[],
  notice: TNotice,
): Promise<TNotified[]> {
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, deactivatedAt: null },
    select: { id: true, email: true, emailNotifications: true },
  });
  if (recipients.length === 0) return [];
  const now = new Date();
  await tx.notification.createMany({
    data: recipients.map((user) => ({
      userId: user.id,
      ...notice,
      emailedAt: user.emailNotifications === "EACH" ? now : null,
    })),
  });
  return recipients
    .filter((user) => user.emailNotifications === "EACH")
    .map((user) => ({ userId: user.id, email: user.email, ...notice }));
}
