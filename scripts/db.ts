// Database commands. Run through npm scripts: db:migrate, db:migration:create,
// db:seed, db:reset, and `prepare` before `npm run dev` / `npm start`.
import { rm } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { createMigration, applyMigrations } from "@/lib/db/migrate.ts";
import { databaseKind, openDatabase, pgliteDataDir, acquireDataDirLock } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";

const [command, ...args] = process.argv.slice(2);

async function migrateAndMaybeSeed({ seed }: { seed: "always" | "if-empty-embedded" | "never" }) {
  const database = await openDatabase();
  try {
    const applied = await applyMigrations(database.adapterFactory);
    console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base à jour, aucune migration à appliquer.");
    if (seed === "never") return;
    const db = createPrismaClient(database.adapterFactory);
    try {
      const empty = (await db.organisation.count()) === 0;
      if (seed === "always" || (empty && database.kind === "pglite")) {
        const { created } = await seedDemoContent(db);
        console.log(Object.keys(created).length ? `Contenu de démonstration créé : ${JSON.stringify(created)}` : "Contenu de démonstration déjà présent.");
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}

async function reset() {
  if (databaseKind() !== "pglite") {
    throw new Error("db:reset ne concerne que la base embarquée : il refuse d'agir quand DATABASE_URL est défini.");
  }
  const dir = pgliteDataDir();
  if (!args.includes("--yes")) {
    if (!process.stdin.isTTY) throw new Error("db:reset demande une confirmation : relancez avec --yes.");
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`Effacer toutes les données de ${dir} ? Tapez « oui » pour confirmer : `);
    rl.close();
    if (answer.trim().toLowerCase() !== "oui") {
      console.log("Abandon, rien n'a été effacé.");
      return;
    }
  }
  // Take the lock first so that a running server is not wiped from under it.
  acquireDataDirLock(dir)();
  await rm(dir, { recursive: true, force: true });
  console.log(`${dir} effacé.`);
  await migrateAndMaybeSeed({ seed: "always" });
}

try {
  switch (command) {
    case "migrate":
      await migrateAndMaybeSeed({ seed: "never" });
      break;
    case "prepare":
      await migrateAndMaybeSeed({ seed: "if-empty-embedded" });
      break;
    case "seed":
      await migrateAndMaybeSeed({ seed: "always" });
      break;
    case "reset":
      await reset();
      break;
    case "migration:create": {
      const name = args[0];
      if (!name) throw new Error("Usage : npm run db:migration:create -- <nom>");
      const folder = await createMigration(name);
      console.log(folder ? `Migration créée : prisma/migrations/${folder}` : "Le schéma et les migrations sont déjà d'accord : aucune migration créée.");
      break;
    }
    default:
      throw new Error(`Commande inconnue : ${command ?? "(aucune)"}. Attendu : migrate, prepare, seed, reset, migration:create.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
