import { databaseInfo, db } from "@/lib/db/client.ts";

export type THealth =
  | { status: "ok"; database: "pglite" | "postgresql"; migrations: number }
  | { status: "error"; database: "pglite" | "postgresql" | "inconnue"; reason: string };

export async function getHealth(): Promise<THealth> {
  let kind: "pglite" | "postgresql" | "inconnue" = "inconnue";
  try {
    kind = (await databaseInfo()).kind;
    const rows = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*)::bigint AS count FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return { status: "ok", database: kind, migrations: Number(rows[0]?.count ?? 0) };
  } catch (error) {
    return { status: "error", database: kind, reason: error instanceof Error ? error.message : String(error) };
  }
}
