"use client";
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { FrIconClassName, RiIconClassName } from "@codegouvfr/react-dsfr";
import { applyMarkdownFormat, type TMarkdownEdit, type TMarkdownFormat } from "@/lib/markdown/apply-markdown-format.ts";
import { Markdown } from "@/components/markdown.tsx";

const TOOLS: { format: TMarkdownFormat; label: string; icon: FrIconClassName | RiIconClassName; shortcut?: string }[] =
  [
    { format: "bold", label: "Gras", icon: "ri-bold", shortcut: "b" },
    { format: "italic", label: "Italique", icon: "ri-italic", shortcut: "i" },
    { format: "heading", label: "Intertitre", icon: "ri-heading" },
    { format: "bulletList", label: "Liste à puces", icon: "ri-list-unordered" },
    { format: "numberedList", label: "Liste numérotée", icon: "ri-list-ordered" },
    { format: "link", label: "Lien", icon: "ri-link", shortcut: "k" },
    { format: "quote", label: "Citation", icon: "ri-double-quotes-l" },
  ];

/**
 * Applies one edit to the textarea as typing would: `insertText` keeps it in the browser's undo history (Ctrl+Z undoes
 * the formatting in one step) and fires the input event React listens to. Where the command is missing, the new value
 * goes through onChange and the selection is restored once React has rendered it.
 */
function applyToTextarea(area: HTMLTextAreaElement, change: TMarkdownEdit, onChange: (value: string) => void): boolean {
  area.focus();
  area.setSelectionRange(change.replaceStart, change.replaceEnd);
  // execCommand is deprecated but still the only way to edit a textarea undoably; nothing replaces it yet.
  const inserted =
    typeof document.execCommand === "function" && document.execCommand("insertText", false, change.insertion);
  if (inserted && area.value === change.text) {
    area.setSelectionRange(change.selectionStart, change.selectionEnd);
    return true;
  }
  onChange(change.text);
  return false;
}

/** A Markdown textarea with its formatting toolbar and its live preview beside it. */
export function MarkdownField({
  label,
  hint,
  value,
  onChange,
  rows = 6,
  name,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  name: string;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (!selection || !area.current) return;
    pendingSelection.current = null;
    area.current.setSelectionRange(...selection);
  }, [value]);

  function format(chosen: TMarkdownFormat) {
    const element = area.current;
    if (!element) return;
    const change = applyMarkdownFormat(element.value, element.selectionStart, element.selectionEnd, chosen);
    if (!applyToTextarea(element, change, onChange))
      pendingSelection.current = [change.selectionStart, change.selectionEnd];
  }

  function onTextareaKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const tool = TOOLS.find((entry) => entry.shortcut === event.key.toLowerCase());
    if (!tool) return;
    event.preventDefault();
    format(tool.format);
  }

  /** A toolbar is one tab stop: the arrows, Home and End move between its buttons (WAI-ARIA toolbar pattern). */
  function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined || current === -1) return;
    event.preventDefault();
    const next = buttons[(target + buttons.length) % buttons.length];
    buttons.forEach((button) => button.setAttribute("tabindex", button === next ? "0" : "-1"));
    next.focus();
  }

  const shortcutHint = (shortcut?: string) => (shortcut ? ` (Ctrl+${shortcut.toUpperCase()})` : "");
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <div className="fr-input-group">
        <label htmlFor={id} className="fr-label">
          {label}
          {hint && <span className="fr-hint-text">{hint}</span>}
        </label>
        <div
          ref={toolbar}
          role="toolbar"
          aria-label={`Mise en forme : ${label}`}
          aria-controls={id}
          onKeyDown={onToolbarKeyDown}
          className="mt-2 flex flex-wrap gap-1"
        >
          {TOOLS.map((tool, index) => (
            <Button
              key={tool.format}
              type="button"
              priority="tertiary"
              size="small"
              iconId={tool.icon}
              title={`${tool.label}${shortcutHint(tool.shortcut)}`}
              nativeButtonProps={{ "aria-label": tool.label, tabIndex: index === 0 ? 0 : -1 }}
              onClick={() => format(tool.format)}
            />
          ))}
        </div>
        {/* A textarea keeps its selection while a button has the focus: the button formats what was selected. */}
        <textarea
          id={id}
          name={name}
          value={value}
          rows={rows}
          ref={area}
          className="fr-input font-mono text-sm"
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onTextareaKeyDown}
        />
      </div>
      <div
        role="region"
        aria-label={`Aperçu : ${label}`}
        className="min-h-16 rounded border border-dashed border-gray-300 bg-white p-3 text-sm"
      >
        {value.trim() ? <Markdown source={value} /> : <p className="text-gray-600">Aperçu (Markdown)</p>}
      </div>
    </div>
  );
}
