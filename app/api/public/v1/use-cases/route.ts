import { listPublicSheets } from "@/lib/sheets/public-sheets.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";

// Reads the database on every request; never evaluated at build time.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return cacheableResponse(request, JSON.stringify(await listPublicSheets()), "application/json; charset=utf-8");
}
