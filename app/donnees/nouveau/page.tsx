import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { DataItemForm } from "@/components/catalogue/data-item-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Ajouter une donnée" };

export default async function NewDataItemPage() {
  await requirePageActor("/donnees/nouveau");
  const apis = await listPublicApis();
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/donnees">← Toutes les données</Link>
      </p>
      <PageBreadcrumb current="Ajouter une donnée" />
      <h1 className="mb-4 text-3xl">Ajouter une donnée</h1>
      <p className="mb-6">
        Une donnée qui permettrait de ne plus demander un justificatif. Sa carte apparaît dans la colonne « Signalé » du
        tableau de priorisation.
      </p>
      <DataItemForm apis={apis} />
    </div>
  );
}
