import { readFile } from "node:fs/promises";
import { afterAll, inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPostgres, type OpenedDatabase } from "@/lib/db/connection.ts";
import { env } from "@/lib/config/env.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { installTestDatabase } from "@/lib/db/client.ts";
import { participationPublished } from "@/lib/rounds/publish-round-participation.ts";

// Each test file gets its own database on PGlite (a copy of the migrated
// template), so files run in parallel without seeing each other's rows.
const template = inject("pgliteTemplate");
let opened: OpenedDatabase;
if (template) {
  const pglite = new PGlite({ loadDataDir: new Blob([await readFile(template)]) });
  await pglite.waitReady;
  opened = { kind: "pglite", adapterFactory: new PrismaPGlite(pglite), close: () => pglite.close() };
} else {
  opened = openPostgres(env().TEST_DATABASE_URL!);
}
const client = createPrismaClient(opened.adapterFactory);
installTestDatabase(client, opened);

afterAll(async () => {
  // Votes announce their round's participation a moment later (ADR 0031): published before the database closes.
  await participationPublished();
  await client.$disconnect();
  await opened.close();
});
