import { appUrl } from "@/lib/config/app-config.ts";
import { openApiDocument } from "@/lib/public-api/openapi-document.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";

export async function GET(request: Request) {
  return cacheableResponse(request, JSON.stringify(openApiDocument(appUrl()), null, 2), "application/json; charset=utf-8");
}
