import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { newSheet, save } from "@/lib/test/sheet-factories.ts";
import { archiveSheet } from "./archive-sheet.ts";
import { publishSheet } from "./publish-sheet.ts";
import { requestReview } from "./request-review.ts";
import { reviewSheet } from "./review-sheet.ts";
import { getPublishedSheet } from "./get-published-sheet.ts";
import { listPublishedSheets } from "./list-published-sheets.ts";
import { getPublicSheet, getPublicSheetMarkdown, listPublicSheets } from "./public-sheets.ts";

describe("review and publication", () => {
  it("goes draft → review → published with two approvals, and only then reaches the public", async () => {
    const { author, useCase, head } = await newSheet("Fiche publiée par les pairs");
    const { revision } = await save(author, useCase.id, head.id, "Contenu à publier");
    const [first, second] = [await createActor("MEMBER"), await createActor("MEMBER")];
    const input = { useCaseId: useCase.id, revisionId: revision.id };

    await expect(requestReview({ actor: first, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await requestReview({ actor: author, input });
    await expect(reviewSheet({ actor: author, input: { ...input, decision: "APPROVE" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await reviewSheet({ actor: first, input: { ...input, decision: "APPROVE" } });
    await expect(publishSheet({ actor: author, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getPublishedSheet({ slug: useCase.slug })).toBeNull();

    await reviewSheet({ actor: second, input: { ...input, decision: "APPROVE" } });
    await publishSheet({ actor: author, input });
    const published = await getPublishedSheet({ slug: useCase.slug });
    expect(published).toMatchObject({ revision: 2, content: { problem: "Contenu à publier" } });
    expect(await db.notification.count({ where: { userId: author.id, title: { startsWith: "Approbation" } } })).toBe(2);
  });

  it("sends the sheet back to draft when changes are requested, with a mandatory comment", async () => {
    const { author, useCase, head } = await newSheet();
    const reviewer = await createActor("MEMBER");
    const input = { useCaseId: useCase.id, revisionId: head.id };
    await requestReview({ actor: author, input });
    await reviewSheet({
      actor: reviewer,
      input: { ...input, decision: "REQUEST_CHANGES", comment: "Préciser le cadre juridique." },
    });
    expect((await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).state).toBe("DRAFT");
    expect(
      await db.notification.findFirst({
        where: { userId: author.id, body: { contains: "Préciser le cadre juridique" } },
      }),
    ).not.toBeNull();
  });

  it("keeps the public page on the published revision while a new draft is written", async () => {
    const { author, useCase, head } = await newSheet();
    const admin = await createActor("ADMIN");
    const { revision } = await save(author, useCase.id, head.id, "Version publiée");
    await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: revision.id } });
    await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: revision.id } });
    await save(author, useCase.id, revision.id, "Brouillon secret en cours");

    expect((await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).state).toBe("DRAFT");
    const json = JSON.stringify([
      await getPublicSheet({ slug: useCase.slug }),
      await listPublicSheets(),
      await getPublicSheetMarkdown({ slug: useCase.slug }),
      await listPublishedSheets({ q: "secret" }),
    ]);
    expect(json).toContain("Version publiée");
    expect(json).not.toContain("Brouillon secret");
  });

  it("never exposes drafts, sheets in review or archived sheets on public routes", async () => {
    const { author, useCase, head } = await newSheet("Fiche jamais publiée");
    await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: head.id } });
    expect(await getPublicSheet({ slug: useCase.slug })).toBeNull();
    expect(await getPublicSheetMarkdown({ slug: useCase.slug })).toBeNull();
    expect((await listPublicSheets()).data.map((item) => item.slug)).not.toContain(useCase.slug);

    const admin = await createActor("ADMIN");
    await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: head.id } });
    expect(await getPublicSheet({ slug: useCase.slug })).not.toBeNull();
    await expect(
      archiveSheet({ actor: author, input: { useCaseId: useCase.id, archived: true } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: true } });
    expect(await getPublicSheet({ slug: useCase.slug })).toBeNull();
  });

  it("refuses a transition on a revision that is no longer the latest", async () => {
    const { author, useCase, head } = await newSheet();
    await save(author, useCase.id, head.id, "Plus récent");
    await expect(
      requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: head.id } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
