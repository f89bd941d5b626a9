import { db } from "@/lib/db/client.ts";
import { pageBounds, paginate, type TPage, type TPageRequest } from "@/lib/pagination/page-bounds.ts";
import {
  IRRITANT_LIST_ORDER,
  IRRITANT_LIST_SELECT,
  irritantListWhere,
  listIrritants,
  searchTerms,
  type TIrritantFilters,
} from "./list-irritants.ts";

export const IRRITANTS_PAGE_SIZE = 10;

type TIrritantListItem = Awaited<ReturnType<typeof listIrritants>>[number];

/**
 * Public: one page of the irritant catalogue, with the total that matches the filters. A page past the end serves the
 * last one. Without a text search the database counts and cuts the page; the text search ignores accents, which the
 * database's `contains` does not, so with one the filtered list is cut in memory (the catalogue holds hundreds of
 * entries at most).
 */
export async function listIrritantsPage({
  page,
  pageSize,
  ...filters
}: TIrritantFilters & TPageRequest): Promise<TPage<TIrritantListItem>> {
  if (searchTerms(filters.q).length) return paginate(await listIrritants(filters), { page, pageSize });
  const where = irritantListWhere(filters);
  const total = await db.irritant.count({ where });
  const bounds = pageBounds(total, { page, pageSize });
  const items = await db.irritant.findMany({
    where,
    orderBy: IRRITANT_LIST_ORDER,
    select: IRRITANT_LIST_SELECT,
    skip: bounds.skip,
    take: bounds.take,
  });
  return { items, total, page: bounds.page, pageCount: bounds.pageCount, pageSize };
}
