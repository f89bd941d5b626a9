import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDataItem } from "@/lib/catalogue/list-data-items.ts";
import { listCatalogueChanges } from "@/lib/catalogue/list-catalogue-changes.ts";
import { DATA_ITEM_FIELD_LABELS, HISTORY_VALUE_LABELS } from "@/lib/catalogue/field-labels.ts";
import { ChangeHistory } from "@/components/catalogue/change-history.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Historique d'une donnée" };

export default async function DataItemHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const item = await getDataItem({ slug });
  if (!item) notFound();
  const changes = await listCatalogueChanges({ kind: "DATA_ITEM", entryId: item.id });
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/donnees/${slug}`}>← Retour à la donnée</Link>
      </p>
      <PageBreadcrumb current={`Historique de « ${item.name} »`} labels={{ [slug]: item.name }} />
      <h1 className="mb-4 text-3xl">Historique de « {item.name} »</h1>
      <ChangeHistory changes={changes} fieldLabels={DATA_ITEM_FIELD_LABELS} valueLabels={HISTORY_VALUE_LABELS} />
    </div>
  );
}
