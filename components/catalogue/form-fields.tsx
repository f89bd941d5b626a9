"use client";
import type { ReactNode } from "react";

/** The French messages zod gave for one field, shown right under it and tied to it for screen readers. */
export type TFieldErrors = Record<string, string[] | undefined> | undefined;

const INPUT = "w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2 aria-[invalid=true]:border-[#ce0500]";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return <p id={id} className="mt-1 text-sm font-medium text-[#ce0500]">{errors.join(" ")}</p>;
}

type Base = { id: string; label: string; hint?: string; errors?: string[] };

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-aide` : null, errors?.length ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, hint }: Base) {
  return (
    <>
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      {hint && <p id={`${id}-aide`} className="mb-1 text-sm text-gray-700">{hint}</p>}
    </>
  );
}

export function TextField(props: Base & { value: string; onChange: (value: string) => void; maxLength?: number; type?: "text" | "url" }) {
  const { id, hint, errors } = props;
  return (
    <div>
      <Label {...props} />
      <input id={id} type={props.type ?? "text"} value={props.value} maxLength={props.maxLength} onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={INPUT} />
      <FieldError id={`${id}-erreur`} errors={errors} />
    </div>
  );
}

export function TextAreaField(props: Base & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  const { id, hint, errors } = props;
  return (
    <div>
      <Label {...props} />
      <textarea id={id} value={props.value} rows={props.rows ?? 4} maxLength={props.maxLength} onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={INPUT} />
      <FieldError id={`${id}-erreur`} errors={errors} />
    </div>
  );
}

export function SelectField(props: Base & { value: string; onChange: (value: string) => void; options: [string, string][] }) {
  const { id, hint, errors } = props;
  return (
    <div>
      <Label {...props} />
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={INPUT}>
        {props.options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <FieldError id={`${id}-erreur`} errors={errors} />
    </div>
  );
}

/** Several choices among a list: a fieldset of checkboxes, its error under the legend. */
export function CheckboxGroupField({ id, label, hint, errors, options, value, onChange, columns = false }: Base & { options: [string, ReactNode][]; value: string[]; onChange: (value: string[]) => void; columns?: boolean }) {
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)}>
      <legend className="mb-1 font-medium">{label}</legend>
      {hint && <p id={`${id}-aide`} className="mb-1 text-sm text-gray-700">{hint}</p>}
      <FieldError id={`${id}-erreur`} errors={errors} />
      <ul className={columns ? "grid gap-1 md:grid-cols-2" : "flex flex-wrap gap-x-6 gap-y-1"}>
        {options.map(([optionValue, optionLabel]) => (
          <li key={optionValue}>
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={value.includes(optionValue)}
                onChange={(event) => onChange(event.target.checked ? [...value, optionValue] : value.filter((entry) => entry !== optionValue))} />
              <span>{optionLabel}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function CheckboxField({ id, label, hint, errors, checked, onChange }: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2 font-medium">
        <input id={id} type="checkbox" className="mt-1" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={describedBy(id, hint, errors)} />
        <span>{label}</span>
      </label>
      {hint && <p id={`${id}-aide`} className="ml-6 text-sm text-gray-700">{hint}</p>}
      <FieldError id={`${id}-erreur`} errors={errors} />
    </div>
  );
}
