import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { getPublicApi } from "@/lib/catalogue/get-public-api.ts";
import { PublicApiForm } from "@/components/catalogue/public-api-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Modifier une API" };

export default async function EditPublicApiPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageActor(`/api-publiques/${slug}/modifier`);
  const api = await getPublicApi({ slug });
  if (!api) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/api-publiques/${slug}`}>← Retour à l'API</Link>
      </p>
      <PageBreadcrumb current={`Modifier « ${api.name} »`} labels={{ [slug]: api.name }} />
      <h1 className="mb-4 text-3xl">Modifier « {api.name} »</h1>
      {api.retiredAt ? (
        <p role="status" className="font-medium">
          Cette API est retirée du catalogue : un administrateur doit la rétablir avant toute modification.
        </p>
      ) : (
        <PublicApiForm api={api} />
      )}
    </div>
  );
}
