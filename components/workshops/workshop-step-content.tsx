"use client";
import Link from "next/link";
import type { TWorkshopState } from "@/lib/workshops/get-workshop-state.ts";
import { formatDate } from "@/lib/format.ts";

/** Notes as the wall shows them: heads of groups, with how many duplicates were grouped under each. */
export function groupedNotes(workshop: TWorkshopState) {
  const heads = workshop.notes.filter((note) => !note.groupedIntoId);
  return heads.map((note) => ({
    ...note,
    duplicates: workshop.notes.filter((other) => other.groupedIntoId === note.id),
  }));
}

const dueLabel = (day: string) => formatDate(new Date(`${day}T12:00:00.000Z`));

/** Decisions and actions recorded so far (projection, participant and facilitator views, minutes). */
export function WorkshopItemsList({ workshop, dark = false }: { workshop: TWorkshopState; dark?: boolean }) {
  const decisions = workshop.items.filter((item) => item.kind === "DECISION");
  const actions = workshop.items.filter((item) => item.kind === "ACTION");
  const linkClass = dark ? "text-white underline" : "";
  const linkTo = (link: TWorkshopState["items"][number]["link"]) =>
    link ? (
      <>
        {" "}
        ·{" "}
        <Link href={link.href} className={linkClass}>
          {link.title}
        </Link>
      </>
    ) : null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="titre-decisions">
        <h2 id="titre-decisions" className={`mb-3 text-2xl ${dark ? "text-white" : ""}`}>
          Décisions ({decisions.length})
        </h2>
        {decisions.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {decisions.map((item) => (
              <li key={item.id}>
                {item.text}
                {linkTo(item.link)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune décision pour l&apos;instant.</p>
        )}
      </section>
      <section aria-labelledby="titre-actions">
        <h2 id="titre-actions" className={`mb-3 text-2xl ${dark ? "text-white" : ""}`}>
          Actions ({actions.length})
        </h2>
        {actions.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {actions.map((item) => (
              <li key={item.id}>
                {item.text} — <strong>{item.owner}</strong>, pour le {item.dueOn ? dueLabel(item.dueOn) : "—"}
                {linkTo(item.link)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune action pour l&apos;instant.</p>
        )}
      </section>
    </div>
  );
}
