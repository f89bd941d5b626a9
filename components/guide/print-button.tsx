"use client";

/** Opens the browser's print dialog (the print stylesheet leaves only the guide). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="fr-btn fr-btn--secondary">
      Imprimer ou enregistrer en PDF
    </button>
  );
}
