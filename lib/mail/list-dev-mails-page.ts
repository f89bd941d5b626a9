import "server-only";
import { db } from "@/lib/db/client.ts";
import { isDemoMode } from "@/lib/config/env.ts";
import { pageBounds, type TPage, type TPageRequest } from "@/lib/pagination/page-bounds.ts";

export const DEV_MAILS_PAGE_SIZE = 20;

const SELECT = { id: true, to: true, subject: true, text: true, createdAt: true } as const;
type TDevMail = { id: string; to: string; subject: string; text: string; createdAt: Date };

/** One page of the demo mailbox, newest first, with its total; null outside demo mode so that the page answers 404. */
export async function listDevMailsPage(request: TPageRequest): Promise<TPage<TDevMail> | null> {
  if (!isDemoMode()) return null;
  const total = await db.devMail.count();
  const bounds = pageBounds(total, request);
  // The id breaks ties between mails sent in the same millisecond, so that no mail shows on two pages.
  const items = await db.devMail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: bounds.skip,
    take: bounds.take,
    select: SELECT,
  });
  return { items, total, page: bounds.page, pageCount: bounds.pageCount, pageSize: bounds.pageSize };
}
