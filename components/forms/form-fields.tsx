"use client";
import type { ReactNode } from "react";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";

/** The French messages zod gave for each field of an action's input (next-safe-action's flattened fieldErrors). */
export type TFieldErrors = Record<string, string[] | undefined> | undefined;

/**
 * The DSFR state of a field from its messages: in error, the message sits under the field and the DSFR component ties
 * it to the field with aria-describedby. Spread it on any DSFR Input, Select, Checkbox or RadioButtons.
 */
export function fieldState(errors: string[] | undefined): { state: "error" | "default"; stateRelatedMessage?: string } {
  return errors?.length ? { state: "error", stateRelatedMessage: errors.join(" ") } : { state: "default" };
}

/** aria-invalid for the native control, which the DSFR components leave out. */
export function invalid(errors: string[] | undefined): true | undefined {
  return errors?.length ? true : undefined;
}

type Base = { id: string; label: ReactNode; hint?: ReactNode; errors?: string[] };
type TextProps = Base & { value: string; onChange: (value: string) => void; maxLength?: number };

export function TextField(
  props: TextProps & { type?: "text" | "url" | "email" | "number" | "date"; autoComplete?: string },
) {
  const { id, label, hint, errors } = props;
  return (
    <Input
      label={label}
      hintText={hint}
      {...fieldState(errors)}
      nativeInputProps={{
        id,
        type: props.type ?? "text",
        value: props.value,
        maxLength: props.maxLength,
        autoComplete: props.autoComplete,
        onChange: (event) => props.onChange(event.target.value),
        "aria-invalid": invalid(errors),
      }}
    />
  );
}

export function TextAreaField(props: TextProps & { rows?: number }) {
  const { id, label, hint, errors } = props;
  return (
    <Input
      textArea
      label={label}
      hintText={hint}
      {...fieldState(errors)}
      nativeTextAreaProps={{
        id,
        value: props.value,
        rows: props.rows ?? 4,
        maxLength: props.maxLength,
        onChange: (event) => props.onChange(event.target.value),
        "aria-invalid": invalid(errors),
      }}
    />
  );
}

export function SelectField(
  props: Base & { value: string; onChange: (value: string) => void; options: [string, string][] },
) {
  const { id, label, hint, errors } = props;
  return (
    <Select
      label={label}
      hint={hint}
      {...fieldState(errors)}
      nativeSelectProps={{
        id,
        value: props.value,
        onChange: (event) => props.onChange(event.target.value),
        "aria-invalid": invalid(errors),
      }}
    >
      {props.options.map(([value, optionLabel]) => (
        <option key={value} value={value}>
          {optionLabel}
        </option>
      ))}
    </Select>
  );
}

/** Several choices among a list: a DSFR fieldset of checkboxes, its error under the group. */
export function CheckboxGroupField({
  id,
  label,
  hint,
  errors,
  options,
  value,
  onChange,
  columns = false,
}: Base & { options: [string, ReactNode][]; value: string[]; onChange: (value: string[]) => void; columns?: boolean }) {
  return (
    <Checkbox
      id={id}
      legend={label}
      hintText={hint}
      {...fieldState(errors)}
      orientation={columns ? "vertical" : "horizontal"}
      options={options.map(([optionValue, optionLabel]) => ({
        label: optionLabel,
        nativeInputProps: {
          value: optionValue,
          checked: value.includes(optionValue),
          onChange: (event) =>
            onChange(event.target.checked ? [...value, optionValue] : value.filter((entry) => entry !== optionValue)),
        },
      }))}
    />
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  errors,
  checked,
  onChange,
}: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    // The DSFR names the box `${id}-0` and ties its label to that name.
    <Checkbox
      id={id}
      {...fieldState(errors)}
      options={[
        { label, hintText: hint, nativeInputProps: { checked, onChange: (event) => onChange(event.target.checked) } },
      ]}
    />
  );
}
