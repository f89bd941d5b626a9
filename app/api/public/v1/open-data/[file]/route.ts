import { getOpenDataFile } from "@/lib/open-data/get-open-data-file.ts";
import { cacheableResponse, publicError } from "@/lib/public-api/http.ts";

// Read per request from Next's data cache (expired when the catalogue changes); never evaluated at build time.
export const dynamic = "force-dynamic";

/**
 * The catalogue as open data: `datapackage.json`, and each resource as `.csv`, `.json` and its Table Schema
 * `.schema.json`.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = await getOpenDataFile({ file });
  if (!found) return publicError(404, "NOT_FOUND", "Aucun fichier de données ouvertes ne porte ce nom : voir datapackage.json.");
  const response = cacheableResponse(request, found.body, found.contentType);
  if (file.endsWith(".csv")) response.headers.set("Content-Disposition", `attachment; filename="${file}"`);
  return response;
}
