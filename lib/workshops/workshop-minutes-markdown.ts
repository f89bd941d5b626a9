import { formatDate, formatDateTime } from "@/lib/format.ts";
import type { VoteMethod } from "@/lib/db/enums.ts";
import { GRADE_LABELS, type TGrade } from "@/lib/rounds/tally.ts";
import { LINK_TYPE_LABELS, type TLinkType } from "./workshop-links.ts";

export type TWorkshopMinutes = {
  id: string;
  title: string;
  scheduledAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  participants: { total: number; groups: { label: string; count: number }[]; rule: string };
  notes: { text: string; duplicates: number; irritant: { title: string; href: string } | null }[];
  vote: null | {
    question: string;
    method: VoteMethod;
    voters: number;
    revealed: boolean;
    ranking: { rank: number; title: string; score: string }[];
    breakdown: { label: string; voters: number; leader: string | null }[];
    breakdownRule: string;
  };
  decisions: { text: string; link: { type: TLinkType; title: string; href: string } | null }[];
  actions: {
    text: string;
    owner: string;
    dueOn: string;
    link: { type: TLinkType; title: string; href: string } | null;
  }[];
};

/** Markdown has no escaping of its own for free text: characters that would start markup are backslashed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_{}[\]()<>#+\-.!|~])/g, "\\$1");
}

const link = (target: { title: string; href: string }, base: string) =>
  `[${escapeMarkdown(target.title)}](${base}${target.href})`;
const dueDate = (day: string) => formatDate(new Date(`${day}T12:00:00.000Z`));

export function scoreLabel(entry: { points: number } | { majorityGrade: TGrade }): string {
  return "points" in entry
    ? `${entry.points} point${entry.points > 1 ? "s" : ""}`
    : `mention majoritaire « ${GRADE_LABELS[entry.majorityGrade]} »`;
}

/** The minutes as a Markdown document (download and e-mail); `base` is the app's address for absolute links. */
export function workshopMinutesMarkdown(minutes: TWorkshopMinutes, base: string): string {
  const lines: string[] = [];
  lines.push(`# Compte rendu : ${escapeMarkdown(minutes.title)}`, "");
  lines.push(
    `Atelier du ${formatDate(minutes.scheduledAt)}${minutes.openedAt ? `, ouvert le ${formatDateTime(minutes.openedAt)}` : ""}${minutes.closedAt ? `, clos le ${formatDateTime(minutes.closedAt)}` : ""}.`,
    "",
  );

  lines.push("## Participants", "");
  lines.push(`${minutes.participants.total} participant${minutes.participants.total > 1 ? "s" : ""}.`, "");
  if (minutes.participants.groups.length) {
    lines.push("| Type d'organisation | Participants |", "|---|---|");
    for (const group of minutes.participants.groups) lines.push(`| ${escapeMarkdown(group.label)} | ${group.count} |`);
    lines.push("");
  }
  lines.push(`_${escapeMarkdown(minutes.participants.rule)}_`, "");

  lines.push("## Notes collectées", "");
  if (!minutes.notes.length) lines.push("Aucune note.", "");
  for (const note of minutes.notes) {
    const extra = [
      note.duplicates
        ? `${note.duplicates} doublon${note.duplicates > 1 ? "s" : ""} regroupé${note.duplicates > 1 ? "s" : ""}`
        : "",
      note.irritant ? `devenue l'irritant ${link(note.irritant, base)}` : "",
    ].filter(Boolean);
    lines.push(`- ${escapeMarkdown(note.text)}${extra.length ? ` (${extra.join(" ; ")})` : ""}`);
  }
  if (minutes.notes.length) lines.push("");

  lines.push("## Vote", "");
  if (!minutes.vote) lines.push("Aucun vote pendant cet atelier.", "");
  else if (!minutes.vote.revealed) lines.push(`${escapeMarkdown(minutes.vote.question)} : résultats non dévoilés.`, "");
  else {
    const vote = minutes.vote;
    lines.push(
      `${escapeMarkdown(vote.question)} (${vote.method === "DOT_VOTING" ? "vote par points" : "jugement majoritaire"}, ${vote.voters} votant${vote.voters > 1 ? "s" : ""}).`,
      "",
    );
    lines.push("| Rang | Carte | Résultat |", "|---|---|---|");
    for (const entry of vote.ranking) lines.push(`| ${entry.rank} | ${escapeMarkdown(entry.title)} | ${entry.score} |`);
    lines.push("");
    if (vote.breakdown.length) {
      lines.push("| Type d'organisation | Votants | Carte en tête |", "|---|---|---|");
      for (const group of vote.breakdown)
        lines.push(
          `| ${escapeMarkdown(group.label)} | ${group.voters} | ${group.leader ? escapeMarkdown(group.leader) : "—"} |`,
        );
      lines.push("");
    }
    lines.push(`_${escapeMarkdown(vote.breakdownRule)}_`, "");
  }

  lines.push("## Décisions", "");
  if (!minutes.decisions.length) lines.push("Aucune décision.", "");
  for (const decision of minutes.decisions)
    lines.push(
      `- ${escapeMarkdown(decision.text)}${decision.link ? ` (${LINK_TYPE_LABELS[decision.link.type].toLowerCase()} ${link(decision.link, base)})` : ""}`,
    );
  if (minutes.decisions.length) lines.push("");

  lines.push("## Actions", "");
  if (!minutes.actions.length) lines.push("Aucune action.", "");
  else {
    lines.push("| Action | Responsable | Échéance | Lien |", "|---|---|---|---|");
    for (const action of minutes.actions)
      lines.push(
        `| ${escapeMarkdown(action.text)} | ${escapeMarkdown(action.owner)} | ${dueDate(action.dueOn)} | ${action.link ? link(action.link, base) : "—"} |`,
      );
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
