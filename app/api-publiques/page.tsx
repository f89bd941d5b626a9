import type { Metadata } from "next";
import Link from "next/link";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { plural } from "@/lib/format.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "API publiques", description: "Les API publiques qui servent les données du catalogue, leur producteur et leur documentation." };

export default async function PublicApisPage() {
  const apis = await listPublicApis();
  return (
    <>
      <PageBreadcrumb current="API publiques" />
      <h1 className="mb-2 text-3xl">API publiques</h1>
      <p className="mb-6 max-w-3xl">Les API qui servent les <Link href="/donnees">données du catalogue</Link> : qui les produit, où lire leur documentation et quelles données elles exposent.</p>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <Link href="/api-publiques/nouveau" className="rounded bg-bleu-france px-4 py-2 font-medium text-white no-underline hover:bg-bleu-france-hover">Ajouter une API</Link>
        <Link href="/api-publiques/usages">Qui utilise quelle API (membres)</Link>
      </p>
      <p role="status" className="mb-4 font-medium">{apis.length} API</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {apis.map((api) => (
          <li key={api.slug} className="rounded border border-gray-200 bg-white p-4">
            <h2 className="mb-1 text-lg"><Link href={`/api-publiques/${api.slug}`}>{api.name}</Link></h2>
            <p className="mb-2 flex flex-wrap gap-2">
              <Tag tone="bleu">{api.provider}</Tag>
              {api.hypothetical && <Tag tone="alerte">Hypothétique</Tag>}
            </p>
            <p className="text-sm">{api.description}</p>
            <p className="mt-1 text-sm text-gray-700">{api.dataItems.length} donnée{plural(api.dataItems.length)} du catalogue</p>
          </li>
        ))}
      </ul>
    </>
  );
}
