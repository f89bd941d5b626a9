import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";

/**
 * A DSFR table (markup of DSFR 1.12 and later): a caption, the table scrolling horizontally inside its own frame on a
 * narrow screen, and the caller's head and body, so that row headers (`<th scope="row">`) and links stay as written.
 * The frame is a named, focusable region: a keyboard user scrolls it even when the table holds no link.
 * `hiddenCaption` keeps the caption for screen readers where a heading already titles the table.
 */
export function DataTable({
  caption,
  hiddenCaption = false,
  bordered = false,
  className,
  children,
}: {
  caption: string;
  hiddenCaption?: boolean;
  bordered?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`${fr.cx("fr-table", { "fr-table--no-caption": hiddenCaption, "fr-table--bordered": bordered })} ${className ?? ""}`}
    >
      <div className="fr-table__wrapper">
        <div className="fr-table__container" role="region" aria-label={caption} tabIndex={0}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
