import type { Db } from "@/lib/db/create-client.ts";
import { formatDateTime } from "@/lib/format.ts";
import { notifyUsers, type TNotified } from "@/lib/notifications/notify-users.ts";

type Tx = Pick<Db, "notification" | "user" | "voteRound">;
type Round = { id: string; title: string; closesAt: Date };

async function activeMemberIds(tx: Tx): Promise<string[]> {
  return (await tx.user.findMany({ where: { deactivatedAt: null }, select: { id: true } })).map((user) => user.id);
}

/** Once per round (the stamp is set in the same transaction): « le scrutin est ouvert ». */
export async function notifyRoundOpened(tx: Tx, round: Round): Promise<TNotified[]> {
  const { count } = await tx.voteRound.updateMany({
    where: { id: round.id, openingNotifiedAt: null },
    data: { openingNotifiedAt: new Date() },
  });
  if (count === 0) return [];
  return notifyUsers(tx, await activeMemberIds(tx), {
    title: `Scrutin ouvert : ${round.title}`,
    body: `Le scrutin « ${round.title} » est ouvert jusqu'au ${formatDateTime(round.closesAt)}. Votre bulletin reste modifiable jusqu'à la clôture.`,
    link: `/priorisation/scrutins/${round.id}`,
  });
}

export async function notifyRoundClosed(tx: Tx, round: Pick<Round, "id" | "title">): Promise<TNotified[]> {
  return notifyUsers(tx, await activeMemberIds(tx), {
    title: `Scrutin clos : ${round.title}`,
    body: `Le scrutin « ${round.title} » est clos : les résultats sont disponibles.`,
    link: `/priorisation/scrutins/${round.id}`,
  });
}
