"use client";
import { useSignedInMember } from "@/lib/auth/hooks/use-signed-in-member.ts";
import { AccountArea } from "./account-area.tsx";

/** Account links of a page rendered once for everyone: the session is read in the browser. */
export function StaticPageAccount() {
  const { data: member } = useSignedInMember();
  return <AccountArea actor={member ?? null} />;
}
