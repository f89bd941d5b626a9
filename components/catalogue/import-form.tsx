"use client";
import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { importCatalogueAction, previewCatalogueImportAction } from "@/lib/catalogue/actions.ts";
import type { TImportPreview } from "@/lib/catalogue/import/preview-catalogue-import.ts";
import { plural } from "@/lib/format.ts";
import { Tag } from "@/components/ui/tag.tsx";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { FormAlert } from "@/components/forms/form-alert.tsx";

type TKind = "irritant" | "data-item";
const STATUS = { new: ["Nouvelle", "succes"], duplicate: ["Doublon", "alerte"], error: ["Erreur", "alerte"] } as const;
const ENTRY_BASE: Record<TKind, string> = { irritant: "/irritants", "data-item": "/donnees" };

/** Base64 of the file's bytes, as the server action carries it. */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const [kind, setKind] = useState<TKind>("irritant");
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [fileError, setFileError] = useState("");
  const preview = useAction(previewCatalogueImportAction);
  const confirm = useAction(importCatalogueAction);
  const data: TImportPreview | undefined = preview.result.data;

  async function onFile(selected: File | undefined) {
    preview.reset();
    confirm.reset();
    setFile(null);
    setFileError("");
    if (!selected) return;
    if (selected.size > maxBytes)
      return setFileError(`Le fichier dépasse ${maxBytes / 1024} Ko : découpez-le en plusieurs imports.`);
    setFile({ name: selected.name, content: await fileToBase64(selected) });
  }

  function onPreview(event: FormEvent) {
    event.preventDefault();
    confirm.reset();
    if (!file) return setFileError("Choisissez un fichier CSV ou XLSX.");
    preview.execute({ kind, fileName: file.name, content: file.content });
  }

  const created = confirm.result.data;
  return (
    <section aria-labelledby="titre-import" className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <h2 id="titre-import" className="mb-4 text-xl">
        Importer un fichier
      </h2>
      <form onSubmit={onPreview} noValidate className="space-y-4">
        <FormAlert result={preview.result} />
        <RadioButtons
          legend="Le fichier contient"
          name="import-kind"
          orientation="horizontal"
          options={(
            [
              ["irritant", "des irritants"],
              ["data-item", "des données"],
            ] as const
          ).map(([value, label]) => ({
            label,
            nativeInputProps: {
              value,
              checked: kind === value,
              onChange: () => {
                setKind(value);
                preview.reset();
                confirm.reset();
              },
            },
          }))}
        />
        <Upload
          label="Fichier CSV ou XLSX"
          hint={`${maxBytes / 1024} Ko au plus ; CSV séparé par des points-virgules ou des virgules, en UTF-8 ou Windows-1252.`}
          state={fileError ? "error" : "default"}
          stateRelatedMessage={fileError}
          nativeInputProps={{
            id: "import-fichier",
            accept: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "aria-invalid": fileError ? true : undefined,
            onChange: (event) => onFile(event.target.files?.[0]),
            // Without an error the DSFR would point aria-describedby at a message that is not there.
            ...(fileError ? {} : { "aria-describedby": undefined }),
          }}
        />
        <Button type="submit" disabled={preview.isPending}>
          Prévisualiser
        </Button>
      </form>

      {data && !created && (
        <div className="mt-6">
          <h3 className="mb-2 text-lg">Aperçu</h3>
          <p role="status" className="mb-2 font-medium">
            {data.rows.length} ligne{plural(data.rows.length)} lue{plural(data.rows.length)} : {data.counts.new}{" "}
            nouvelle{plural(data.counts.new)}, {data.counts.duplicate} doublon{plural(data.counts.duplicate)},{" "}
            {data.counts.error} en erreur.
          </p>
          {data.ignoredColumns.length > 0 && (
            <p className="mb-2 text-sm">Colonnes ignorées (inconnues) : {data.ignoredColumns.join(", ")}.</p>
          )}
          <div className="overflow-x-auto" role="region" aria-labelledby="legende-apercu" tabIndex={0}>
            <table className="w-full border-collapse text-left text-sm">
              <caption id="legende-apercu" className="py-2 text-left">
                Aperçu de l'import, ligne par ligne (numéros de ligne du fichier) : rien n'est encore enregistré.
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b p-2">
                    Ligne
                  </th>
                  <th scope="col" className="border-b p-2">
                    Statut
                  </th>
                  {data.columns.map((column) => (
                    <th key={column} scope="col" className="border-b p-2">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.line} className="align-top">
                    <th scope="row" className="border-b p-2 font-medium">
                      {row.line}
                    </th>
                    <td className="border-b p-2">
                      <Tag tone={STATUS[row.status][1]}>{STATUS[row.status][0]}</Tag>
                      {row.duplicateOf && (
                        <span className="mt-1 block">
                          de{" "}
                          {row.duplicateOf.href ? (
                            <Link href={row.duplicateOf.href}>{row.duplicateOf.label}</Link>
                          ) : (
                            row.duplicateOf.label
                          )}
                        </span>
                      )}
                    </td>
                    {data.columns.map((column) => {
                      const error = row.errors.find((entry) => entry.column === column);
                      return (
                        <td key={column} className={`border-b p-2 ${error ? "bg-(--background-contrast-error)" : ""}`}>
                          <span className="line-clamp-3 whitespace-pre-line break-words">{row.cells[column]}</span>
                          {error && <span className="fr-error-text mt-1">Erreur : {error.message}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button
              type="button"
              disabled={confirm.isPending || data.counts.new === 0 || !file}
              onClick={() =>
                file &&
                confirm.execute({
                  kind: data.kind,
                  fileName: file.name,
                  content: file.content,
                  expectedNew: data.counts.new,
                })
              }
            >
              {data.counts.new === 0
                ? "Aucune ligne à importer"
                : `Importer ${data.counts.new} ligne${plural(data.counts.new)}`}
            </Button>
            <FormAlert result={confirm.result} />
          </div>
          <p className="mt-2 text-sm text-gray-700">
            Les doublons et les lignes en erreur ne sont pas importés : corrigez le fichier et relancez l'aperçu pour
            les reprendre.
          </p>
        </div>
      )}

      {created && (
        <div role="status" className="mt-6">
          <h3 className="mb-2 text-lg">
            Import terminé : {created.created.length}{" "}
            {created.kind === "irritant"
              ? `irritant${plural(created.created.length)} créé${plural(created.created.length)}`
              : `donnée${plural(created.created.length)} créée${plural(created.created.length)}`}
          </h3>
          <p className="mb-2">
            Chacun a sa carte dans la colonne « Signalé » du <Link href="/priorisation">tableau de priorisation</Link>.{" "}
            {created.skipped.duplicate} doublon{plural(created.skipped.duplicate)} et {created.skipped.error} ligne
            {plural(created.skipped.error)} en erreur laissé{plural(created.skipped.duplicate + created.skipped.error)}{" "}
            de côté.
          </p>
          <ul className="list-disc pl-6">
            {created.created.map((entry) => (
              <li key={entry.slug}>
                Ligne {entry.line} : <Link href={`${ENTRY_BASE[created.kind]}/${entry.slug}`}>{entry.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
