"use client";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { CheckboxField, TextAreaField, TextField, fieldState, invalid } from "@/components/forms/form-fields.tsx";
import { createRoundAction } from "@/lib/rounds/actions.ts";
import { METHOD_LABELS } from "@/lib/rounds/round-status.ts";
import { FAIRNESS_LABELS, FAIRNESS_MODES, MAX_TYPE_WEIGHT, type TFairnessMode } from "@/lib/rounds/fairness.ts";
import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  type TOrganisationType,
} from "@/lib/organisations/organisation-types.ts";
import { fieldErrorsOf } from "@/lib/action-result.ts";
import { enumValues, VoteMethod } from "@/lib/db/enums.ts";

type Column = { id: string; name: string; cards: { id: string; title: string }[] };

/** A value for <input type="datetime-local"> in the browser's time zone. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

const FAIRNESS_HINTS: Record<TFairnessMode, string> = {
  PER_MEMBER: "Chaque membre vote pour lui-même, comme d'habitude.",
  PER_ORGANISATION:
    "Les membres d'une même organisation se partagent un budget de points ; au jugement majoritaire, la mention de l'organisation est la médiane de celles de ses membres.",
  WEIGHTED_BY_TYPE: "Le bulletin d'un membre compte autant de fois que le poids du type de son organisation (0 à 10).",
};

/** The fields this form shows their message beside; any other message goes in the alert at the top. */
const BESIDE_FIELDS = [
  "title",
  "question",
  "method",
  "pointsBudget",
  "maxPointsPerItem",
  "fairness",
  "typeWeights",
  "opensAt",
  "closesAt",
  "cardIds",
];

export function CreateRoundForm({ columns }: { columns: Column[] }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState("");
  const [method, setMethod] = useState<VoteMethod>("DOT_VOTING");
  const [pointsBudget, setPointsBudget] = useState("10");
  const [maxPointsPerItem, setMaxPointsPerItem] = useState("3");
  const [opensAt, setOpensAt] = useState(() => localInputValue(new Date()));
  const [closesAt, setClosesAt] = useState(() => localInputValue(new Date(Date.now() + 7 * 86_400_000)));
  const [hideResultsUntilClose, setHideResultsUntilClose] = useState(true);
  const [cardIds, setCardIds] = useState<Set<string>>(new Set());
  const [fairness, setFairness] = useState<TFairnessMode>("PER_MEMBER");
  const [weights, setWeights] = useState<Record<TOrganisationType, string>>(
    () => Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, "1"])) as Record<TOrganisationType, string>,
  );
  const { execute, result, isPending } = useAction(createRoundAction, {
    onSuccess: ({ data }) => {
      if (data) router.push(`/priorisation/scrutins/${data.id}`);
    },
  });

  const errors = fieldErrorsOf(result);
  const toggle = (ids: string[], on: boolean) =>
    setCardIds((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const dots = method === "DOT_VOTING";
    execute({
      title,
      question,
      method,
      pointsBudget: dots ? Number(pointsBudget) : null,
      maxPointsPerItem: dots ? Number(maxPointsPerItem) : null,
      opensAt: new Date(opensAt),
      closesAt: new Date(closesAt),
      hideResultsUntilClose,
      fairness,
      // Sent as typed; the server says in French what is wrong with a weight.
      typeWeights:
        fairness === "WEIGHTED_BY_TYPE"
          ? (Object.fromEntries(
              ORGANISATION_TYPES.map((type) => [
                type,
                weights[type].trim() === "" ? Number.NaN : Number(weights[type]),
              ]),
            ) as Record<TOrganisationType, number>)
          : null,
      cardIds: [...cardIds],
    });
  }

  const field = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    key: string,
    type: "text" | "datetime-local" = "text",
  ) => (
    <Input
      label={label}
      {...fieldState(errors?.[key])}
      nativeInputProps={{
        id,
        type,
        value,
        onChange: (event) => onChange(event.target.value),
        inputMode: type === "text" ? "numeric" : undefined,
        "aria-invalid": invalid(errors?.[key]),
      }}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <FormAlert result={result} besideFields={BESIDE_FIELDS} />
      <TextField
        id="scrutin-titre"
        label="Titre"
        value={title}
        onChange={setTitle}
        maxLength={140}
        errors={errors?.title}
      />
      <TextAreaField
        id="scrutin-question"
        label="Question posée aux membres"
        value={question}
        onChange={setQuestion}
        rows={2}
        maxLength={600}
        errors={errors?.question}
      />
      <RadioButtons
        legend="Méthode"
        name="methode"
        orientation="horizontal"
        {...fieldState(errors?.method)}
        options={enumValues(VoteMethod).map((value) => ({
          label: METHOD_LABELS[value],
          nativeInputProps: { value, checked: method === value, onChange: () => setMethod(value) },
        }))}
      />
      {method === "DOT_VOTING" ? (
        <div className="grid gap-4 md:grid-cols-2">
          {field(
            "scrutin-budget",
            fairness === "PER_ORGANISATION" ? "Points par organisation" : "Points par membre",
            pointsBudget,
            setPointsBudget,
            "pointsBudget",
          )}
          {field(
            "scrutin-maximum",
            "Points au plus par carte",
            maxPointsPerItem,
            setMaxPointsPerItem,
            "maxPointsPerItem",
          )}
        </div>
      ) : null}
      <RadioButtons
        legend="Décompte des voix"
        name="equite"
        {...fieldState(errors?.fairness)}
        options={FAIRNESS_MODES.map((value) => ({
          label: FAIRNESS_LABELS[value],
          hintText: FAIRNESS_HINTS[value],
          nativeInputProps: { value, checked: fairness === value, onChange: () => setFairness(value) },
        }))}
      />
      {fairness === "WEIGHTED_BY_TYPE" ? (
        <fieldset
          className="fr-fieldset rounded border border-gray-200 p-3"
          aria-describedby={errors?.typeWeights?.length ? "poids-erreur" : undefined}
        >
          <legend className="fr-fieldset__legend">
            Poids par type d&apos;organisation (entier de 0 à {MAX_TYPE_WEIGHT})
          </legend>
          {errors?.typeWeights?.length ? (
            <p id="poids-erreur" className="fr-message fr-message--error w-full">
              {errors.typeWeights.join(" ")}
            </p>
          ) : null}
          <div className="grid w-full gap-3 sm:grid-cols-2 md:grid-cols-3">
            {ORGANISATION_TYPES.map((type) => (
              <Input
                key={type}
                label={ORGANISATION_TYPE_LABELS[type]}
                nativeInputProps={{
                  id: `poids-${type}`,
                  inputMode: "numeric",
                  value: weights[type],
                  "aria-invalid": invalid(errors?.typeWeights),
                  onChange: (e) => setWeights((current) => ({ ...current, [type]: e.target.value })),
                }}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {field("scrutin-ouverture", "Ouverture", opensAt, setOpensAt, "opensAt", "datetime-local")}
        {field("scrutin-cloture", "Clôture", closesAt, setClosesAt, "closesAt", "datetime-local")}
      </div>
      <CheckboxField
        id="scrutin-resultats-masques"
        label="Masquer les résultats jusqu'à la clôture"
        checked={hideResultsUntilClose}
        onChange={setHideResultsUntilClose}
      />
      <fieldset className="fr-fieldset" aria-describedby={errors?.cardIds?.length ? "cartes-erreur" : undefined}>
        <legend className="fr-fieldset__legend">
          Cartes à départager ({cardIds.size} choisie{cardIds.size > 1 ? "s" : ""})
        </legend>
        {errors?.cardIds?.length ? (
          <p id="cartes-erreur" className="fr-message fr-message--error w-full">
            {errors.cardIds.join(" ")}
          </p>
        ) : null}
        <div className="grid w-full gap-4 md:grid-cols-2">
          {columns
            .filter((column) => column.cards.length > 0)
            .map((column) => (
              <div key={column.id} className="rounded border border-gray-200 p-3">
                <Checkbox
                  legend={column.name}
                  small
                  options={[
                    {
                      label: (
                        <>
                          Toute la colonne<span className="fr-sr-only"> « {column.name} »</span>
                        </>
                      ),
                      nativeInputProps: {
                        checked: column.cards.every((card) => cardIds.has(card.id)),
                        onChange: (e) =>
                          toggle(
                            column.cards.map((card) => card.id),
                            e.target.checked,
                          ),
                      },
                    },
                    ...column.cards.map((card) => ({
                      label: card.title,
                      nativeInputProps: {
                        checked: cardIds.has(card.id),
                        onChange: (e: ChangeEvent<HTMLInputElement>) => toggle([card.id], e.target.checked),
                      },
                    })),
                  ]}
                />
              </div>
            ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Création…" : "Créer le scrutin"}
      </Button>
    </form>
  );
}
