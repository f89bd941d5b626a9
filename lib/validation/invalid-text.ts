/**
 * True when a value holds text PostgreSQL cannot store (NUL) or that is not
 * well-formed Unicode (lone surrogates): refused up front with a clear
 * message rather than failing in the database.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function containsInvalidText(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === "string") return value.includes("\u0000") || LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some((item) => containsInvalidText(item, depth + 1));
  if (value && typeof value === "object")
    return Object.entries(value).some(
      ([key, item]) => containsInvalidText(key, depth + 1) || containsInvalidText(item, depth + 1),
    );
  return false;
}
