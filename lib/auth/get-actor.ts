import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options.ts";
import type { TActor } from "./actor.ts";

export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** The signed-in member, or null for the anonymous public. */
export const getActor = cache(async (): Promise<TActor | null> => {
  // Most requests come from the anonymous public: without a session cookie there is nothing for next-auth to look up.
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const { id, email, name, role, organisationId } = session.user;
  return { id, email, name, role, organisationId };
});
