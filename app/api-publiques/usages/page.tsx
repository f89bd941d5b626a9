import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getApiUsageMatrix } from "@/lib/catalogue/get-api-usage-matrix.ts";
import { API_USAGE_LABELS } from "@/lib/catalogue/labels.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { ApiUsageForm } from "@/components/catalogue/api-usage-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";

export const metadata: Metadata = {
  title: "Qui utilise quelle API",
  description: "Les organisations du groupe et les API publiques qu'elles utilisent, pour partager les pratiques.",
};

const TONES = { UTILISE: "succes", EN_COURS: "info", PAS_ENCORE: "neutre" } as const;

export default async function ApiUsagePage() {
  const actor = await requirePageActor("/api-publiques/usages");
  const matrix = await getApiUsageMatrix({ actor });
  const editable = matrix.rows.filter((row) => row.editable);
  const current = Object.fromEntries(
    editable.map((row) => [
      row.id,
      Object.fromEntries(
        matrix.apis.map((api, index) => [
          api.slug,
          row.cells[index] && { status: row.cells[index].status, note: row.cells[index].note },
        ]),
      ),
    ]),
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/api-publiques">← Toutes les API</Link>
      </p>
      <PageBreadcrumb current="Qui utilise quelle API" />
      <h1 className="mb-2 text-3xl">Qui utilise quelle API</h1>
      <p className="mb-6 max-w-3xl">
        Chaque organisation du groupe indique où elle en est avec chaque API publique : un membre qui démarre trouve ici
        qui l'utilise déjà et à qui demander conseil. Chacun renseigne la ligne de sa propre organisation. Cette page
        est réservée aux membres du groupe.
      </p>
      {matrix.apis.length === 0 ? (
        <p>Aucune API publique dans le catalogue.</p>
      ) : (
        <DataTable
          bordered
          caption={`Usage des API publiques par organisation : ${matrix.rows.length} organisations, ${matrix.apis.length} API. « Non renseigné » quand l'organisation n'a rien indiqué.`}
        >
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 border-b bg-white p-2">
                Organisation
              </th>
              {matrix.apis.map((api) => (
                <th key={api.id} scope="col" className="border-b p-2 align-bottom">
                  <Link href={`/api-publiques/${api.slug}`}>{api.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id} className="align-top">
                <th scope="row" className="sticky left-0 border-b bg-white p-2 font-medium">
                  {row.name}
                  {row.id === matrix.ownOrganisationId && (
                    <span className="block text-xs font-normal text-gray-700">(votre organisation)</span>
                  )}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={matrix.apis[index].id} className="min-w-32 border-b p-2">
                    {cell ? (
                      <>
                        <Tag tone={TONES[cell.status]}>{API_USAGE_LABELS[cell.status]}</Tag>
                        {cell.note && <span className="mt-1 block">{cell.note}</span>}
                        <span className="mt-1 block text-xs text-gray-700">
                          le {formatDate(cell.updatedAt)} par {cell.updatedBy}
                        </span>
                      </>
                    ) : (
                      <span className="text-gray-700">Non renseigné</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {editable.length > 0 && matrix.apis.length > 0 ? (
        <ApiUsageForm
          organisations={editable.map(({ id, name }) => ({ id, name }))}
          apis={matrix.apis.map(({ slug, name }) => ({ slug, name }))}
          current={current}
          initialOrganisationId={(editable.find((row) => row.id === matrix.ownOrganisationId) ?? editable[0]).id}
        />
      ) : (
        <p className="mt-6">
          Votre compte n'est rattaché à aucune organisation : demandez à l'animation du groupe de vous y rattacher pour
          renseigner sa ligne.
        </p>
      )}
    </>
  );
}
