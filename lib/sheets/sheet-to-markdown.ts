import { stringify } from "yaml";
import { PATH_LABELS, SECTION_LABELS, SOLUTION_STATUS_LABELS, type TSheetContent } from "./sheet-content.ts";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/**
 * A published sheet as Markdown with a YAML front matter `description:`, in the
 * format of simplifions.data.gouv.fr sheets (shared/seeds/004).
 */
export function sheetToMarkdown(sheet: {
  title: string;
  summary: string;
  content: TSheetContent;
  updatedAt: Date;
  url: string;
}): string {
  const { content } = sheet;
  const frontMatter = stringify(
    { description: sheet.summary, updated: sheet.updatedAt.toISOString().slice(0, 10), source: sheet.url },
    { lineWidth: 80 },
  );
  const section = (title: string, body: string) => (body.trim() ? `### ${title}\n\n${body.trim()}\n` : "");
  const solutions = content.solutions
    .map((solution) => {
      const due = solution.targetDate
        ? ` - échéance ${dateFormat.format(new Date(`${solution.targetDate}T12:00:00Z`))}`
        : "";
      return `_**${solution.name}${due} (${SOLUTION_STATUS_LABELS[solution.status].toLowerCase()}).**_\n\n${solution.content.trim()}\n`;
    })
    .join("\n");
  const paths = content.paths
    .map(
      (path) =>
        `#### ${PATH_LABELS[path.kind]}\n\n**Qui porte la demande.** ${path.carriedBy.trim()}\n\n**Ce qui est demandé aujourd'hui.**\n\n${path.askedToday.trim()}\n\n**Ce que les acteurs détiennent déjà.**\n\n${path.dataHeld.trim()}\n\n**Ce que le parcours doit devenir.** ${path.target.trim()}\n`,
    )
    .join("\n");
  return [
    `---\n${frontMatter}---\n`,
    `# ${sheet.title}\n`,
    section(SECTION_LABELS.context, content.context),
    section(SECTION_LABELS.problem, content.problem),
    section(SECTION_LABELS.ambition, content.ambition),
    section("Le Public visé", content.targetPublic),
    section("Le(s) Bénéfice(s) attendu(s)", content.benefits),
    section("Les Parcours", paths),
    section("Les Solutions", solutions),
    section(SECTION_LABELS.actors, content.actors),
  ]
    .filter(Boolean)
    .join("\n");
}
