import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFundingScheme } from "@/lib/catalogue/get-funding-scheme.ts";
import { listCatalogueChanges } from "@/lib/catalogue/list-catalogue-changes.ts";
import { FUNDING_SCHEME_FIELD_LABELS, HISTORY_VALUE_LABELS } from "@/lib/catalogue/field-labels.ts";
import { ChangeHistory } from "@/components/catalogue/change-history.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Historique d'un dispositif" };

export default async function FundingSchemeHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const scheme = await getFundingScheme({ slug });
  if (!scheme) notFound();
  const changes = await listCatalogueChanges({ kind: "FUNDING_SCHEME", entryId: scheme.id });
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/dispositifs/${slug}`}>← Retour au dispositif</Link>
      </p>
      <PageBreadcrumb current={`Historique de « ${scheme.name} »`} labels={{ [slug]: scheme.name }} />
      <h1 className="mb-4 text-3xl">Historique de « {scheme.name} »</h1>
      <ChangeHistory changes={changes} fieldLabels={FUNDING_SCHEME_FIELD_LABELS} valueLabels={HISTORY_VALUE_LABELS} />
    </div>
  );
}
