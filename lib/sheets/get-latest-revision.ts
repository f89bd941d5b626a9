import type { Db } from "@/lib/db/create-client.ts";
import { ZSheetContent } from "./sheet-content.ts";

type TReader = Pick<Db, "useCaseRevision">;

/** The newest revision of a sheet, as the editor's merge view shows it (sent with a refused stale save). */
export async function getLatestRevision(reader: TReader, useCaseId: string) {
  const revision = await reader.useCaseRevision.findFirst({
    where: { useCaseId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      title: true,
      summary: true,
      content: true,
      author: { select: { name: true, email: true } },
    },
  });
  if (!revision) return null;
  const { author, ...rest } = revision;
  return { ...rest, content: ZSheetContent.parse(revision.content), author: author?.name ?? author?.email ?? "—" };
}

export type TLatestRevision = NonNullable<Awaited<ReturnType<typeof getLatestRevision>>>;
