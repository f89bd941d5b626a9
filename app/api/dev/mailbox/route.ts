import { NextResponse } from "next/server";
import { z } from "zod";
import { listDevMails } from "@/lib/mail/list-dev-mails.ts";

// Reads the database on every request; never evaluated at build time.
export const dynamic = "force-dynamic";

const ZMailboxQuery = z.object({
  to: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export async function GET(request: Request) {
  const query = ZMailboxQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return NextResponse.json({ error: "Paramètres invalides : to (adresse), limit (1 à 200)." }, { status: 400 });
  const mails = await listDevMails(query.data);
  if (!mails) return NextResponse.json({ error: "Introuvable." }, { status: 404 });
  return NextResponse.json({ mails }, { headers: { "Cache-Control": "no-store" } });
}
