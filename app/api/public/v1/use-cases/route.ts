import { listPublicUseCases } from "@/lib/use-cases/public-use-cases.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";

// Reads the database on every request; never evaluated at build time.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return cacheableResponse(request, JSON.stringify(await listPublicUseCases()), "application/json; charset=utf-8");
}
