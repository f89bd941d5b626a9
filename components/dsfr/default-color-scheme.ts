import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

/** Follow the visitor's system until they choose light or dark in the display settings. */
export const DEFAULT_COLOR_SCHEME: DefaultColorScheme = "system";
