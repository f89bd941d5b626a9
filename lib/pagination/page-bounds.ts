import { z } from "zod";

/**
 * The `page` search parameter of a paginated list: digits only, at least 1. Anything else (missing, « 0 », « -1 »,
 * « abc », control characters, a number too long to be exact) reads as the first page; a page past the end is bounded
 * by `pageBounds` once the total is known. A list never answers 500 to its page number.
 */
export const ZPageNumber = z
  .string()
  .trim()
  .regex(/^[0-9]{1,15}$/)
  .transform(Number)
  .pipe(z.number().int().min(1))
  .catch(1);

export type TPageRequest = { page: number; pageSize: number };

export type TPage<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

/** The page actually served (1 to the last page, the first when the list is empty) and the rows it covers. */
export function pageBounds(total: number, { page, pageSize }: TPageRequest) {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const served = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  return { page: served, pageCount, pageSize, skip: (served - 1) * pageSize, take: pageSize };
}

/** Cuts a list already filtered in memory into the requested page. */
export function paginate<T>(items: T[], request: TPageRequest): TPage<T> {
  const { page, pageCount, pageSize, skip, take } = pageBounds(items.length, request);
  return { items: items.slice(skip, skip + take), total: items.length, page, pageCount, pageSize };
}
