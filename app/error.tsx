"use client";
import { ServerErrorPage } from "@/components/server-error-page.tsx";

export default function ErrorBoundaryPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServerErrorPage
      lead="La page n'a pas pu s'afficher. Excusez-nous pour la gêne occasionnée."
      digest={error.digest}
      reset={reset}
    />
  );
}
