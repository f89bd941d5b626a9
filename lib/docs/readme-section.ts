// README sections generated from code, between two markers: `npm run docs:security` (authorisation
// table) and `npm run docs:config` (configuration table) rewrite them, and a unit test beside each
// source fails when the README is stale.
export type TReadmeSection = { name: string; command: string };

export const AUTHORISATION_SECTION: TReadmeSection = { name: "autorisations", command: "docs:security" };
export const CONFIGURATION_SECTION: TReadmeSection = { name: "configuration", command: "docs:config" };

const markers = ({ name, command }: TReadmeSection) => ({
  start: `<!-- ${name}:début (généré par npm run ${command}) -->`,
  end: `<!-- ${name}:fin -->`,
});

export function generatedSectionIn(readme: string, section: TReadmeSection): string | null {
  const { start: startMarker, end: endMarker } = markers(section);
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  return start < 0 || end < start ? null : readme.slice(start + startMarker.length, end).trim();
}

export function replaceGeneratedSection(readme: string, section: TReadmeSection, content: string): string {
  const { start: startMarker, end: endMarker } = markers(section);
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`Marqueurs ${startMarker} / ${endMarker} absents du README.`);
  return `${readme.slice(0, start + startMarker.length)}\n${content}\n${readme.slice(end)}`;
}
