export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
    .replace(/-$/, "");
}

/** The slug of `text`, suffixed -2, -3… until `isTaken` says it is free. */
export async function uniqueSlug(
  text: string,
  fallback: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  const base = slugify(text) || fallback;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(slug))) return slug;
  }
}

/**
 * Whether `text` can be a slug at all (what slugify and uniqueSlug produce, at most
 * 120 characters). Every lookup by a slug taken from a URL checks it first: anything
 * else is simply unknown, and never reaches the database (PostgreSQL refuses a NUL
 * character with an error, which made `/cas-usage/%00` answer 500).
 */
export function isSlug(text: string): boolean {
  return text.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
