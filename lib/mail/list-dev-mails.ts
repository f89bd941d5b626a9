import "server-only";
import { db } from "@/lib/db/client.ts";
import { isDemoMode } from "@/lib/config/env.ts";

/** The demo mailbox; null outside demo mode so that callers answer 404. */
export async function listDevMails({ to, limit = 50 }: { to?: string; limit?: number } = {}) {
  if (!isDemoMode()) return null;
  return db.devMail.findMany({
    where: to ? { to: to.trim().toLowerCase() } : undefined,
    orderBy: { createdAt: "desc" },
    take: Math.min(limit, 200),
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
