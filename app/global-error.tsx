"use client";

// The same stylesheet module as DsfrHead's, so that it is one chunk: the app loads this page's styles on every page.
import "@codegouvfr/react-dsfr/assets/dsfr_plus_icons.scss";
import "./globals.css";
import { fr } from "@codegouvfr/react-dsfr";
import { ErrorPage } from "@/components/error-page.tsx";

// Replaces the root layout when the layout itself fails: it brings its own <html> and <body>, and the DSFR's stylesheet
// without the theme script of the layout that failed, so this last-resort page always shows the light theme.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur · Atelier EFOP</title>
      </head>
      <body>
        <main id="contenu" className={fr.cx("fr-container")}>
          <ErrorPage
            title="Une erreur est survenue"
            code="Erreur 500"
            lead="L'Atelier EFOP n'a pas pu s'afficher. Excusez-nous pour la gêne occasionnée."
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
        </main>
      </body>
    </html>
  );
}
