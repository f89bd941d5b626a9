"use client";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

/**
 * The DSFR pagination of a list whose page is the `page` search parameter; the other parameters (the filters) are kept
 * in each link. Nothing when the list fits on one page.
 */
export function ListPagination({
  path,
  query,
  page,
  pageCount,
}: {
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (pageNumber: number) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    if (pageNumber > 1) params.set("page", String(pageNumber));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <Pagination
      className="mt-8"
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(pageNumber) => ({ href: href(pageNumber) })}
    />
  );
}
