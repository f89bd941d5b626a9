import { getPublicUseCaseMarkdown } from "@/lib/use-cases/public-use-cases.ts";
import { cacheableResponse, publicError } from "@/lib/public-api/http.ts";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const markdown = await getPublicUseCaseMarkdown({ slug: (await params).slug });
  if (markdown === null) return publicError(404, "NOT_FOUND", "Aucune fiche publiée ne porte cet identifiant.");
  return cacheableResponse(request, markdown, "text/markdown; charset=utf-8");
}
