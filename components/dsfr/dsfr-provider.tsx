"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import { DEFAULT_COLOR_SCHEME } from "./default-color-scheme.ts";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/** The DSFR's client side: its components navigate with Next's Link and start the DSFR's JavaScript once hydrated. */
export function DsfrProvider({ children, lang }: { children: ReactNode; lang: string }) {
  // No doCheckNonce: it would stop the theme switch on the static published sheets, which have no nonce; the elements
  // the DSFR adds are style elements, allowed inline by the policy (lib/security/content-security-policy.ts).
  return (
    <DsfrProviderBase lang={lang} Link={Link} defaultColorScheme={DEFAULT_COLOR_SCHEME}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };
