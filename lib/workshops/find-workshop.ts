import type { Db } from "@/lib/db/create-client.ts";
import { ExpectedError, notFound } from "@/lib/errors.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The workshop a mutation works on, locked against concurrent changes of its state; refused unless it is running. */
export async function findOpenWorkshop(tx: Tx, workshopId: string) {
  // Row lock: two facilitator gestures (two tabs, a double key press) apply one after the other.
  await tx.$queryRaw`SELECT id FROM "Workshop" WHERE id = ${workshopId} FOR UPDATE`;
  const workshop = await tx.workshop.findUnique({
    where: { id: workshopId },
    include: { steps: { orderBy: { position: "asc" } } },
  });
  if (!workshop) throw notFound("Atelier");
  if (workshop.status === "DRAFT") throw new ExpectedError("CONFLICT", "Cet atelier n'est pas encore ouvert.");
  if (workshop.status === "CLOSED")
    throw new ExpectedError("CONFLICT", "Cet atelier est clos : il ne peut plus changer.");
  return workshop;
}
