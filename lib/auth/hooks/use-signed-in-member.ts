"use client";
import { useQuery } from "@tanstack/react-query";
import { accountKeys } from "@/lib/auth/account-keys.ts";
import type { TActor } from "@/lib/auth/actor.ts";

/**
 * The member in next-auth's session answer ({} when signed out), shaped by the
 * session callback of lib/auth/auth-options.ts. Checked by hand: this runs on
 * every static page, where a schema library would weigh more than the page's code.
 */
export function memberFromSession(answer: unknown): TActor | null {
  const user = (answer as { user?: Partial<TActor> } | null)?.user;
  if (
    !user ||
    typeof user.id !== "string" ||
    typeof user.email !== "string" ||
    (user.role !== "ADMIN" && user.role !== "MEMBER")
  )
    return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name ?? null,
    role: user.role,
    organisationId: user.organisationId ?? null,
  };
}

/**
 * The signed-in member, asked from the browser. Only pages served from the
 * static cache need it: they are rendered once for everyone, without a session.
 */
export function useSignedInMember() {
  return useQuery({
    queryKey: accountKeys.session(),
    staleTime: 60_000,
    queryFn: async (): Promise<TActor | null> => {
      const response = await fetch("/api/auth/session", { headers: { Accept: "application/json" } });
      return response.ok ? memberFromSession(await response.json()) : null;
    },
  });
}
