// Without NEXTAUTH_SECRET, a random secret is created once per machine next to
// the embedded database, so that `npm install && npm run dev` needs no set-up
// and sessions survive restarts. Production sets NEXTAUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function authSecretPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.AUTH_SECRET_FILE ?? ".data/auth-secret");
}

export function readAuthSecret(): string {
  const file = authSecretPath();
  if (!existsSync(/*turbopackIgnore: true*/ file)) ensureAuthSecret();
  return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}

export function ensureAuthSecret(): void {
  const file = authSecretPath();
  if (existsSync(/*turbopackIgnore: true*/ file)) return;
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}
