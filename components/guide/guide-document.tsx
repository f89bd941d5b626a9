import Link from "next/link";
import { formatDate } from "@/lib/format.ts";
import { PATH_LABELS } from "@/lib/sheets/sheet-content.ts";
import {
  pathAnchor,
  schemeAnchor,
  type TGuide,
  type TGuideDataItem,
  type TGuideRequirement,
} from "@/lib/guide/guide-model.ts";
import {
  apiAvailabilityText,
  dataItemAvailabilityText,
  effortText,
  GUIDE_INTRODUCTION,
  habilitationText,
  REQUIREMENT_KIND_LABELS,
} from "@/lib/guide/guide-wording.ts";
import { GUIDE_TABLE_HEADERS } from "@/lib/guide/guide-to-markdown.ts";

/**
 * The guide as a document: a cover (title, version, dates), a table of contents
 * whose links are the sections' anchors, then one section per funding scheme.
 * The web page and the printable page render it; the print stylesheet
 * (app/globals.css, `.guide-document`) starts each scheme on a new page.
 */
export function GuideDocument({ guide }: { guide: TGuide }) {
  return (
    <div className="guide-document">
      <section className="guide-cover mb-10" aria-labelledby="titre-guide">
        <h1 id="titre-guide" className="mb-3 text-3xl">
          {guide.title}
        </h1>
        <p className="mb-2 text-lg">
          Groupe Data EFOP · « Dites-le-nous une fois » appliqué aux financements de formation
        </p>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Version</dt>
          <dd>
            <code data-testid="guide-version">{guide.version}</code>
          </dd>
          <dt className="font-semibold">Catalogue mis à jour le</dt>
          <dd>{formatDate(new Date(guide.catalogueUpdatedAt))}</dd>
          <dt className="font-semibold">Guide généré le</dt>
          <dd>{formatDate(new Date(guide.generatedAt))}</dd>
        </dl>
        <p className="max-w-3xl">{GUIDE_INTRODUCTION}</p>
      </section>
      <nav aria-labelledby="titre-sommaire" className="guide-toc mb-10">
        <h2 id="titre-sommaire" className="mb-2 text-2xl">
          Sommaire
        </h2>
        {guide.schemes.length === 0 ? (
          <p>Aucun dispositif de financement dans le catalogue.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {guide.schemes.map((scheme) => (
              <li key={scheme.slug}>
                <a href={`#${schemeAnchor(scheme.slug)}`}>{scheme.name}</a>
                {scheme.paths.length > 0 && (
                  <ul className="list-disc pl-6 text-sm">
                    {scheme.paths.map(({ path }) => (
                      <li key={path}>
                        <a href={`#${pathAnchor(scheme.slug, path)}`}>{PATH_LABELS[path]}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </nav>
      {guide.schemes.map((scheme) => (
        <section
          key={scheme.slug}
          id={schemeAnchor(scheme.slug)}
          aria-labelledby={`${schemeAnchor(scheme.slug)}-titre`}
          className="guide-scheme mb-12"
        >
          <h2 id={`${schemeAnchor(scheme.slug)}-titre`} className="mb-2 text-2xl">
            {scheme.name}
          </h2>
          <p className="mb-2 max-w-3xl">{scheme.description}</p>
          <p className="mb-4 text-sm text-gray-700">
            Financeur ou gestionnaire : {scheme.operator}. Source de la liste des demandes : {scheme.source}.{" "}
            <Link href={`/dispositifs/${scheme.slug}`}>Fiche du dispositif</Link>
          </p>
          {scheme.paths.length === 0 && <p>Aucune demande recensée pour ce dispositif.</p>}
          {scheme.paths.map(({ path, requirements }) => (
            <section
              key={path}
              id={pathAnchor(scheme.slug, path)}
              aria-labelledby={`${pathAnchor(scheme.slug, path)}-titre`}
              className="guide-path mb-8"
            >
              <h3 id={`${pathAnchor(scheme.slug, path)}-titre`} className="mb-2 text-xl">
                {PATH_LABELS[path]}
              </h3>
              {requirements.length === 0 ? (
                <p>Aucune demande recensée pour ce parcours.</p>
              ) : (
                <RequirementTable requirements={requirements} caption={`${scheme.name} — ${PATH_LABELS[path]}`} />
              )}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

function RequirementTable({ requirements, caption }: { requirements: TGuideRequirement[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {GUIDE_TABLE_HEADERS.map((label) => (
              <th key={label} scope="col" className="border-b p-2 align-bottom">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {requirements.flatMap((requirement, index) => {
            const asked = (rowSpan: number) => (
              <>
                <th scope="row" rowSpan={rowSpan} className="border-b p-2 align-top font-medium">
                  {requirement.label}
                </th>
                <td rowSpan={rowSpan} className="border-b p-2 align-top">
                  {REQUIREMENT_KIND_LABELS[requirement.kind]}
                </td>
              </>
            );
            if (requirement.replacedBy.length === 0) {
              return [
                <tr key={index}>
                  {asked(1)}
                  <td colSpan={5} className="border-b p-2 align-top">
                    Aucune donnée identifiée
                  </td>
                </tr>,
              ];
            }
            return requirement.replacedBy.map((item, itemIndex) => (
              <tr key={`${index}-${item.slug}`}>
                {itemIndex === 0 && asked(requirement.replacedBy.length)}
                <DataItemCells item={item} />
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}

function DataItemCells({ item }: { item: TGuideDataItem }) {
  const { api } = item;
  const itemCell = (
    <td className="border-b p-2 align-top">
      <Link href={`/donnees/${item.slug}`}>{item.name}</Link>
      <br />
      <span className="text-gray-700">
        Détenue par {item.holder}. Effort d'intégration : {effortText(item)}.
      </span>
    </td>
  );
  if (!api) {
    return (
      <>
        {itemCell}
        <td className="border-b p-2 align-top">Aucune API publique reliée</td>
        <td className="border-b p-2 align-top">—</td>
        <td className="border-b p-2 align-top">—</td>
        <td className="border-b p-2 align-top">{dataItemAvailabilityText(item)}</td>
      </>
    );
  }
  return (
    <>
      {itemCell}
      <td className="border-b p-2 align-top">
        <Link href={`/api-publiques/${api.slug}`}>{api.name}</Link> ({api.provider}
        {api.hypothetical && ", hypothétique : n'existe pas encore"})
        {api.documentationUrl && (
          <>
            <br />
            <a href={api.documentationUrl} rel="noopener noreferrer">
              Documentation
            </a>
          </>
        )}
      </td>
      <td className="border-b p-2 align-top">
        {habilitationText(api)}
        {api.habilitationDetails && (
          <>
            <br />
            <span className="text-gray-700">{api.habilitationDetails}</span>
          </>
        )}
        {api.habilitationUrl && (
          <>
            <br />
            <a href={api.habilitationUrl} rel="noopener noreferrer">
              Procédure d'habilitation
            </a>
          </>
        )}
      </td>
      <td className="border-b p-2 align-top">
        {item.scopes.length
          ? item.scopes.map((scope) => (
              <code key={scope} className="mr-2 inline-block break-all">
                {scope}
              </code>
            ))
          : "À préciser"}
      </td>
      <td className="border-b p-2 align-top">
        Donnée : {dataItemAvailabilityText(item)}.<br />
        API : {apiAvailabilityText(api)}.
        {item.endpoint && (
          <>
            <br />
            Point d'accès : <code className="break-all">{item.endpoint}</code>
          </>
        )}
      </td>
    </>
  );
}
