// Used by lib/db/crash-safety.integration.test.ts: writes votes and sheet
// revisions without end on the embedded database (PGLITE_DATA_DIR) and prints
// one JSON line per acknowledged (committed) write, until it is killed.
import { db } from "@/lib/db/client.ts";
import { castVote } from "@/lib/rounds/cast-vote.ts";
import { GRADES } from "@/lib/rounds/tally.ts";
import { DEMO_OPEN_ROUND } from "@/lib/seed/seed-rounds.ts";
import { createSheet, EMPTY_SHEET_CONTENT } from "@/lib/sheets/create-sheet.ts";
import { saveSheet } from "@/lib/sheets/save-sheet.ts";

const user = await db.user.findUniqueOrThrow({ where: { email: "hugo.martin@dgefp.example.org" } });
const actor = { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
const round = await db.voteRound.findFirstOrThrow({
  where: { title: DEMO_OPEN_ROUND },
  select: { id: true, items: { select: { cardId: true } } },
});
const header = {
  title: "Fiche écrite pendant un arrêt brutal",
  summary: "Chaque version enregistrée doit survivre à l'arrêt du serveur.",
};
const sheet = await createSheet({ actor, input: header });
let baseRevisionId = (
  await db.useCaseRevision.findFirstOrThrow({ where: { useCaseId: sheet.id }, select: { id: true } })
).id;
console.log(JSON.stringify({ kind: "ready", useCaseId: sheet.id, roundId: round.id }));

for (let write = 0; ; write++) {
  const cardId = round.items[write % round.items.length].cardId;
  const grade = GRADES[write % GRADES.length];
  await castVote({ actor, input: { roundId: round.id, cardId, grade } });
  console.log(JSON.stringify({ kind: "vote", cardId, grade }));
  const context = `Version ${write}`;
  const { revision } = await saveSheet({
    actor,
    input: { useCaseId: sheet.id, baseRevisionId, ...header, content: { ...EMPTY_SHEET_CONTENT, context } },
  });
  baseRevisionId = revision.id;
  console.log(JSON.stringify({ kind: "sheet", number: revision.number, context }));
}
