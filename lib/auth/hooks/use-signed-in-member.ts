"use client";
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { accountKeys } from "@/lib/auth/account-keys.ts";
import type { TActor } from "@/lib/auth/actor.ts";

// What next-auth's session endpoint answers, shaped by the session callback of lib/auth/auth-options.ts.
const ZSessionAnswer = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(["ADMIN", "MEMBER"]),
    organisationId: z.string().nullable(),
  }).optional(),
});

/**
 * The signed-in member, asked from the browser. Only pages served from the
 * static cache need it: they are rendered once for everyone, without a session.
 */
export function useSignedInMember(enabled: boolean) {
  return useQuery({
    queryKey: accountKeys.session(),
    enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<TActor | null> => {
      const response = await fetch("/api/auth/session", { headers: { Accept: "application/json" } });
      if (!response.ok) return null;
      return ZSessionAnswer.parse(await response.json()).user ?? null;
    },
  });
}
