import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicApi } from "@/lib/catalogue/get-public-api.ts";
import { listCatalogueChanges } from "@/lib/catalogue/list-catalogue-changes.ts";
import { HISTORY_VALUE_LABELS, PUBLIC_API_FIELD_LABELS } from "@/lib/catalogue/field-labels.ts";
import { ChangeHistory } from "@/components/catalogue/change-history.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Historique d'une API" };

export default async function PublicApiHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getPublicApi({ slug });
  if (!api) notFound();
  const changes = await listCatalogueChanges({ kind: "PUBLIC_API", entryId: api.id });
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/api-publiques/${slug}`}>← Retour à l'API</Link>
      </p>
      <PageBreadcrumb current={`Historique de « ${api.name} »`} labels={{ [slug]: api.name }} />
      <h1 className="mb-4 text-3xl">Historique de « {api.name} »</h1>
      <ChangeHistory changes={changes} fieldLabels={PUBLIC_API_FIELD_LABELS} valueLabels={HISTORY_VALUE_LABELS} />
    </div>
  );
}
