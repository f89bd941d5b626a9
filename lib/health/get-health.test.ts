import { describe, expect, it } from "vitest";
import { openPostgres } from "@/lib/db/connection.ts";
import { createPrismaClient } from "@/lib/db/create-client.ts";
import { installTestDatabase } from "@/lib/db/client.ts";
import { getHealth } from "./get-health.ts";

describe("getHealth with an unreachable database", () => {
  it("reports an error with the reason instead of throwing", async () => {
    // Port 9 (discard) is closed on loopback: the connection is refused at once.
    const opened = openPostgres("postgresql://nobody:nothing@127.0.0.1:9/none?connect_timeout=2");
    installTestDatabase(createPrismaClient(opened.adapterFactory), opened);
    const health = await getHealth();
    expect(health).toMatchObject({ status: "error", database: "postgresql", reason: expect.any(String) });
    expect(health.status === "error" && health.reason.length).toBeGreaterThan(0);
  });
});
