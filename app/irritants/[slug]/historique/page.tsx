import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getIrritant } from "@/lib/catalogue/get-irritant.ts";
import { listCatalogueChanges } from "@/lib/catalogue/list-catalogue-changes.ts";
import { HISTORY_VALUE_LABELS, IRRITANT_FIELD_LABELS } from "@/lib/catalogue/field-labels.ts";
import { ChangeHistory } from "@/components/catalogue/change-history.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Historique d'un irritant" };

export default async function IrritantHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const irritant = await getIrritant({ slug });
  if (!irritant) notFound();
  if (irritant.mergedInto) permanentRedirect(`/irritants/${irritant.mergedInto.slug}/historique`);
  const changes = await listCatalogueChanges({ kind: "IRRITANT", entryId: irritant.id });
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/irritants/${slug}`}>← Retour à l'irritant</Link>
      </p>
      <PageBreadcrumb current={`Historique de « ${irritant.title} »`} labels={{ [slug]: irritant.title }} />
      <h1 className="mb-4 text-3xl">Historique de « {irritant.title} »</h1>
      <ChangeHistory changes={changes} fieldLabels={IRRITANT_FIELD_LABELS} valueLabels={HISTORY_VALUE_LABELS} />
    </div>
  );
}
