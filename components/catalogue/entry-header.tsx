import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { TActor } from "@/lib/auth/actor.ts";
import type { TCatalogueKind } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { formatDate } from "@/lib/format.ts";
import { RetireEntryButton } from "./retire-entry-button.tsx";

/** Above an entry's page: the retired notice, and the edit / history / retire links for who may use them. */
export function EntryTools({
  actor,
  kind,
  base,
  entry,
}: {
  actor: TActor | null;
  kind: TCatalogueKind;
  base: string;
  entry: { id: string; slug: string; retiredAt: Date | null };
}) {
  return (
    <>
      {entry.retiredAt && (
        <Alert
          severity="warning"
          small
          role="status"
          className="mb-4"
          description={`Retiré du catalogue le ${formatDate(entry.retiredAt)} : cette page reste consultable, l'entrée n'apparaît plus dans les listes.`}
        />
      )}
      <ul className="mb-4 flex flex-wrap items-center gap-4 text-sm">
        {actor && !entry.retiredAt && (
          <li>
            <Link href={`${base}/${entry.slug}/modifier`}>Modifier</Link>
          </li>
        )}
        <li>
          <Link href={`${base}/${entry.slug}/historique`}>Historique des modifications</Link>
        </li>
        {actor?.role === "ADMIN" && kind === "irritant" && !entry.retiredAt && (
          <li>
            <Link href={`${base}/${entry.slug}/fusionner`}>Fusionner un doublon ici</Link>
          </li>
        )}
        {actor?.role === "ADMIN" && (
          <li>
            <RetireEntryButton kind={kind} id={entry.id} retired={Boolean(entry.retiredAt)} />
          </li>
        )}
      </ul>
    </>
  );
}
