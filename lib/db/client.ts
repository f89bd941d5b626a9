import "server-only";
import { openDatabase, type DatabaseKind, type OpenedDatabase } from "./connection.ts";
import { createPrismaClient, type Db } from "./create-client.ts";

type Holder = { client?: Db; opened?: Promise<OpenedDatabase>; kind?: DatabaseKind };

// On globalThis so that `next dev` reloads reuse one client: opening PGlite
// several times in one process corrupts it (docs/adr/0003).
const holder = ((globalThis as { __atelierDb?: Holder }).__atelierDb ??= {});

function client(): Db {
  if (!holder.client) {
    // The adapter factory connects on first query; the PGlite directory is
    // opened (and locked) at that moment, never at import or build time.
    const opened = openDatabase();
    holder.opened = opened;
    holder.client = createPrismaClient({
      provider: "postgres",
      adapterName: "atelier-lazy",
      connect: async () => (await opened).adapterFactory.connect(),
      connectToShadowDb: async () => (await opened).adapterFactory.connectToShadowDb(),
    } as never);
  }
  return holder.client;
}

function openedDatabase(): Promise<OpenedDatabase> {
  client();
  if (!holder.opened) throw new Error("La base de données n'a pas été ouverte.");
  return holder.opened;
}

/** The one Prisma client of the app, created on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export async function databaseInfo(): Promise<{ kind: DatabaseKind; url?: string }> {
  const opened = await openedDatabase();
  return { kind: opened.kind, url: opened.url };
}

/** Commands (scripts/admin-invite.ts) close it before exiting: PGlite flushes and the directory lock is released. */
export async function closeDatabase(): Promise<void> {
  if (!holder.client) return;
  const opened = holder.opened;
  await holder.client.$disconnect();
  holder.client = undefined;
  holder.opened = undefined;
  await (await opened)?.close();
}

/** Tests install their own database (lib/test/setup-integration.ts). */
export function installTestDatabase(testClient: Db, opened: OpenedDatabase): void {
  holder.client = testClient;
  holder.opened = Promise.resolve(opened);
}

/** Shutdown: closes the pool (PostgreSQL) or the embedded database (PGlite). */
export async function disconnectDatabase(): Promise<void> {
  if (!holder.client) return;
  await holder.client.$disconnect();
  await (await holder.opened)?.close();
}
