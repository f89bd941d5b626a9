import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "./connection.ts";
import { createPrismaClient } from "./create-client.ts";

type Ack =
  | { kind: "ready"; useCaseId: string; roundId: string }
  | { kind: "vote"; cardId: string; grade: string }
  | { kind: "sheet"; number: number; context: string };

// Not on the PostgreSQL pass, where the suite is skipped and so are its hooks.
const dir = process.env.TEST_DATABASE_URL ? "" : mkdtempSync(path.join(os.tmpdir(), "atelier-crash-"));
afterAll(() => (dir ? rmSync(dir, { recursive: true, force: true }) : undefined));

// The embedded database only: PostgreSQL's own durability is not ours to test.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("a server killed in the middle of writes", () => {
  it("loses no acknowledged vote or sheet save, and the embedded database reopens cleanly", async () => {
    const env = { ...process.env, PGLITE_DATA_DIR: dir, DATABASE_URL: "" };
    execFileSync("npx", ["tsx", "scripts/db.ts", "prepare"], { env, stdio: "ignore" });

    // The writer runs the real domain code in its own process, as the server does.
    const writer = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/crash-writer.ts"],
      { env, stdio: ["ignore", "pipe", "inherit"] },
    );
    const acks: Ack[] = [];
    await new Promise<void>((resolve, reject) => {
      writer.once("error", reject);
      writer.once("exit", (code) => reject(new Error(`le processus d'écriture s'est arrêté seul (code ${code})`)));
      createInterface({ input: writer.stdout! }).on("line", (line) => {
        if (!line.startsWith("{")) return;
        acks.push(JSON.parse(line) as Ack);
        // Killed at an arbitrary point after enough writes, without any chance to flush or close.
        if (acks.length === 61) {
          writer.removeAllListeners("exit");
          writer.kill("SIGKILL");
          writer.once("exit", () => resolve());
        }
      });
    });

    const reopened = await openPglite(dir);
    const db = createPrismaClient(reopened.adapterFactory);
    try {
      const ready = acks[0] as Extract<Ack, { kind: "ready" }>;
      const votes = acks.filter((ack): ack is Extract<Ack, { kind: "vote" }> => ack.kind === "vote");
      const lastGrade = new Map<string, string>();
      for (const ack of votes) lastGrade.set(ack.cardId, ack.grade);
      // The writer cycles through the cards: the one after the last acknowledged vote may have been written
      // unacknowledged.
      const inFlight = votes[votes.length - lastGrade.size].cardId;
      const ballot = await db.ballot.findFirstOrThrow({
        where: { roundId: ready.roundId, user: { email: "hugo.martin@dgefp.example.org" } },
        include: { entries: true },
      });
      for (const [cardId, grade] of lastGrade) {
        const stored = ballot.entries.find((entry) => entry.cardId === cardId)?.grade;
        if (cardId === inFlight) expect(stored, `mention de ${cardId}`).toBeDefined();
        else expect(stored, `mention de ${cardId}`).toBe(grade);
      }
      const saved = acks.filter((ack): ack is Extract<Ack, { kind: "sheet" }> => ack.kind === "sheet");
      const revisions = await db.useCaseRevision.findMany({
        where: { useCaseId: ready.useCaseId },
        select: { number: true, content: true },
      });
      const stored = new Map(
        revisions.map((revision) => [revision.number, (revision.content as { context: string }).context]),
      );
      for (const ack of saved) expect(stored.get(ack.number), `version ${ack.number}`).toBe(ack.context);
      expect(Math.max(...stored.keys())).toBeGreaterThanOrEqual(saved.at(-1)!.number);
    } finally {
      await db.$disconnect();
      await reopened.close();
    }
  }, 180_000);
});
