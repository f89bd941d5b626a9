import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getFundingScheme } from "@/lib/catalogue/get-funding-scheme.ts";
import { listDataItems } from "@/lib/catalogue/list-data-items.ts";
import { FundingSchemeForm } from "@/components/catalogue/funding-scheme-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Modifier un dispositif de financement" };

export default async function EditFundingSchemePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageActor(`/dispositifs/${slug}/modifier`);
  const [scheme, dataItems] = await Promise.all([getFundingScheme({ slug }), listDataItems()]);
  if (!scheme) notFound();
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/dispositifs/${slug}`}>← Retour au dispositif</Link>
      </p>
      <PageBreadcrumb current={`Modifier « ${scheme.name} »`} labels={{ [slug]: scheme.name }} />
      <h1 className="mb-4 text-3xl">Modifier « {scheme.name} »</h1>
      {scheme.retiredAt ? (
        <p role="status" className="font-medium">
          Ce dispositif est retiré du catalogue : un administrateur doit le rétablir avant toute modification.
        </p>
      ) : (
        <FundingSchemeForm dataItems={dataItems} scheme={scheme} />
      )}
    </div>
  );
}
