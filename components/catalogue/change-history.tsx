import { formatDateTime } from "@/lib/format.ts";
import type { listCatalogueChanges } from "@/lib/catalogue/list-catalogue-changes.ts";

const ACTION_LABELS: Record<string, string> = {
  create: "Création",
  update: "Modification",
  retire: "Retrait du catalogue",
  restore: "Rétablissement",
  merge: "Fusion",
};

function show(value: unknown, labels: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "(vide)";
  if (Array.isArray(value)) return value.length ? value.map((entry) => show(entry, labels)).join(", ") : "(aucun)";
  if (typeof value === "boolean") return value ? "oui" : "non";
  return labels[String(value)] ?? String(value);
}

/** One entry's changes, newest first, each changed field with its previous and new value. */
export function ChangeHistory({
  changes,
  fieldLabels,
  valueLabels = {},
}: {
  changes: Awaited<ReturnType<typeof listCatalogueChanges>>;
  fieldLabels: Record<string, string>;
  valueLabels?: Record<string, string>;
}) {
  if (changes.length === 0)
    return (
      <p>
        Aucune modification enregistrée depuis la mise en place de l'historique : l'entrée est telle que chargée à la
        démonstration.
      </p>
    );
  return (
    <ol className="space-y-6">
      {changes.map((change) => (
        <li key={change.id} className="rounded border border-gray-200 bg-white p-4">
          <h2 className="mb-2 text-lg">
            {ACTION_LABELS[change.action] ?? change.action} — {change.who}, le {formatDateTime(change.createdAt)}
          </h2>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="border-b p-2">
                  Champ
                </th>
                <th scope="col" className="border-b p-2">
                  Avant
                </th>
                <th scope="col" className="border-b p-2">
                  Après
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(change.fields).map(([field, { before, after }]) => (
                <tr key={field} className="align-top">
                  <th scope="row" className="border-b p-2 font-medium">
                    {fieldLabels[field] ?? field}
                  </th>
                  <td className="whitespace-pre-wrap border-b p-2">
                    {change.action === "create" ? "—" : show(before, valueLabels)}
                  </td>
                  <td className="whitespace-pre-wrap border-b p-2">{show(after, valueLabels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ol>
  );
}
