import Link from "next/link";
import { DsfrHeadBase, createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import { DEFAULT_COLOR_SCHEME } from "./default-color-scheme.ts";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: DEFAULT_COLOR_SCHEME });

/**
 * The DSFR's stylesheet, favicons, font preloads and the inline script that applies the chosen theme before the first
 * paint (no flash of the wrong theme). `nonce` is the request's CSP nonce; the static published sheets have none and
 * their policy allows that inline script (ADR 0010).
 */
export function DsfrHead({ nonce }: { nonce: string | undefined }) {
  // The weights of body text and headings: the others load when a page uses them.
  return (
    <DsfrHeadBase Link={Link} nonce={nonce} doDisableFavicon preloadFonts={["Marianne-Regular", "Marianne-Bold"]} />
  );
}
