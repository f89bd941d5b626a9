import { db } from "@/lib/db/client.ts";
import { PATH_KINDS, type TPathKind } from "@/lib/sheets/sheet-content.ts";
import { perRequest } from "@/lib/http/per-request.ts";

/** Read once per request: the page and its metadata ask for the same entry. */
export const getFundingScheme = perRequest(loadFundingScheme, ({ slug }) => slug);

/**
 * Public: one scheme (retired ones too, marked so), answering a funder's
 * question « what does my scheme ask for, and what could be pre-filled? »:
 * its requests per path, each with the data items that would replace it,
 * their availability and the API that serves them.
 */
async function loadFundingScheme({ slug }: { slug: string }) {
  const scheme = await db.fundingScheme.findUnique({
    where: { slug },
    select: {
      id: true,
      version: true,
      retiredAt: true,
      updatedAt: true,
      slug: true,
      name: true,
      description: true,
      operator: true,
      paths: true,
      source: true,
      requirements: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          path: true,
          kind: true,
          label: true,
          replacedBy: {
            select: {
              dataItem: {
                select: {
                  slug: true,
                  name: true,
                  availability: true,
                  retiredAt: true,
                  publicApi: { select: { slug: true, name: true, hypothetical: true } },
                },
              },
            },
          },
        },
      },
      irritants: {
        where: { irritant: { retiredAt: null } },
        select: { irritant: { select: { slug: true, title: true } } },
      },
    },
  });
  if (!scheme) return null;
  const requirements = scheme.requirements.map((requirement) => ({
    ...requirement,
    replacedBy: requirement.replacedBy.map(({ dataItem }) => dataItem),
  }));
  const byPath = PATH_KINDS.filter(
    (path) => scheme.paths.includes(path) || requirements.some((requirement) => requirement.path === path),
  ).map((path: TPathKind) => ({
    path,
    requirements: requirements.filter((requirement) => requirement.path === path),
  }));
  return { ...scheme, requirements, byPath };
}
