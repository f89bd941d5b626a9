"use client";
import { useId } from "react";
import { Markdown } from "@/components/markdown.tsx";

/** A Markdown textarea with its live preview beside it. */
export function MarkdownField({ label, hint, value, onChange, rows = 6, name }: { label: string; hint?: string; value: string; onChange: (value: string) => void; rows?: number; name: string }) {
  const id = useId();
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="mb-1 block font-medium">
          {label}
          {hint && <span className="block text-sm font-normal text-gray-700">{hint}</span>}
        </label>
        <textarea id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} rows={rows}
          className="w-full rounded-t border-b-2 border-gray-800 bg-gray-100 px-3 py-2 font-mono text-sm" />
      </div>
      <div role="region" aria-label={`Aperçu : ${label}`} className="min-h-16 rounded border border-dashed border-gray-300 bg-white p-3 text-sm">
        {value.trim() ? <Markdown source={value} /> : <p className="text-gray-600">Aperçu (Markdown)</p>}
      </div>
    </div>
  );
}
