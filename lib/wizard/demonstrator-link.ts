import { PATH_SOURCES, SOURCES } from "./wizard-definition.ts";

/** The demonstrator step that shows an irritant solved, if any. */
export function demonstratorLink(irritantSlug: string): string | null {
  const source = Object.values(SOURCES).find((candidate) => candidate.irritant === irritantSlug);
  if (!source) return null;
  const path = (Object.keys(PATH_SOURCES) as (keyof typeof PATH_SOURCES)[]).find((candidate) =>
    PATH_SOURCES[candidate].includes(source.key),
  );
  if (!path) return null;
  return `/demonstrateur?parcours=${path}#source-${source.key}`;
}
