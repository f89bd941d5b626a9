import { getActor } from "@/lib/auth/get-actor.ts";
import { notSignedIn } from "@/lib/auth/guards.ts";
import { readRoute } from "@/lib/http/read-route.ts";
import { getWizardStats } from "@/lib/wizard/record-wizard-run.ts";

export const dynamic = "force-dynamic";

/** The demonstrator's statistics, for members (401 otherwise). */
export async function GET(request: Request) {
  const actor = await getActor();
  return readRoute(request, {
    actor,
    read: async () => {
      if (!actor) throw notSignedIn();
      return getWizardStats({ actor });
    },
  });
}
