import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options.ts";
import type { TActor } from "./actor.ts";

/** The signed-in member, or null for the anonymous public. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const { id, email, name, role, organisationId } = session.user;
  return { id, email, name, role, organisationId };
});
