import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import TechnicalError from "@codegouvfr/react-dsfr/picto/TechnicalError";

/**
 * The DSFR's error-page pattern (404, 500): title, error code, lead text, advice and the way out, beside the
 * « erreur technique » pictogram.
 */
export function ErrorPage({
  title,
  code,
  lead,
  children,
  actions,
}: {
  title: string;
  code: string;
  lead: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div
      className={fr.cx(
        "fr-my-7w",
        "fr-mt-md-12w",
        "fr-mb-md-10w",
        "fr-grid-row",
        "fr-grid-row--gutters",
        "fr-grid-row--middle",
        "fr-grid-row--center",
      )}
    >
      <div className={fr.cx("fr-py-0", "fr-col-12", "fr-col-md-6")}>
        <h1>{title}</h1>
        <p className={fr.cx("fr-text--sm", "fr-mb-3w")}>{code}</p>
        <p className={fr.cx("fr-text--lead", "fr-mb-3w")}>{lead}</p>
        <div className={fr.cx("fr-text--sm", "fr-mb-5w")}>{children}</div>
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>{actions}</ul>
      </div>
      <div className={fr.cx("fr-col-12", "fr-col-md-3", "fr-col-offset-md-1", "fr-px-6w", "fr-px-md-0", "fr-py-0")}>
        <TechnicalError fontSize="10rem" aria-hidden="true" focusable="false" />
      </div>
    </div>
  );
}
