import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";

export async function listNotifications({ actor }: { actor: TActor }) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

export async function countUnreadNotifications({ actor }: { actor: TActor }) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
