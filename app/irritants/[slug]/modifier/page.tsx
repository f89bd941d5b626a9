import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getIrritant } from "@/lib/catalogue/get-irritant.ts";
import { listDataItems } from "@/lib/catalogue/list-data-items.ts";
import { listFundingSchemes } from "@/lib/catalogue/list-funding-schemes.ts";
import { IrritantForm } from "@/components/catalogue/irritant-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Modifier un irritant" };

export default async function EditIrritantPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageActor(`/irritants/${slug}/modifier`);
  const [irritant, dataItems, schemes] = await Promise.all([
    getIrritant({ slug }),
    listDataItems(),
    listFundingSchemes(),
  ]);
  if (!irritant) notFound();
  if (irritant.mergedInto) permanentRedirect(`/irritants/${irritant.mergedInto.slug}/modifier`);
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/irritants/${slug}`}>← Retour à l'irritant</Link>
      </p>
      <PageBreadcrumb current={`Modifier « ${irritant.title} »`} labels={{ [slug]: irritant.title }} />
      <h1 className="mb-4 text-3xl">Modifier « {irritant.title} »</h1>
      {irritant.retiredAt ? (
        <p role="status" className="font-medium">
          Cet irritant est retiré du catalogue : un administrateur doit le rétablir avant toute modification.
        </p>
      ) : (
        <IrritantForm
          dataItems={dataItems}
          schemes={schemes}
          irritant={{
            ...irritant,
            dataItems: irritant.dataItems.map(({ dataItem }) => dataItem.slug),
            schemes: irritant.schemes.map(({ scheme }) => scheme.slug),
          }}
        />
      )}
    </div>
  );
}
