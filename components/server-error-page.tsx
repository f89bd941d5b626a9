"use client";
import { fr } from "@codegouvfr/react-dsfr";
import { ErrorPage } from "@/components/error-page.tsx";

/**
 * The 500 page, inside the layout (app/error.tsx) or instead of it (app/global-error.tsx). The reference is the digest
 * Next gives a server error; the server logged it beside the request id (ADR 0016).
 */
export function ServerErrorPage({ lead, digest, reset }: { lead: string; digest?: string; reset: () => void }) {
  return (
    <ErrorPage
      title="Une erreur est survenue"
      code="Erreur 500"
      lead={lead}
      actions={
        <>
          <li>
            <button type="button" onClick={reset} className={fr.cx("fr-btn")}>
              Réessayer
            </button>
          </li>
          <li>
            {/* A full load, not a client navigation: the client state may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a className={fr.cx("fr-btn", "fr-btn--secondary")} href="/">
              Page d&apos;accueil
            </a>
          </li>
        </>
      }
    >
      <p>Réessayez dans un instant ; si l&apos;erreur persiste, contactez l&apos;animation du groupe.</p>
      {digest && (
        <p>
          Référence à indiquer : <code data-testid="error-reference">{digest}</code>
        </p>
      )}
    </ErrorPage>
  );
}
