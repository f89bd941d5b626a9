import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { AUDIT_EVENTS_PAGE_SIZE, listAuditEventsPage, ZAuditActionFilter } from "@/lib/audit/list-audit-events-page.ts";
import { ZPageNumber } from "@/lib/pagination/page-bounds.ts";
import { formatDateTime, plural } from "@/lib/format.ts";
import { AdminNav, AdminOnly } from "@/components/admin/admin-nav.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { FilterBar, firstValues } from "@/components/ui/filter-bar.tsx";
import { ListPagination } from "@/components/ui/list-pagination.tsx";

export const metadata: Metadata = { title: "Journal d'audit" };

export default async function AuditJournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/admin/journal");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const params = firstValues(await searchParams);
  const action = ZAuditActionFilter.parse(params.q);
  const journal = await listAuditEventsPage({
    actor,
    action,
    page: ZPageNumber.parse(params.page),
    pageSize: AUDIT_EVENTS_PAGE_SIZE,
  });
  return (
    <>
      <PageBreadcrumb current="Administration : journal d'audit" />
      <h1 className="mb-4 text-3xl">Administration</h1>
      <AdminNav current="/admin/journal" />
      <h2 className="mb-2 text-2xl">Journal d&apos;audit</h2>
      <p className="mb-6 max-w-3xl">
        Chaque modification de l&apos;atelier, qui l&apos;a faite et quand, la plus récente d&apos;abord. Filtrez par
        action (<code>card.move</code>) ou par famille d&apos;actions (<code>card</code>, <code>use-case</code>).
      </p>
      <FilterBar label="Filtrer par action" q={action} resetHref="/admin/journal" filtered={Boolean(action)} />
      <p role="status" className="mb-4 font-medium">
        {journal.total} événement{plural(journal.total)}
        {journal.pageCount > 1 ? ` · page ${journal.page} sur ${journal.pageCount}` : ""}
      </p>
      {journal.items.length === 0 ? (
        <EmptyState action={<Link href="/admin/journal">Voir tout le journal</Link>}>
          Aucun événement pour ce filtre.
        </EmptyState>
      ) : (
        <DataTable caption="Journal d'audit, du plus récent au plus ancien">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Auteur</th>
              <th scope="col">Action</th>
              <th scope="col">Cible</th>
              <th scope="col">Détails</th>
            </tr>
          </thead>
          <tbody>
            {journal.items.map((event) => (
              <tr key={event.id}>
                <td>{formatDateTime(event.createdAt)}</td>
                <td>{event.actorLabel}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>
                  {event.targetType}
                  {event.targetId ? ` ${event.targetId}` : ""}
                </td>
                <td className="break-all text-sm">{event.data ? JSON.stringify(event.data) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <ListPagination path="/admin/journal" query={{ q: action }} page={journal.page} pageCount={journal.pageCount} />
    </>
  );
}
