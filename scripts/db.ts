// Database commands. Run through npm scripts: db:migrate, db:migration:create,
// db:seed, db:reset, db:backup, db:restore, and `prepare` before `npm start` (`prepare --dev` before `npm run dev`).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { createMigration, applyMigrations } from "@/lib/db/migrate.ts";
import {
  databaseKind,
  openDatabase,
  openPglite,
  pgliteDataDir,
  acquireDataDirLock,
  type OpenedDatabase,
} from "@/lib/db/connection.ts";
import { dumpPglite, dumpPostgres, restorePglite, restorePostgres } from "@/lib/db/backup.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { skipMigrationsAtStart, withMigrationLock } from "@/lib/db/migration-lock.ts";
import { seedDemoContent } from "@/lib/seed/seed.ts";
import { checkStartupConfig, env } from "@/lib/config/env.ts";
import { demoModeOf } from "@/lib/config/env-schema.ts";

const [command, ...args] = process.argv.slice(2);

async function migrateAndMaybeSeed({ seed }: { seed: "always" | "if-empty" | "never" }) {
  const database = await openDatabase();
  try {
    // On PostgreSQL several instances may prepare at once: one migrates (and seeds), the others wait for it.
    await (database.url
      ? withMigrationLock(database.url, () => migrateAndSeed(database, seed))
      : migrateAndSeed(database, seed));
  } finally {
    await database.close();
  }
}

async function migrateAndSeed(database: OpenedDatabase, seed: "always" | "if-empty" | "never") {
  const applied = await applyMigrations(database.adapterFactory);
  console.log(
    applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base à jour, aucune migration à appliquer.",
  );
  if (seed === "never") return;
  const db = createPrismaClient(database.adapterFactory);
  try {
    const empty = (await db.organisation.count()) === 0;
    if (seed === "always" || (seed === "if-empty" && empty)) {
      const { created } = await seedDemoContent(db);
      console.log(
        Object.keys(created).length
          ? `Contenu de démonstration créé : ${JSON.stringify(created)}`
          : "Contenu de démonstration déjà présent.",
      );
    }
  } finally {
    await db.$disconnect();
  }
}

async function confirm(question: string, command: string): Promise<boolean> {
  if (args.includes("--yes")) return true;
  if (!process.stdin.isTTY) throw new Error(`${command} demande une confirmation : relancez avec --yes.`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`${question} Tapez « oui » pour confirmer : `);
  rl.close();
  return answer.trim().toLowerCase() === "oui";
}

async function backup() {
  const file =
    args.find((arg) => !arg.startsWith("--")) ??
    path.join("backups", `atelier-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}.sql`);
  const url = env().DATABASE_URL;
  let sql: string;
  if (url) {
    sql = await dumpPostgres(url);
  } else {
    // Takes the lock: a running server must be stopped (PGlite allows one process).
    const database = await openPglite();
    try {
      sql = await dumpPglite(database.pglite);
    } finally {
      await database.close();
    }
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, sql);
  console.log(
    `Sauvegarde écrite : ${file} (${Math.round(sql.length / 1024)} Ko, ${url ? "PostgreSQL" : "base embarquée"}).`,
  );
}

async function restore() {
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("Usage : npm run db:restore -- <fichier.sql> [--yes]");
  const sql = await readFile(file, "utf8");
  const url = env().DATABASE_URL;
  if (
    !(await confirm(
      `Remplacer tout le contenu de ${url ? "la base PostgreSQL" : pgliteDataDir()} par ${file} ?`,
      "db:restore",
    ))
  ) {
    console.log("Abandon, rien n'a été modifié.");
    return;
  }
  if (url) {
    await restorePostgres(url, sql);
  } else {
    const database = await openPglite();
    try {
      await restorePglite(database.pglite, sql);
    } finally {
      await database.close();
    }
  }
  console.log(`Base restaurée depuis ${file}.`);
}

async function reset() {
  if (databaseKind() !== "pglite") {
    throw new Error("db:reset ne concerne que la base embarquée : il refuse d'agir quand DATABASE_URL est défini.");
  }
  const dir = pgliteDataDir();
  if (!(await confirm(`Effacer toutes les données de ${dir} ?`, "db:reset"))) {
    console.log("Abandon, rien n'a été effacé.");
    return;
  }
  // Take the lock first so that a running server is not wiped from under it.
  acquireDataDirLock(dir)();
  await rm(dir, { recursive: true, force: true });
  console.log(`${dir} effacé.`);
  await migrateAndMaybeSeed({ seed: "always" });
}

/**
 * Runs before the server: `--dev` before `next dev`, nothing before `next start`. It validates the
 * configuration the server will see (NODE_ENV is set here as Next will set it), then migrates, and seeds
 * the demo content on an empty database in demo mode only.
 */
async function prepare() {
  const serverEnv = { ...process.env, NODE_ENV: args.includes("--dev") ? "development" : "production" };
  checkStartupConfig(serverEnv);
  const demo = demoModeOf(serverEnv);
  if (demo && serverEnv.NODE_ENV === "production")
    console.log("Mode démonstration imposé par DEMO_MODE=1 sur un serveur de production.");
  // A PaaS that migrates in a release step (`npm run db:migrate`) starts its instances with this set.
  if (databaseKind() === "postgresql" && skipMigrationsAtStart()) {
    console.log("SKIP_MIGRATIONS_AT_START : migrations laissées à l'étape de déploiement.");
    return;
  }
  await migrateAndMaybeSeed({ seed: demo ? "if-empty" : "never" });
}

try {
  switch (command) {
    case "migrate":
      await migrateAndMaybeSeed({ seed: "never" });
      break;
    case "prepare":
      await prepare();
      break;
    case "seed":
      await migrateAndMaybeSeed({ seed: "always" });
      break;
    case "reset":
      await reset();
      break;
    case "backup":
      await backup();
      break;
    case "restore":
      await restore();
      break;
    case "migration:create": {
      const name = args[0];
      if (!name) throw new Error("Usage : npm run db:migration:create -- <nom>");
      const folder = await createMigration(name);
      console.log(
        folder
          ? `Migration créée : prisma/migrations/${folder}`
          : "Le schéma et les migrations sont déjà d'accord : aucune migration créée.",
      );
      break;
    }
    default:
      throw new Error(
        `Commande inconnue : ${command ?? "(aucune)"}. Attendu : migrate, prepare, seed, reset, backup, restore, migration:create.`,
      );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
