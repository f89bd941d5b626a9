import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { PublicApiForm } from "@/components/catalogue/public-api-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Ajouter une API" };

export default async function NewPublicApiPage() {
  await requirePageActor("/api-publiques/nouveau");
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/api-publiques">← Toutes les API</Link>
      </p>
      <PageBreadcrumb current="Ajouter une API" />
      <h1 className="mb-4 text-3xl">Ajouter une API</h1>
      <PublicApiForm />
    </div>
  );
}
