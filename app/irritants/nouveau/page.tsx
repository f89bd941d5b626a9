import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listDataItems } from "@/lib/catalogue/list-data-items.ts";
import { listFundingSchemes } from "@/lib/catalogue/list-funding-schemes.ts";
import { IrritantForm } from "@/components/catalogue/irritant-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Signaler un irritant" };

export default async function NewIrritantPage() {
  await requirePageActor("/irritants/nouveau");
  const [dataItems, schemes] = await Promise.all([listDataItems(), listFundingSchemes()]);
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/irritants">← Tous les irritants</Link>
      </p>
      <PageBreadcrumb current="Signaler un irritant" />
      <h1 className="mb-4 text-3xl">Signaler un irritant</h1>
      <p className="mb-6">
        Une pièce ou une information demandée à l'usager alors qu'une administration la détient déjà. Sa carte apparaît
        dans la colonne « Signalé » du tableau de priorisation.
      </p>
      <IrritantForm dataItems={dataItems} schemes={schemes} />
    </div>
  );
}
