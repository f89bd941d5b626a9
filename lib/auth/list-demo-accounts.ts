import "server-only";
import { db } from "@/lib/db/client.ts";
import { isDemoMode } from "@/lib/config/env.ts";
import { DEMO_USERS } from "@/lib/seed/content.ts";

/** The seeded accounts offered on the sign-in page, in demo mode only. */
export async function listDemoAccounts() {
  if (!isDemoMode()) return [];
  return db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) }, deactivatedAt: null },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { email: true, name: true, role: true, organisation: { select: { name: true } } },
  });
}
