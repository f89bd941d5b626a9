import { getActor } from "@/lib/auth/get-actor.ts";
import { appUrl } from "@/lib/config/app-config.ts";
import { slugify } from "@/lib/slugify.ts";
import { getWorkshopMinutes } from "@/lib/workshops/get-workshop-minutes.ts";
import { workshopMinutesMarkdown } from "@/lib/workshops/workshop-minutes-markdown.ts";

/** The minutes as a Markdown file, for members. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor)
    return Response.json(
      { error: { code: "UNAUTHENTICATED", message: "Connectez-vous pour lire ce compte rendu." } },
      { status: 401 },
    );
  const minutes = await getWorkshopMinutes({ actor, workshopId: (await params).id });
  if (!minutes)
    return Response.json({ error: { code: "NOT_FOUND", message: "Atelier introuvable." } }, { status: 404 });
  return new Response(workshopMinutesMarkdown(minutes, appUrl()), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="compte-rendu-${slugify(minutes.title)}.md"`,
      "Cache-Control": "private, no-store",
    },
  });
}
