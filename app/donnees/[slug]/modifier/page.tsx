import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getDataItem } from "@/lib/catalogue/list-data-items.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { DataItemForm } from "@/components/catalogue/data-item-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Modifier une donnée" };

export default async function EditDataItemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageActor(`/donnees/${slug}/modifier`);
  const [item, apis] = await Promise.all([getDataItem({ slug }), listPublicApis()]);
  if (!item) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/donnees/${slug}`}>← Retour à la donnée</Link>
      </p>
      <PageBreadcrumb current={`Modifier « ${item.name} »`} labels={{ [slug]: item.name }} />
      <h1 className="mb-4 text-3xl">Modifier « {item.name} »</h1>
      {item.retiredAt ? (
        <p role="status" className="font-medium">
          Cette donnée est retirée du catalogue : un administrateur doit la rétablir avant toute modification.
        </p>
      ) : (
        <DataItemForm apis={apis} item={{ ...item, publicApi: item.publicApi?.slug ?? null }} />
      )}
    </div>
  );
}
