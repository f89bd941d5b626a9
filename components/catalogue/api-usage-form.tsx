"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { setApiUsageAction } from "@/lib/catalogue/actions.ts";
import { API_USAGE_LABELS, API_USAGE_STATUSES } from "@/lib/catalogue/labels.ts";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { fieldState, invalid } from "@/components/forms/form-fields.tsx";
import { actionFailureOf, fieldErrorsOf } from "@/lib/action-result.ts";

type TOrganisation = { id: string; name: string };
type TApi = { slug: string; name: string };
type TCurrent = Record<string, Record<string, { status: string; note: string | null } | null>>;

/**
 * The row a member fills: one line per API (state and short note), saved one API at a time. Admins pick the
 * organisation.
 */
export function ApiUsageForm({
  organisations,
  apis,
  current,
  initialOrganisationId,
}: {
  organisations: TOrganisation[];
  apis: TApi[];
  current: TCurrent;
  initialOrganisationId: string;
}) {
  const [organisationId, setOrganisationId] = useState(initialOrganisationId);
  const organisation = organisations.find((entry) => entry.id === organisationId) ?? organisations[0];
  return (
    <section aria-labelledby="titre-ma-ligne" className="mt-10 rounded border border-gray-200 bg-white p-4 sm:p-6">
      <h2 id="titre-ma-ligne" className="mb-2 text-xl">
        Renseigner la ligne de {organisation.name}
      </h2>
      {organisations.length > 1 && (
        <Select
          className="max-w-md"
          label="Organisation (administrateurs : toutes les lignes)"
          nativeSelectProps={{
            id: "usage-organisation",
            value: organisationId,
            onChange: (event) => setOrganisationId(event.target.value),
          }}
        >
          {organisations.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </Select>
      )}
      <ul className="space-y-4">
        {apis.map((api) => (
          <ApiUsageRow
            key={`${organisation.id}:${api.slug}`}
            organisationId={organisation.id}
            api={api}
            value={current[organisation.id]?.[api.slug] ?? null}
          />
        ))}
      </ul>
    </section>
  );
}

function ApiUsageRow({
  organisationId,
  api,
  value,
}: {
  organisationId: string;
  api: TApi;
  value: { status: string; note: string | null } | null;
}) {
  const router = useRouter();
  const [status, setStatus] = useState(value?.status ?? "");
  const [note, setNote] = useState(value?.note ?? "");
  const [saved, setSaved] = useState(false);
  const { execute, result, isPending } = useAction(setApiUsageAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const id = `usage-${api.slug}`;
  const errors = fieldErrorsOf(result);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    execute({ organisationId, publicApi: api.slug, status: status as never, note });
  }

  return (
    <li className="border-b border-gray-200 pb-4">
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={`${id}-nom`}
        className="grid gap-3 md:grid-cols-[minmax(10rem,1fr)_12rem_minmax(10rem,2fr)_auto] md:items-end"
      >
        <p id={`${id}-nom`} className="font-medium">
          {api.name}
        </p>
        <Select
          className="mb-0"
          label={`État pour « ${api.name} »`}
          {...fieldState(errors?.status)}
          nativeSelectProps={{
            id: `${id}-etat`,
            value: status,
            onChange: (event) => setStatus(event.target.value),
            "aria-invalid": invalid(errors?.status),
          }}
        >
          <option value="">— Choisir —</option>
          {API_USAGE_STATUSES.map((entry) => (
            <option key={entry} value={entry}>
              {API_USAGE_LABELS[entry]}
            </option>
          ))}
        </Select>
        <Input
          className="mb-0"
          label={`Note pour « ${api.name} » (facultatif)`}
          {...fieldState(errors?.note)}
          nativeInputProps={{
            id: `${id}-note`,
            value: note,
            maxLength: 280,
            onChange: (event) => setNote(event.target.value),
            "aria-invalid": invalid(errors?.note),
          }}
        />
        <div>
          <Button type="submit" disabled={isPending}>
            Enregistrer<span className="fr-sr-only"> l'état de {api.name}</span>
          </Button>
        </div>
        <div className="md:col-span-4" aria-live="polite">
          {saved && !actionFailureOf(result) && <p className="fr-message fr-message--valid">Enregistré.</p>}
          {actionFailureOf(result) && <FormAlert result={result} />}
        </div>
      </form>
    </li>
  );
}
