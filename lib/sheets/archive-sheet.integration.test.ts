import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { newSheet, save } from "@/lib/test/sheet-factories.ts";
import { archiveSheet } from "./archive-sheet.ts";
import { publishSheet } from "./publish-sheet.ts";
import { requestReview } from "./request-review.ts";
import { getPublishedSheet } from "./get-published-sheet.ts";
import { getPublicSheet, getPublicSheetMarkdown, listPublicSheets } from "./public-sheets.ts";

describe("archiving a sheet", () => {
  it.each([
    { name: "published head", draftAfterPublication: false },
    { name: "unpublished draft newer than the published version", draftAfterPublication: true },
  ])(
    "un-archiving ($name) returns a draft on the latest revision and republishes nothing until a new publication",
    async ({ draftAfterPublication }) => {
      const { author, useCase, head } = await newSheet();
      const admin = await createActor("ADMIN");
      const { revision: published } = await save(author, useCase.id, head.id, "Version publiée avant l'archive");
      await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: published.id } });
      await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: published.id } });
      const latest = draftAfterPublication
        ? (await save(author, useCase.id, published.id, "Brouillon jamais relu")).revision
        : published;
      await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: true } });

      await expect(
        archiveSheet({ actor: author, input: { useCaseId: useCase.id, archived: false } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const { message } = await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: false } });
      expect(message).toContain(`version ${latest.number}, non publiée`);
      expect(await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).toMatchObject({
        state: "DRAFT",
        publishedRevisionId: null,
        publishedAt: null,
      });
      expect(await getPublicSheet({ slug: useCase.slug })).toBeNull();
      expect(await getPublicSheetMarkdown({ slug: useCase.slug })).toBeNull();
      expect(await getPublishedSheet({ slug: useCase.slug })).toBeNull();
      expect((await listPublicSheets()).data.map((item) => item.slug)).not.toContain(useCase.slug);
      expect(
        await db.auditEvent.findFirst({
          where: { targetId: useCase.id, action: "use-case.unarchive" },
          select: { data: true },
        }),
      ).toMatchObject({ data: { revision: latest.number, unpublished: true } });

      // Public again only through a new publication, of the latest revision.
      await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: latest.id } });
      await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: latest.id } });
      expect(JSON.stringify(await getPublicSheet({ slug: useCase.slug }))).toContain(
        draftAfterPublication ? "Brouillon jamais relu" : "Version publiée avant l'archive",
      );
    },
  );
});
