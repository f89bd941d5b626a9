import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { demarcheSettings, getDemarcheMappings } from "@/lib/wizard/demarche-mappings.ts";
import { PATH_FIELDS } from "@/lib/wizard/wizard-definition.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import { AdminNav, AdminOnly } from "@/components/admin/admin-nav.tsx";
import { DemarcheMappingForm } from "@/components/admin/demarche-mapping-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Correspondance démarches-simplifiées" };

export default async function DemarchesAdminPage() {
  const actor = await requirePageActor("/admin/demarches");
  if (actor.role !== "ADMIN") return <AdminOnly />;
  const mappings = await getDemarcheMappings();
  return (
    <>
      <PageBreadcrumb current="Administration : démarches" />
      <h1 className="mb-4 text-3xl">Administration</h1>
      <AdminNav current="/admin/demarches" />
      <p className="mb-6 max-w-3xl">
        Le démonstrateur produit la demande au format de pré-remplissage de démarches-simplifiées. Indiquez pour chaque
        champ l'identifiant du champ de votre démarche. Rien n'est envoyé tant que <code>DS_BASE_URL</code> n'est pas
        configuré.
      </p>
      {(Object.keys(mappings) as (keyof typeof mappings)[]).map((path) => {
        const settings = demarcheSettings(path);
        return (
          <section
            key={path}
            aria-labelledby={`titre-${path}`}
            className="mb-8 rounded border border-gray-200 bg-white p-4"
          >
            <h2 id={`titre-${path}`} className="mb-1 text-xl">
              {PATH_LABELS[path]}
            </h2>
            <p className="mb-3 text-sm">
              Démarche « {settings.slug} » (n° {settings.demarcheId}) sur {settings.displayBaseUrl}
              {settings.baseUrl ? "" : " — non configurée, rien n'est envoyé"}.
            </p>
            <DemarcheMappingForm
              path={path}
              fields={PATH_FIELDS[path].map(({ key, label }) => ({ key, label }))}
              mapping={mappings[path]}
            />
          </section>
        );
      })}
    </>
  );
}
