import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirectoryBusyError } from "./connection.ts";

const run = promisify(execFile);
const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atelier-lock-"));
  created.push(dir);
  return dir;
};

describe("acquireDataDirLock", () => {
  it("writes the owner's pid and refuses a second opening", async () => {
    const dir = await tempDir();
    const release = acquireDataDirLock(dir);
    expect(await readFile(path.join(dir, "atelier.lock"), "utf8")).toBe(String(process.pid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirectoryBusyError);
    release();
    acquireDataDirLock(dir)();
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const dir = await tempDir();
    // Pids are below 2^22 on Linux: this one cannot be alive.
    await writeFile(path.join(dir, "atelier.lock"), "99999999");
    const release = acquireDataDirLock(dir);
    expect(await readFile(path.join(dir, "atelier.lock"), "utf8")).toBe(String(process.pid));
    release();
  });

  it("makes another process fail with a clear French message instead of opening the directory", async () => {
    const dir = await tempDir();
    const release = acquireDataDirLock(dir);
    try {
      const child = run("npx", ["tsx", "scripts/db.ts", "migrate"], {
        env: { ...process.env, PGLITE_DATA_DIR: dir, DATABASE_URL: "" },
      });
      await expect(child).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`déjà ouverte par le processus ${process.pid}`),
      });
    } finally {
      release();
    }
  }, 60_000);
});
