import "server-only";
import { redirect } from "next/navigation";
import { getActor } from "./get-actor.ts";

/** For pages: send the anonymous public to the sign-in page, then back here. */
export async function requirePageActor(path: string) {
  const actor = await getActor();
  if (!actor) redirect(`/connexion?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
