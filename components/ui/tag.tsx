import type { ReactNode } from "react";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { fr } from "@codegouvfr/react-dsfr";

/** DSFR badge severity of each status tone; `bleu` is a keyword (a path, a theme), shown as a DSFR tag instead. */
const SEVERITIES = {
  neutre: undefined,
  succes: "success",
  alerte: "warning",
  erreur: "error",
  info: "info",
  nouveau: "new",
} as const;

type TTone = keyof typeof SEVERITIES | "bleu";

/**
 * A status (DSFR badge, coloured by severity, its text saying the status so that colour is never the only cue) or a
 * keyword (`bleu`: a non-interactive DSFR tag). Rendered as a span: statuses sit inside headings, labels and list
 * items.
 */
export function Tag({ children, tone = "neutre" }: { children: NonNullable<ReactNode>; tone?: TTone }) {
  if (tone === "bleu") return <span className={fr.cx("fr-tag", "fr-tag--sm")}>{children}</span>;
  return (
    <Badge as="span" small noIcon severity={SEVERITIES[tone]}>
      {children}
    </Badge>
  );
}

export function availabilityTone(availability: string): TTone {
  return availability === "DISPONIBLE" ? "succes" : availability === "EN_COURS" ? "info" : "alerte";
}
