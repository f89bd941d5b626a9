import { listPublicPriorities } from "@/lib/rounds/list-public-priorities.ts";
import { cacheableResponse } from "@/lib/public-api/http.ts";
import { ZPublicPriorityList } from "@/lib/public-api/priority-schemas.ts";

// Reads the database on every request; never evaluated at build time.
export const dynamic = "force-dynamic";

/** Results of closed prioritisation rounds: rankings and participation, never a ballot. */
export async function GET(request: Request) {
  const data = await listPublicPriorities();
  const body = ZPublicPriorityList.parse({ data, count: data.length });
  return cacheableResponse(request, JSON.stringify(body), "application/json; charset=utf-8");
}
