import { mkdtemp, mkdir, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgres } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { installTestDatabase } from "@/lib/db/client.ts";
import { markShuttingDown } from "@/lib/lifecycle/shutdown-state.ts";
import { getReadiness, migrationsDirectory } from "./get-readiness.ts";

const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A migrations folder with the real ones plus `extra` more, as a newer build would ship. */
async function migrationsDirWith(extra: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atelier-migrations-"));
  created.push(dir);
  const names = (await readdir(migrationsDirectory(), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const name of [...names, ...extra]) await mkdir(path.join(dir, name));
  return dir;
}

// One file, in this order: the last two change process-wide state (draining, the database).
describe("getReadiness", () => {
  it("is ready when every migration of the build is applied", async () => {
    const expected = (await readdir(migrationsDirectory(), { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    ).length;
    expect(await getReadiness()).toEqual({ status: "ready", migrations: expected });
  });

  it("is not ready while one or several migrations are pending", async () => {
    expect(await getReadiness({ migrationsDir: await migrationsDirWith(["29991231000000_next"]) })).toEqual({
      status: "not-ready",
      reason: "Migrations en attente : 1.",
    });
    expect(
      await getReadiness({ migrationsDir: await migrationsDirWith(["29991231000000_a", "29991231000001_b"]) }),
    ).toEqual({ status: "not-ready", reason: "Migrations en attente : 2." });
  });

  it("is not ready once the instance drains", async () => {
    markShuttingDown();
    expect(await getReadiness()).toEqual({ status: "not-ready", reason: "Instance en cours d'arrêt." });
  });
});

describe("getReadiness with an unreachable database", () => {
  it("answers a French reason without the raw error", async () => {
    (globalThis as { __atelierShutdown?: { shuttingDown: boolean } }).__atelierShutdown!.shuttingDown = false;
    const opened = openPostgres("postgresql://nobody:secret-password@127.0.0.1:9/none?connect_timeout=2");
    installTestDatabase(createPrismaClient(opened.adapterFactory), opened);
    const readiness = await getReadiness();
    expect(readiness).toEqual({ status: "not-ready", reason: "Base de données injoignable." });
    expect(JSON.stringify(readiness)).not.toMatch(/127\.0\.0\.1|secret|ECONNREFUSED/);
  });
});
