import type { Metadata } from "next";
import { listPublicApis } from "@/lib/catalogue/list-public-apis.ts";
import { listIrritants } from "@/lib/catalogue/list-irritants.ts";
import { AVAILABILITY_LABELS } from "@/lib/catalogue/labels.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { PrefillWizard } from "@/components/wizard/prefill-wizard.tsx";
import { ZPathKind } from "@/lib/sheets/sheet-content.ts";
import { demoPersonaChoices } from "@/lib/mock-apis/simulated-sign-in.ts";
import { demonstratorEndpoint } from "@/lib/wizard/demonstrator-endpoints.ts";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = {
  title: "Démonstrateur",
  description: "Les API publiques qu'interroge le démonstrateur de pré-remplissage.",
};

export default async function DemonstratorPage({ searchParams }: { searchParams: Promise<{ parcours?: string }> }) {
  const initialPath = ZPathKind.catch("PARTICULIER").parse((await searchParams).parcours);
  const [actor, apis, irritants] = await Promise.all([getActor(), listPublicApis(), listIrritants()]);
  return (
    <>
      <PageBreadcrumb current="Démonstrateur « Dites-le-nous une fois »" />
      <h1 className="mb-2 text-3xl">Démonstrateur « Dites-le-nous une fois »</h1>
      <p className="mb-8 max-w-3xl">
        Une demande de financement de formation, pré-remplie avec ce que les administrations savent déjà. Les personnes
        et structures sont fictives ; les API sont simulées d'après leurs descriptions officielles.
      </p>
      {/* The personas are the simulated sign-in page's choices; their identity comes from the sign-in itself. */}
      <PrefillWizard
        initialPath={initialPath}
        personas={demoPersonaChoices()}
        isMember={actor !== null}
        irritantTitles={Object.fromEntries(irritants.map((irritant) => [irritant.slug, irritant.title]))}
      />
      <h2 className="mb-2 mt-16 text-2xl">Les API interrogées</h2>
      <p className="mb-8 max-w-3xl">
        Les données que chaque API apporte, avec le point d'accès qu'appelle le démonstrateur. Celles marquées «
        hypothétique » n'existent pas publiquement : elles montrent ce que leur ouverture changerait.
      </p>
      <ul className="grid gap-6 md:grid-cols-2">
        {apis.map((api) => (
          <li key={api.slug} className="rounded border border-gray-200 bg-white p-6">
            <h3 className="mb-1 text-xl">
              {api.name} {api.hypothetical && <Tag tone="alerte">Hypothétique</Tag>}
            </h3>
            <p className="mb-2 text-sm text-gray-700">{api.provider}</p>
            <p className="mb-3">{api.description}</p>
            <ul className="space-y-1 text-sm">
              {api.dataItems.map((item) => {
                const endpoint = demonstratorEndpoint(item.slug);
                return (
                  <li key={item.slug}>
                    {item.name}{" "}
                    <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
                    {endpoint && (
                      <code className="ml-1 break-all text-xs" data-testid={`point-acces-${item.slug}`}>
                        {endpoint}
                      </code>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
