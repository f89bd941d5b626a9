import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { listOrganisations } from "@/lib/organisations/list-organisations.ts";
import { ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { AdminNav, AdminOnly } from "@/components/admin/admin-nav.tsx";
import { OrganisationForm } from "@/components/admin/organisation-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsAdminPage() {
  const actor = await requirePageActor("/admin/organisations");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const organisations = await listOrganisations();
  return (
    <>
      <PageBreadcrumb current="Administration : organisations" />
      <h1 className="mb-4 text-3xl">Administration</h1>
      <AdminNav current="/admin/organisations" />
      <section aria-labelledby="titre-ajouter" className="mb-10 rounded border border-gray-200 bg-white p-6">
        <h2 id="titre-ajouter" className="mb-4 text-2xl">
          Ajouter une organisation
        </h2>
        <OrganisationForm />
      </section>
      <section aria-labelledby="titre-organisations">
        <h2 id="titre-organisations" className="mb-4 text-2xl">
          Organisations du groupe ({organisations.length})
        </h2>
        <ul className="space-y-4">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="rounded border border-gray-200 bg-white p-4">
              <p className="mb-2 text-sm text-gray-700">
                {ORGANISATION_TYPE_LABELS[organisation.type]} · {organisation._count.users} membre
                {organisation._count.users > 1 ? "s" : ""} actif{organisation._count.users > 1 ? "s" : ""}
              </p>
              <OrganisationForm organisation={organisation} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
