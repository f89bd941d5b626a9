"use client";

// The reference is the digest Next gives a server error; the server logged it beside the request id (ADR 0016).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">Une erreur est survenue</h1>
      <p>La page n'a pas pu s'afficher. Réessayez ; si l'erreur persiste, contactez l'animation du groupe.</p>
      {error.digest && (
        <p>
          Référence à indiquer : <code data-testid="error-reference">{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className="rounded bg-bleu-france px-4 py-2 font-medium text-white">
        Réessayer
      </button>
    </div>
  );
}
