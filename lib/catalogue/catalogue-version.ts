import { createHash } from "node:crypto";

/**
 * The version of something generated from the catalogue: the date of the catalogue's
 * last change and the first characters of a hash of the generated content, so that
 * the same catalogue always gives the same version and any change gives a new one
 * (an edit that changes nothing records nothing, and keeps the version).
 */
export function catalogueVersion(updatedAt: Date, content: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 8);
  return `${updatedAt.toISOString().slice(0, 10)}.${hash}`;
}
