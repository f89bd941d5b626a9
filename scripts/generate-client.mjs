// Generates the Prisma client without letting the CLI download a native schema
// engine (no internet on our machines, see docs/adr/0002). Generation itself
// does not need the engine; the variable only has to point at an existing file.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Read directly: this runs at `npm install`, before anything TypeScript can be loaded (lib/config documents it).
const engine = process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true";
if (!existsSync(engine)) {
  console.error(`PRISMA_SCHEMA_ENGINE_BINARY=${engine} n'existe pas.`);
  process.exit(1);
}
execFileSync("npx", ["prisma", "generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
