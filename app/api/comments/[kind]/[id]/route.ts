import { getActor } from "@/lib/auth/get-actor.ts";
import { ZCommentTarget } from "@/lib/comments/comment-target.ts";
import { getCommentThread } from "@/lib/comments/get-comment-thread.ts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string; id: string }> };

const notFound = () =>
  Response.json(
    { error: { code: "NOT_FOUND", message: "Discussion introuvable." } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );

/** One comment thread as the viewer may see it (sheets: members only). Read by the thread's page after a live event. */
export async function GET(_request: Request, { params }: Context) {
  const target = ZCommentTarget.safeParse(await params);
  if (!target.success) return notFound();
  const thread = await getCommentThread({ actor: await getActor(), target: target.data });
  if (!thread) return notFound();
  // What a viewer receives depends on who they are: never cached by anyone.
  return Response.json(thread, { headers: { "Cache-Control": "private, no-store" } });
}
