"use client";
import { fr } from "@codegouvfr/react-dsfr";
import { ErrorPage } from "@/components/error-page.tsx";

// The reference is the digest Next gives a server error; the server logged it beside the request id (ADR 0016).
export default function ServerErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPage
      title="Une erreur est survenue"
      code="Erreur 500"
      lead="La page n'a pas pu s'afficher. Excusez-nous pour la gêne occasionnée."
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
      {error.digest && (
        <p>
          Référence à indiquer : <code data-testid="error-reference">{error.digest}</code>
        </p>
      )}
    </ErrorPage>
  );
}
