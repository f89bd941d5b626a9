import { getPublicSheetMarkdown } from "@/lib/sheets/public-sheets.ts";
import { cacheableResponse, publicError } from "@/lib/public-api/http.ts";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const markdown = await getPublicSheetMarkdown({ slug: (await params).slug });
  if (markdown === null) return publicError(404, "NOT_FOUND", "Aucune fiche publiée ne porte cet identifiant.");
  return cacheableResponse(request, markdown, "text/markdown; charset=utf-8");
}
