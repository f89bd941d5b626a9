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
export async function uniqueSlug(text: string, fallback: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(text) || fallback;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(slug))) return slug;
  }
}
