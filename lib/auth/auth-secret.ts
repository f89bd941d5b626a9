// In demo mode without NEXTAUTH_SECRET, a random secret is created once per machine next to
// the embedded database, so that `npm install && npm run dev` needs no set-up and sessions
// survive restarts. Production sets NEXTAUTH_SECRET. The path comes from AUTH_SECRET_FILE.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function readAuthSecret(file: string): string {
  const resolved = path.resolve(/*turbopackIgnore: true*/ file);
  if (!existsSync(/*turbopackIgnore: true*/ resolved)) ensureAuthSecret(resolved);
  return readFileSync(/*turbopackIgnore: true*/ resolved, "utf8").trim();
}

function ensureAuthSecret(file: string): void {
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}
