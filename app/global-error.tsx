"use client";

// The same stylesheet module as DsfrHead's, so that it is one chunk: the app loads this page's styles on every page.
import "@codegouvfr/react-dsfr/assets/dsfr_plus_icons.scss";
import "./globals.css";
import { fr } from "@codegouvfr/react-dsfr";
import { ServerErrorPage } from "@/components/server-error-page.tsx";

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
          <ServerErrorPage
            lead="L'Atelier EFOP n'a pas pu s'afficher. Excusez-nous pour la gêne occasionnée."
            digest={error.digest}
            reset={reset}
          />
        </main>
      </body>
    </html>
  );
}
