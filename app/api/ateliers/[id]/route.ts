import { getActor } from "@/lib/auth/get-actor.ts";
import { getWorkshopState } from "@/lib/workshops/get-workshop-state.ts";

/** The live state of a workshop (members only), read again by every screen on each change. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor)
    return Response.json(
      { error: { code: "UNAUTHENTICATED", message: "Connectez-vous pour suivre l'atelier." } },
      { status: 401 },
    );
  const state = await getWorkshopState({ actor, workshopId: (await params).id });
  if (!state) return Response.json({ error: { code: "NOT_FOUND", message: "Atelier introuvable." } }, { status: 404 });
  return Response.json(state, { headers: { "Cache-Control": "private, no-store" } });
}
