import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor.ts";
import { IMPORT_COLUMNS } from "@/lib/catalogue/import/import-rows.ts";
import { IMPORT_LIMITS } from "@/lib/catalogue/import/import-limits.ts";
import { ImportForm } from "@/components/catalogue/import-form.tsx";
import { PageBreadcrumb } from "@/components/page-breadcrumb.tsx";

export const metadata: Metadata = { title: "Importer un tableur dans le catalogue" };

const KIND_TITLES = { irritant: ["Irritants", "irritants"], "data-item": ["Données", "donnees"] } as const;

export default async function CatalogueImportPage() {
  await requirePageActor("/catalogue/importer");
  return (
    <div className="max-w-5xl">
      <p className="mb-2 text-sm">
        <Link href="/irritants">← Irritants</Link> · <Link href="/donnees">Données</Link>
      </p>
      <PageBreadcrumb current="Importer un tableur dans le catalogue" />
      <h1 className="mb-4 text-3xl">Importer un tableur dans le catalogue</h1>
      <p className="mb-4">
        Après un atelier, importez d'un coup les irritants ou les données relevés (export CSV ou XLSX d'un tableau
        blanc, d'un tableur). Un aperçu montre chaque ligne : nouvelle, doublon d'une entrée existante ou d'une autre
        ligne, ou en erreur. Rien n'est enregistré avant votre confirmation ; seules les lignes nouvelles et valides
        sont alors créées, ensemble, chacune avec sa carte dans « Signalé ».
      </p>
      <p className="mb-6 text-sm">
        Limites : {IMPORT_LIMITS.fileBytes / 1024} Ko, {IMPORT_LIMITS.rows} lignes et {IMPORT_LIMITS.columns} colonnes
        par fichier, {IMPORT_LIMITS.cellCharacters.toLocaleString("fr-FR")} caractères par cellule ; la première feuille
        d'un classeur ; les cellules qui commencent par =, +, @ ou - (hors « - » suivi d’une espace, comme une liste)
        sont refusées : ce sont des formules.
      </p>
      {(["irritant", "data-item"] as const).map((kind) => (
        <section key={kind} aria-labelledby={`colonnes-${kind}`} className="mb-6">
          <h2 id={`colonnes-${kind}`} className="mb-2 text-xl">
            Colonnes attendues : {KIND_TITLES[kind][0].toLowerCase()}
          </h2>
          <p className="mb-2 text-sm">
            En-têtes en première ligne, dans n'importe quel ordre ; majuscules et accents indifférents.{" "}
            <a href={`/catalogue/importer/modele/${KIND_TITLES[kind][1]}`} download>
              Télécharger le modèle CSV ({KIND_TITLES[kind][0].toLowerCase()})
            </a>
          </p>
          <div className="overflow-x-auto" role="region" aria-labelledby={`colonnes-${kind}`} tabIndex={0}>
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="border-b p-2">
                    Colonne
                  </th>
                  <th scope="col" className="border-b p-2">
                    Obligatoire
                  </th>
                  <th scope="col" className="border-b p-2">
                    Valeurs
                  </th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_COLUMNS[kind].map((column) => (
                  <tr key={column.field}>
                    <th scope="row" className="border-b p-2 font-medium">
                      {column.header}
                    </th>
                    <td className="border-b p-2">{column.required ? "oui" : "non"}</td>
                    <td className="border-b p-2">{column.help}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <ImportForm maxBytes={IMPORT_LIMITS.fileBytes} />
    </div>
  );
}
