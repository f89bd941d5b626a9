"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">Une erreur est survenue</h1>
      <p>La page n'a pas pu s'afficher.{error.digest ? ` Référence : ${error.digest}.` : ""}</p>
      <button type="button" onClick={reset} className="rounded bg-bleu-france px-4 py-2 font-medium text-white">
        Réessayer
      </button>
    </div>
  );
}
