import { Markdown } from "@/components/markdown.tsx";
import { PATH_LABELS, SECTION_LABELS, SOLUTION_STATUS_LABELS, type TSheetContent } from "@/lib/sheets/sheet-content.ts";
import { ORGANISATION_TYPE_LABELS } from "@/lib/organisations/organisation-types.ts";
import { formatDate } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";

function Section({ id, title, source }: { id: string; title: string; source: string }) {
  if (!source.trim()) return null;
  return (
    <section aria-labelledby={`section-${id}`} className="mb-8">
      <h2 id={`section-${id}`} className="mb-3 text-2xl">
        {title}
      </h2>
      <Markdown source={source} />
    </section>
  );
}

/** The body of a sheet, in the order of simplifions.data.gouv.fr. Server-safe: no hooks. */
export function SheetView({ content }: { content: TSheetContent }) {
  return (
    <div>
      <Section id="context" title={SECTION_LABELS.context} source={content.context} />
      <Section id="problem" title={SECTION_LABELS.problem} source={content.problem} />
      <Section id="ambition" title={SECTION_LABELS.ambition} source={content.ambition} />
      <Section id="targetPublic" title={SECTION_LABELS.targetPublic} source={content.targetPublic} />
      <Section id="benefits" title={SECTION_LABELS.benefits} source={content.benefits} />
      {content.paths.length > 0 && (
        <section aria-labelledby="section-paths" className="mb-8">
          <h2 id="section-paths" className="mb-3 text-2xl">
            Les parcours
          </h2>
          <div className="grid gap-4 lg:grid-cols-3">
            {content.paths.map((path) => (
              <article
                key={path.kind}
                aria-labelledby={`path-${path.kind}`}
                className="rounded border border-gray-200 bg-white p-4"
              >
                <h3 id={`path-${path.kind}`} className="mb-2 text-lg">
                  {PATH_LABELS[path.kind]}
                </h3>
                <h4 className="mt-3 font-semibold">Qui porte la demande</h4>
                <Markdown source={path.carriedBy} />
                <h4 className="mt-3 font-semibold">Ce qui est demandé aujourd'hui</h4>
                <Markdown source={path.askedToday} />
                <h4 className="mt-3 font-semibold">Ce que les acteurs détiennent déjà</h4>
                <Markdown source={path.dataHeld} />
                <h4 className="mt-3 font-semibold">Ce que le parcours doit devenir</h4>
                <Markdown source={path.target} />
              </article>
            ))}
          </div>
        </section>
      )}
      {content.solutions.length > 0 && (
        <section aria-labelledby="section-solutions" className="mb-8">
          <h2 id="section-solutions" className="mb-3 text-2xl">
            Les solutions
          </h2>
          <ol className="space-y-4">
            {content.solutions.map((solution, index) => (
              <li key={index} className="rounded border border-gray-200 bg-white p-4">
                <h3 className="text-lg">{solution.name}</h3>
                <p className="mb-2 flex flex-wrap gap-2 text-sm">
                  <Tag
                    tone={
                      solution.status === "REALISEE" ? "succes" : solution.status === "ABANDONNEE" ? "alerte" : "info"
                    }
                  >
                    {SOLUTION_STATUS_LABELS[solution.status]}
                  </Tag>
                  {solution.targetDate && (
                    <span>Échéance : {formatDate(new Date(`${solution.targetDate}T12:00:00Z`))}</span>
                  )}
                </p>
                <Markdown source={solution.content} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <Section id="actors" title={SECTION_LABELS.actors} source={content.actors} />
      {content.actorTypes.length > 0 && (
        <p className="mb-8 flex flex-wrap gap-2">
          {content.actorTypes.map((type) => (
            <Tag key={type}>{ORGANISATION_TYPE_LABELS[type]}</Tag>
          ))}
        </p>
      )}
    </div>
  );
}
