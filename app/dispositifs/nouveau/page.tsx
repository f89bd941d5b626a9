import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listDataItems } from "@/lib/catalogue/list-data-items.ts";
import { FundingSchemeForm } from "@/components/catalogue/funding-scheme-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Ajouter un dispositif de financement" };

export default async function NewFundingSchemePage() {
  await requirePageActor("/dispositifs/nouveau");
  const dataItems = await listDataItems();
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/dispositifs">← Tous les dispositifs</Link>
      </p>
      <PageBreadcrumb current="Ajouter un dispositif de financement" />
      <h1 className="mb-4 text-3xl">Ajouter un dispositif de financement</h1>
      <FundingSchemeForm dataItems={dataItems} />
    </div>
  );
}
