import { getPublicSheet } from "@/lib/sheets/public-sheets.ts";
import { cacheableResponse, publicError } from "@/lib/public-api/http.ts";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const useCase = await getPublicSheet({ slug: (await params).slug });
  if (!useCase) return publicError(404, "NOT_FOUND", "Aucune fiche publiée ne porte cet identifiant.");
  return cacheableResponse(request, JSON.stringify(useCase), "application/json; charset=utf-8");
}
