/** The one rule for what the public may see: a published revision, on a sheet that is not archived. */
export const PUBLICLY_VISIBLE = { publishedRevisionId: { not: null }, state: { not: "ARCHIVED" as const } };
