import { db } from "@/lib/db/client.ts";

/**
 * Public: the funding schemes in the catalogue (retired ones left out), with how much of what they ask could be
 * pre-filled.
 */
export async function listFundingSchemes() {
  const schemes = await db.fundingScheme.findMany({
    where: { retiredAt: null },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      description: true,
      operator: true,
      paths: true,
      requirements: {
        select: {
          replacedBy: {
            where: { dataItem: { retiredAt: null } },
            select: { dataItem: { select: { availability: true } } },
          },
        },
      },
    },
  });
  return schemes.map(({ requirements, ...scheme }) => ({
    ...scheme,
    requirementCount: requirements.length,
    // A request can be dropped today when a data item that replaces it is available.
    prefillableToday: requirements.filter((requirement) =>
      requirement.replacedBy.some(({ dataItem }) => dataItem.availability === "DISPONIBLE"),
    ).length,
  }));
}
