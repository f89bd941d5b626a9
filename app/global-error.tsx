"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails: it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur · Atelier EFOP</title>
      </head>
      <body className="bg-gris-fond font-sans antialiased">
        <main id="contenu" className="mx-auto max-w-2xl space-y-4 px-4 py-8">
          <h1 className="text-3xl">Une erreur est survenue</h1>
          <p>L'Atelier EFOP n'a pas pu s'afficher. Réessayez ; si l'erreur persiste, contactez l'animation du groupe.</p>
          {error.digest && (
            <p>
              Référence à indiquer : <code data-testid="error-reference">{error.digest}</code>
            </p>
          )}
          <p className="flex gap-4">
            <button type="button" onClick={reset} className="rounded bg-bleu-france px-4 py-2 font-medium text-white">
              Réessayer
            </button>
            <a href="/" className="px-4 py-2">Revenir à l'accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
