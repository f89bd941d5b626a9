import type { Db } from "@/lib/db/create-client.ts";

export type TNotice = { title: string; body: string; link: string };
export type TNotified = TNotice & { userId: string; email: string };

/** In-app notifications, written in the caller's transaction; returns who should also get an e-mail. */
export async function notifyUsers(tx: Pick<Db, "notification" | "user">, userIds: string[], notice: TNotice): Promise<TNotified[]> {
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, deactivatedAt: null },
    select: { id: true, email: true },
  });
  if (recipients.length === 0) return [];
  await tx.notification.createMany({ data: recipients.map((user) => ({ userId: user.id, ...notice })) });
  return recipients.map((user) => ({ userId: user.id, email: user.email, ...notice }));
}
