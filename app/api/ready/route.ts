import { NextResponse } from "next/server";
import { getReadiness } from "@/lib/health/get-readiness.ts";

// Readiness, for the load balancer (liveness stays /api/health). Never evaluated at build time.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await getReadiness();
  return NextResponse.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
