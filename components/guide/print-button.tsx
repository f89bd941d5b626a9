"use client";

/** Opens the browser's print dialog (the print stylesheet leaves only the guide). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-bleu-france px-4 py-2 font-medium text-white hover:bg-bleu-france-hover">
      Imprimer ou enregistrer en PDF
    </button>
  );
}
