import type { Metadata } from "next";
import Link from "next/link";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { plural } from "@/lib/format.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const metadata: Metadata = {
  title: "API publiques",
  description: "Les API publiques qui servent les données du catalogue, leur producteur et leur documentation.",
};

export default async function PublicApisPage() {
  const apis = await listPublicApis();
  return (
    <>
      <PageBreadcrumb current="API publiques" />
      <h1 className="mb-2 text-3xl">API publiques</h1>
      <p className="mb-6 max-w-3xl">
        Les API qui servent les <Link href="/donnees">données du catalogue</Link> : qui les produit, où lire leur
        documentation et quelles données elles exposent.
      </p>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <Link href="/api-publiques/nouveau" className="fr-btn">
          Ajouter une API
        </Link>
        <Link href="/api-publiques/usages">Qui utilise quelle API (membres)</Link>
      </p>
      <p role="status" className="mb-4 font-medium">
        {apis.length} API
      </p>
      {apis.length === 0 ? (
        <EmptyState action={<Link href="/api-publiques/nouveau">Ajouter une API</Link>}>
          Le catalogue ne compte encore aucune API publique.
        </EmptyState>
      ) : (
        <DataTable
          caption="API publiques du catalogue : producteur et données servies"
          hiddenCaption
          className="[&_table]:w-full"
        >
          <thead>
            <tr>
              <th scope="col">API</th>
              <th scope="col">Producteur</th>
              <th scope="col">Données du catalogue</th>
            </tr>
          </thead>
          <tbody>
            {apis.map((api) => (
              <tr key={api.slug} className="align-top">
                <th scope="row" className="font-normal">
                  <Link href={`/api-publiques/${api.slug}`} className="font-bold">
                    {api.name}
                  </Link>
                  {api.hypothetical && (
                    <>
                      {" "}
                      <Tag tone="alerte">Hypothétique</Tag>
                    </>
                  )}
                  <span className="mt-1 block text-sm">{api.description}</span>
                </th>
                <td>{api.provider}</td>
                <td>
                  {api.dataItems.length} donnée{plural(api.dataItems.length)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
