import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { assertAdmin } from "@/lib/auth/guards.ts";
import { pageBounds, type TPage, type TPageRequest } from "@/lib/pagination/page-bounds.ts";

export const AUDIT_EVENTS_PAGE_SIZE = 50;

/** The journal's filter: an action or its family (`card`, `use-case.review`…), as stored; anything else is none. */
export const ZAuditActionFilter = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{0,63}$/)
  .optional()
  .catch(undefined);

type TAuditRow = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data: unknown;
};

/**
 * Administrators: the audit journal, newest first, one page at a time, optionally for one action or family of
 * actions. The id breaks ties between events of the same millisecond, so that no event shows on two pages.
 */
export async function listAuditEventsPage({
  actor,
  action,
  ...request
}: TPageRequest & { actor: TActor; action?: string }): Promise<TPage<TAuditRow>> {
  assertAdmin(actor);
  const where = action ? { OR: [{ action }, { action: { startsWith: `${action}.` } }] } : {};
  const total = await db.auditEvent.count({ where });
  const bounds = pageBounds(total, request);
  const items = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: bounds.skip,
    take: bounds.take,
    select: { id: true, createdAt: true, actorLabel: true, action: true, targetType: true, targetId: true, data: true },
  });
  return { items, total, page: bounds.page, pageCount: bounds.pageCount, pageSize: bounds.pageSize };
}
