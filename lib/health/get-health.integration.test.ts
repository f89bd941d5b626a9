import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openPostgres, type OpenedDatabase } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { installTestDatabase } from "@/lib/db/client.ts";
import { HEALTH_REASONS, getHealth } from "./get-health.ts";

const PASSWORD = "motdepasse-secret-42";

function install(opened: OpenedDatabase) {
  installTestDatabase(createPrismaClient(opened.adapterFactory), opened);
}

async function pglite(setup?: (database: PGlite) => Promise<unknown>) {
  const database = new PGlite();
  await database.waitReady;
  await setup?.(database);
  const opened: OpenedDatabase = {
    kind: "pglite",
    adapterFactory: new PrismaPGlite(database),
    close: () => database.close(),
  };
  return { database, opened };
}

const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`;

/**
 * The answer gives a fixed French reason and a reference, nothing of the raw
 * error (host, user, database, SQL); the log has the reference and the raw
 * error, never the password.
 */
async function expectFailure(reason: string, secrets: string[]) {
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  const health = await getHealth();
  expect(health).toEqual({
    status: "error",
    database: expect.any(String),
    reason,
    reference: expect.stringMatching(/^[0-9a-f]{8}$/),
  });
  expect(Object.values(HEALTH_REASONS)).toContain(health.status === "error" && health.reason);
  const logged = log.mock.calls.map((call) => call.join(" ")).join("\n");
  expect(logged).toContain(health.status === "error" ? health.reference : "?");
  for (const secret of [PASSWORD, ...secrets]) expect(JSON.stringify(health)).not.toContain(secret);
  expect(logged).not.toContain(PASSWORD);
}

describe("getHealth on the test database", () => {
  it("reports the database kind and the number of applied migrations", async () => {
    const health = await getHealth();
    expect(health).toEqual({
      status: "ok",
      database: process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
      migrations: expect.any(Number),
    });
    expect(health.status === "ok" && health.migrations).toBeGreaterThanOrEqual(1);
  });
});

describe("getHealth when the database fails", () => {
  afterEach(() => vi.restoreAllMocks());

  it("says « base de données injoignable » for a PostgreSQL server that refuses connections", async () => {
    // Port 9 (discard) is closed on loopback: the connection is refused at once.
    install(openPostgres(`postgresql://utilisateur-secret:${PASSWORD}@127.0.0.1:9/base-secrete?connect_timeout=2`));
    await expectFailure(HEALTH_REASONS.unreachable, ["utilisateur-secret", "base-secrete", "127.0.0.1"]);
  });

  it("says « base de données injoignable » for a closed embedded database", async () => {
    const { database, opened } = await pglite();
    await database.close();
    install(opened);
    await expectFailure(HEALTH_REASONS.unreachable, []);
  });

  it("says « migrations en attente » when the migrations table is missing or a migration is not applied", async () => {
    install((await pglite()).opened);
    await expectFailure(HEALTH_REASONS.pendingMigrations, ["_prisma_migrations", "relation"]);

    install(
      (
        await pglite(async (database) => {
          await database.exec(MIGRATIONS_TABLE);
          await database.exec(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES ('1', 'x', now(), '20261122064406_init')`,
          );
        })
      ).opened,
    );
    await expectFailure(HEALTH_REASONS.pendingMigrations, ["20261122110329_vote_round_schedule"]);
  });

  it("says « migration interrompue » when a migration started and never finished", async () => {
    install(
      (
        await pglite(async (database) => {
          await database.exec(MIGRATIONS_TABLE);
          await database.exec(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs) VALUES ('1', 'x', NULL, '20261122064406_init', 'ERROR: secret détail SQL')`,
          );
        })
      ).opened,
    );
    await expectFailure(HEALTH_REASONS.failedMigration, ["secret détail SQL", "20261122064406_init"]);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "says « authentification à la base de données refusée » for a wrong password",
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.password = PASSWORD;
      install(openPostgres(url.toString()));
      await expectFailure(HEALTH_REASONS.authentication, [url.username, url.pathname.slice(1)]);
    },
  );
});
