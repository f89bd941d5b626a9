import { ENV_VARIABLES, type TVariableGroup } from "./env-schema.ts";

const PARTS: { group: TVariableGroup; title: string }[] = [
  { group: "application", title: "Application et commandes" },
  { group: "next", title: "Posées par Next.js (ne pas définir soi-même)" },
  { group: "outils", title: "Tests et outils de développement" },
];

const cell = (value: string) => value.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The README's « Configuration » table, one part per group, in the schema's order. */
export function configurationMarkdown(): string {
  return PARTS.map(({ group, title }) => {
    const rows = Object.entries(ENV_VARIABLES)
      .filter(([, definition]) => definition.group === group)
      .map(
        ([name, definition]) =>
          `| \`${name}\` | ${cell(definition.defaultLabel)} | ${cell(definition.example)} | ${cell(definition.description)} |`,
      );
    return [`**${title}**`, "", "| variable | défaut | exemple | rôle |", "|---|---|---|---|", ...rows].join("\n");
  }).join("\n\n");
}
