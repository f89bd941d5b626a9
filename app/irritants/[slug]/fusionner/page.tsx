import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getIrritant } from "@/lib/catalogue/get-irritant.ts";
import { listIrritants } from "@/lib/catalogue/list-irritants.ts";
import { AdminOnly } from "@/components/admin/admin-nav.tsx";
import { MergeIrritantForm } from "@/components/catalogue/merge-irritant-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Fusionner un doublon" };

export default async function MergeIrritantPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/irritants/${slug}/fusionner`);
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const [irritant, irritants] = await Promise.all([getIrritant({ slug }), listIrritants()]);
  if (!irritant) notFound();
  if (irritant.mergedInto) permanentRedirect(`/irritants/${irritant.mergedInto.slug}/fusionner`);
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/irritants/${slug}`}>← Retour à l'irritant</Link>
      </p>
      <PageBreadcrumb current={`Fusionner un doublon dans « ${irritant.title} »`} labels={{ [slug]: irritant.title }} />
      <h1 className="mb-4 text-3xl">Fusionner un doublon dans « {irritant.title} »</h1>
      <p className="mb-6">
        Cet irritant est gardé (titre, description, carte du tableau). Le doublon choisi lui apporte ses données,
        dispositifs, fiches, parcours, verbatims et son historique ; les votes des scrutins en cours se reportent sur la
        carte gardée (points additionnés dans la limite par carte, meilleure mention conservée). Le doublon est retiré
        du catalogue et son adresse redirige ici.
      </p>
      {irritant.retiredAt ? (
        <p role="status" className="font-medium">
          Cet irritant est retiré : rétablissez-le avant d'y fusionner un doublon.
        </p>
      ) : (
        <MergeIrritantForm
          kept={irritant}
          candidates={irritants
            .filter((candidate) => candidate.slug !== irritant.slug)
            .map((candidate) => ({ id: candidate.id, title: candidate.title }))}
        />
      )}
    </div>
  );
}
