import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getPublicApi } from "@/lib/catalogue/get-public-api.ts";
import { listApiUsers } from "@/lib/catalogue/list-api-users.ts";
import { API_USAGE_LABELS, AVAILABILITY_LABELS, EFFORT_LABELS, HABILITATION_LABELS } from "@/lib/catalogue/labels.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { EntryTools } from "@/components/catalogue/entry-header.tsx";
import { EstimateNote } from "@/components/catalogue/estimate-note.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";
import { DataTable } from "@/components/ui/data-table.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = await getPublicApi({ slug: (await params).slug });
  return api ? { title: api.name, description: api.description } : { title: "API introuvable" };
}

export default async function PublicApiPage({ params }: Props) {
  const [api, actor] = await Promise.all([getPublicApi({ slug: (await params).slug }), getActor()]);
  if (!api) notFound();
  const users = await listApiUsers({ actor, publicApiId: api.id });
  return (
    <article className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/api-publiques">← Toutes les API</Link>
      </p>
      <PageBreadcrumb current={api.name} />
      <h1 className="mb-3 text-3xl">{api.name}</h1>
      <EntryTools actor={actor} kind="public-api" base="/api-publiques" entry={api} />
      {api.hypothetical && (
        <p className="mb-4">
          <Tag tone="alerte">Hypothétique</Tag> Aucune API publique n'existe encore : le démonstrateur montre seulement
          ce qu'elle changerait.
        </p>
      )}
      <p className="mb-4">{api.description}</p>
      <h2 className="mb-2 text-xl">Ce qu'il faut pour l'utiliser</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-3">
        <dt className="font-semibold">Producteur</dt>
        <dd>{api.provider}</dd>
        <dt className="font-semibold">Documentation</dt>
        <dd>
          {api.documentationUrl ? (
            <a href={api.documentationUrl} rel="noopener noreferrer">
              {api.documentationUrl}
            </a>
          ) : (
            "Aucune documentation publique connue"
          )}
        </dd>
        <dt className="font-semibold">Habilitation</dt>
        <dd>
          {api.habilitation ? HABILITATION_LABELS[api.habilitation] : "Procédure non renseignée"}
          {api.habilitationDetails && <p className="text-sm">{api.habilitationDetails}</p>}
          {api.habilitationUrl && (
            <p className="text-sm">
              <a href={api.habilitationUrl} rel="noopener noreferrer">
                {api.habilitationUrl}
              </a>
            </p>
          )}
        </dd>
        <dt className="font-semibold">Disponibilité</dt>
        <dd>
          {api.availability ? (
            <Tag tone={availabilityTone(api.availability)}>{AVAILABILITY_LABELS[api.availability]}</Tag>
          ) : (
            "Non renseignée"
          )}{" "}
          {api.availability &&
            (api.availabilitySource ? (
              <span className="text-sm">
                Source : {api.availabilitySource}
                {api.availabilityCheckedOn && <>, vérifiée le {formatDate(api.availabilityCheckedOn)}</>}
              </span>
            ) : (
              <EstimateNote author={api.availabilityEstimatedBy} />
            ))}
        </dd>
      </dl>
      <section aria-labelledby="titre-donnees" className="mt-8">
        <h2 id="titre-donnees" className="mb-2 text-xl">
          Données du catalogue qu'elle sert, et les scopes à demander
        </h2>
        {api.dataItems.length === 0 ? (
          <p>Aucune donnée du catalogue n'est reliée à cette API.</p>
        ) : (
          <DataTable
            caption="Données du catalogue servies par cette API, scopes, disponibilité et effort"
            hiddenCaption
          >
            <thead>
              <tr>
                <th scope="col" className="border-b p-2">
                  Donnée
                </th>
                <th scope="col" className="border-b p-2">
                  Scopes à demander
                </th>
                <th scope="col" className="border-b p-2">
                  Disponibilité
                </th>
                <th scope="col" className="border-b p-2">
                  Effort d'intégration
                </th>
              </tr>
            </thead>
            <tbody>
              {api.dataItems.map((item) => (
                <tr key={item.slug} className="align-top">
                  <th scope="row" className="border-b p-2 font-medium">
                    <Link href={`/donnees/${item.slug}`}>{item.name}</Link>
                    {item.endpoint && (
                      <>
                        <br />
                        <code className="break-all font-normal">{item.endpoint}</code>
                      </>
                    )}
                  </th>
                  <td className="border-b p-2">
                    {item.scopes.length
                      ? item.scopes.map((scope) => (
                          <code key={scope} className="mr-2 inline-block">
                            {scope}
                          </code>
                        ))
                      : "À préciser"}
                  </td>
                  <td className="border-b p-2">
                    <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
                    <br />
                    <EstimateNote author={item.estimatedBy.availability} />
                  </td>
                  <td className="border-b p-2">
                    {EFFORT_LABELS[item.effort]} ({item.effort}/5)
                    <br />
                    <EstimateNote author={item.estimatedBy.effort} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      <section aria-labelledby="titre-usages" className="mt-8">
        <h2 id="titre-usages" className="mb-2 text-xl">
          Organisations du groupe qui l'utilisent
        </h2>
        {users === null ? (
          <p>
            Réservé aux membres du groupe :{" "}
            <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/api-publiques/${api.slug}`)}`}>
              connectez-vous
            </Link>{" "}
            pour savoir qui l'utilise déjà.
          </p>
        ) : (
          <>
            {users.length === 0 ? (
              <p>Aucune organisation n'indique l'utiliser ou l'intégrer.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {users.map((user) => (
                  <li key={user.organisation}>
                    {user.organisation} : {API_USAGE_LABELS[user.status].toLowerCase()}
                    {user.note && <> — {user.note}</>}{" "}
                    <span className="text-sm text-gray-700">(le {formatDate(user.updatedAt)})</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">
              <Link href="/api-publiques/usages">Voir qui utilise quoi et renseigner votre organisation</Link>
            </p>
          </>
        )}
      </section>
      <p className="mt-8 text-sm text-gray-700">Mis à jour le {formatDate(api.updatedAt)}</p>
    </article>
  );
}
