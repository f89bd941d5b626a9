import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { actionDueDate } from "./action-due-date.ts";

/** How long an action stays on the dashboard after its due date. */
const SHOWN_AFTER_DUE_DAYS = 30;

/** The workshop actions the member owns, personally or through their organisation, soonest due first. */
export async function listMyWorkshopActions({ actor, now = new Date() }: { actor: TActor; now?: Date }) {
  const owners = [
    { ownerUserId: actor.id },
    ...(actor.organisationId ? [{ ownerOrganisationId: actor.organisationId }] : []),
  ];
  const items = await db.workshopItem.findMany({
    where: { kind: "ACTION", OR: owners, dueOn: { gte: new Date(now.getTime() - SHOWN_AFTER_DUE_DAYS * 86_400_000) } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    take: 50,
    select: {
      id: true,
      text: true,
      dueOn: true,
      ownerUserId: true,
      ownerOrganisation: { select: { name: true } },
      workshop: { select: { id: true, title: true } },
    },
  });
  return items.map((item) => ({
    id: item.id,
    text: item.text,
    dueOn: actionDueDate(item).toISOString().slice(0, 10),
    overdue: actionDueDate(item) < new Date(now.toISOString().slice(0, 10)),
    owner: item.ownerUserId ? "vous" : (item.ownerOrganisation?.name ?? ""),
    workshop: item.workshop,
  }));
}
