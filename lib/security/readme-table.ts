export const TABLE_START = "<!-- autorisations:début (généré par npm run docs:security) -->";
export const TABLE_END = "<!-- autorisations:fin -->";

export function authorisationTableIn(readme: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  return start < 0 || end < start ? null : readme.slice(start + TABLE_START.length, end).trim();
}

export function replaceAuthorisationTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`Marqueurs ${TABLE_START} / ${TABLE_END} absents du README.`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
