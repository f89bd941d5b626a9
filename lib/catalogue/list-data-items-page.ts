import { db } from "@/lib/db/client.ts";
import { pageBounds, paginate, type TPage, type TPageRequest } from "@/lib/pagination/page-bounds.ts";
import { searchTerms } from "./list-irritants.ts";
import {
  DATA_ITEM_LIST_ORDER,
  DATA_ITEM_LIST_SELECT,
  dataItemListWhere,
  listDataItems,
  type TDataItemFilters,
} from "./list-data-items.ts";

export const DATA_ITEMS_PAGE_SIZE = 12;

type TDataItemListItem = Awaited<ReturnType<typeof listDataItems>>[number];

/**
 * Public: one page of the data items, with the total that matches the filters. A page past the end serves the last
 * one; with a text search (accent-insensitive, see list-irritants-page.ts) the filtered list is cut in memory.
 */
export async function listDataItemsPage({
  page,
  pageSize,
  ...filters
}: TDataItemFilters & TPageRequest): Promise<TPage<TDataItemListItem>> {
  if (searchTerms(filters.q).length) return paginate(await listDataItems(filters), { page, pageSize });
  const where = dataItemListWhere(filters);
  const total = await db.dataItem.count({ where });
  const bounds = pageBounds(total, { page, pageSize });
  const items = await db.dataItem.findMany({
    where,
    orderBy: DATA_ITEM_LIST_ORDER,
    select: DATA_ITEM_LIST_SELECT,
    skip: bounds.skip,
    take: bounds.take,
  });
  return { items, total, page: bounds.page, pageCount: bounds.pageCount, pageSize };
}
