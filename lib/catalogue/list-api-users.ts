import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";

/**
 * The organisations that use or are adopting one API, for its page: members only (docs/adr/0023), null for the public.
 */
export async function listApiUsers({ actor, publicApiId }: { actor: TActor | null; publicApiId: string }) {
  if (!actor) return null;
  const usages = await db.apiUsage.findMany({
    where: { publicApiId, status: { in: ["UTILISE", "EN_COURS"] } },
    orderBy: [{ status: "asc" }, { organisation: { name: "asc" } }],
    select: { status: true, note: true, updatedAt: true, organisation: { select: { name: true } } },
  });
  return usages.map((usage) => ({
    organisation: usage.organisation.name,
    status: usage.status,
    note: usage.note,
    updatedAt: usage.updatedAt,
  }));
}
