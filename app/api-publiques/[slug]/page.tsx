import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { getPublicApi } from "@/lib/catalogue/get-public-api.ts";
import { AVAILABILITY_LABELS } from "@/lib/catalogue/labels.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag, availabilityTone } from "@/components/ui/tag.tsx";
import { EntryTools } from "@/components/catalogue/entry-header.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = await getPublicApi({ slug: (await params).slug });
  return api ? { title: api.name, description: api.description } : { title: "API introuvable" };
}

export default async function PublicApiPage({ params }: Props) {
  const [api, actor] = await Promise.all([getPublicApi({ slug: (await params).slug }), getActor()]);
  if (!api) notFound();
  return (
    <article className="max-w-3xl">
      <p className="mb-2 text-sm"><Link href="/api-publiques">← Toutes les API</Link></p>
      <h1 className="mb-3 text-3xl">{api.name}</h1>
      <EntryTools actor={actor} kind="public-api" base="/api-publiques" entry={api} />
      {api.hypothetical && <p className="mb-4"><Tag tone="alerte">Hypothétique</Tag> Aucune API publique n'existe encore : le démonstrateur montre seulement ce qu'elle changerait.</p>}
      <p className="mb-4">{api.description}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Producteur</dt><dd>{api.provider}</dd>
        <dt className="font-semibold">Documentation</dt>
        <dd>{api.documentationUrl ? <a href={api.documentationUrl} rel="noopener noreferrer">{api.documentationUrl}</a> : "Aucune documentation publique connue"}</dd>
      </dl>
      <section aria-labelledby="titre-donnees" className="mt-6">
        <h2 id="titre-donnees" className="mb-2 text-xl">Données du catalogue qu'elle sert</h2>
        {api.dataItems.length === 0 ? <p>Aucune donnée du catalogue n'est reliée à cette API.</p> : (
          <ul className="space-y-1">
            {api.dataItems.map((item) => (
              <li key={item.slug}>
                <Link href={`/donnees/${item.slug}`}>{item.name}</Link> <Tag tone={availabilityTone(item.availability)}>{AVAILABILITY_LABELS[item.availability]}</Tag>
                {item.endpoint && <> <code className="break-all text-sm">{item.endpoint}</code></>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8 text-sm text-gray-700">Mis à jour le {formatDate(api.updatedAt)}</p>
    </article>
  );
}
