import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { createSheet, EMPTY_SHEET_CONTENT } from "./create-sheet.ts";
import { saveSheet } from "./save-sheet.ts";
import { restoreRevision } from "./restore-revision.ts";
import { archiveSheet } from "./archive-sheet.ts";
import { publishSheet } from "./publish-sheet.ts";
import { requestReview } from "./request-review.ts";
import { reviewSheet } from "./review-sheet.ts";
import { getPublishedSheet } from "./get-published-sheet.ts";
import { listPublishedSheets } from "./list-published-sheets.ts";
import { getPublicSheet, getPublicSheetMarkdown, listPublicSheets } from "./public-sheets.ts";
import { ZSheetContent } from "./sheet-content.ts";

async function newSheet(title = `Fiche ${Math.random().toString(36).slice(2, 8)}`) {
  const author = await createActor("MEMBER");
  const useCase = await createSheet({ actor: author, input: { title, summary: "Une fiche de test assez longue." } });
  const head = await db.useCaseRevision.findFirstOrThrow({ where: { useCaseId: useCase.id } });
  return { author, useCase, head };
}

const save = (actor: Awaited<ReturnType<typeof createActor>>, useCaseId: string, baseRevisionId: string, problem: string) =>
  saveSheet({ actor, input: { useCaseId, baseRevisionId, title: "Titre de la fiche", summary: "Une fiche de test assez longue.", content: { ...EMPTY_SHEET_CONTENT, problem }, message: undefined } });

describe("co-writing", () => {
  it("records every save as a revision with its author, and an audit event", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    const { revision: second } = await save(author, useCase.id, head.id, "Premier jet");
    const { revision: third } = await save(other, useCase.id, second.id, "Relu par un autre membre");
    expect([second.number, third.number]).toEqual([2, 3]);
    expect(third.authorId).toBe(other.id);
    expect(await db.auditEvent.count({ where: { targetId: useCase.id, action: "use-case.save" } })).toBe(2);
  });

  it("refuses a save based on an old revision and stores nothing", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    await save(author, useCase.id, head.id, "Version d'Inès");
    await expect(save(other, useCase.id, head.id, "Version de Paul, écrite en même temps")).rejects.toMatchObject({ code: "STALE" });
    expect(await db.useCaseRevision.count({ where: { useCaseId: useCase.id } })).toBe(2);
  });

  it("answers a stale save with the latest revision, for the editor's merge view", async () => {
    const { author, useCase, head } = await newSheet();
    const other = await createActor("MEMBER");
    const { revision: second } = await save(author, useCase.id, head.id, "Version d'Inès");
    const { revision: third } = await save(author, useCase.id, second.id, "Version d'Inès, relue");
    for (const staleBase of [head.id, second.id]) {
      await expect(save(other, useCase.id, staleBase, "Version de Paul")).rejects.toMatchObject({
        code: "STALE",
        message: "La fiche a été modifiée entre-temps (version 3) : comparez les deux versions et fusionnez avant d'enregistrer.",
        details: {
          latestRevision: {
            id: third.id,
            number: 3,
            title: "Titre de la fiche",
            summary: "Une fiche de test assez longue.",
            content: { ...EMPTY_SHEET_CONTENT, problem: "Version d'Inès, relue" },
            author: author.name ?? author.email,
          },
        },
      });
    }
    await expect(
      restoreRevision({ actor: other, input: { useCaseId: useCase.id, revisionId: head.id, baseRevisionId: second.id } }),
    ).rejects.toMatchObject({ code: "STALE", details: { latestRevision: { id: third.id, number: 3 } } });
    expect(await db.useCaseRevision.count({ where: { useCaseId: useCase.id } })).toBe(3);
  });

  it("lets only one of two simultaneous saves on the same base through", async () => {
    const { author, useCase, head } = await newSheet();
    const results = await Promise.allSettled([save(author, useCase.id, head.id, "A"), save(author, useCase.id, head.id, "B")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [winner] = await db.useCaseRevision.findMany({ where: { useCaseId: useCase.id }, orderBy: { number: "desc" }, take: 1 });
    // The loser's transaction was aborted by the unique index: the latest revision is read after it.
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "STALE", details: { latestRevision: { id: winner.id, number: 2 } } } });
  });

  it("restores an old revision as a new one", async () => {
    const { author, useCase, head } = await newSheet();
    const { revision: second } = await save(author, useCase.id, head.id, "Texte à retrouver");
    const { revision: third } = await save(author, useCase.id, second.id, "Texte remplacé");
    const { revision: restored } = await restoreRevision({ actor: author, input: { useCaseId: useCase.id, revisionId: second.id, baseRevisionId: third.id } });
    expect(restored.number).toBe(4);
    expect(ZSheetContent.parse(restored.content).problem).toBe("Texte à retrouver");
    expect(restored.message).toBe("Restauration de la version 2");
  });

  it("refuses unknown catalogue links", async () => {
    const { author, useCase, head } = await newSheet();
    await expect(
      saveSheet({ actor: author, input: { useCaseId: useCase.id, baseRevisionId: head.id, title: "Titre valide", summary: "Résumé assez long.", content: { ...EMPTY_SHEET_CONTENT, irritants: ["n-existe-pas"] } } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("review and publication", () => {
  it("goes draft → review → published with two approvals, and only then reaches the public", async () => {
    const { author, useCase, head } = await newSheet("Fiche publiée par les pairs");
    const { revision } = await save(author, useCase.id, head.id, "Contenu à publier");
    const [first, second] = [await createActor("MEMBER"), await createActor("MEMBER")];
    const input = { useCaseId: useCase.id, revisionId: revision.id };

    await expect(requestReview({ actor: first, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await requestReview({ actor: author, input });
    await expect(reviewSheet({ actor: author, input: { ...input, decision: "APPROVE" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
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
    await reviewSheet({ actor: reviewer, input: { ...input, decision: "REQUEST_CHANGES", comment: "Préciser le cadre juridique." } });
    expect((await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).state).toBe("DRAFT");
    expect(await db.notification.findFirst({ where: { userId: author.id, body: { contains: "Préciser le cadre juridique" } } })).not.toBeNull();
  });

  it("keeps the public page on the published revision while a new draft is written", async () => {
    const { author, useCase, head } = await newSheet();
    const admin = await createActor("ADMIN");
    const { revision } = await save(author, useCase.id, head.id, "Version publiée");
    await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: revision.id } });
    await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: revision.id } });
    await save(author, useCase.id, revision.id, "Brouillon secret en cours");

    expect((await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).state).toBe("DRAFT");
    const json = JSON.stringify([await getPublicSheet({ slug: useCase.slug }), await listPublicSheets(), await getPublicSheetMarkdown({ slug: useCase.slug }), await listPublishedSheets({ q: "secret" })]);
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
    await expect(archiveSheet({ actor: author, input: { useCaseId: useCase.id, archived: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: true } });
    expect(await getPublicSheet({ slug: useCase.slug })).toBeNull();
  });

  it.each([
    { name: "published head", draftAfterPublication: false },
    { name: "unpublished draft newer than the published version", draftAfterPublication: true },
  ])("un-archiving ($name) returns a draft on the latest revision and republishes nothing until a new publication", async ({ draftAfterPublication }) => {
    const { author, useCase, head } = await newSheet();
    const admin = await createActor("ADMIN");
    const { revision: published } = await save(author, useCase.id, head.id, "Version publiée avant l'archive");
    await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: published.id } });
    await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: published.id } });
    const latest = draftAfterPublication ? (await save(author, useCase.id, published.id, "Brouillon jamais relu")).revision : published;
    await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: true } });

    await expect(archiveSheet({ actor: author, input: { useCaseId: useCase.id, archived: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { message } = await archiveSheet({ actor: admin, input: { useCaseId: useCase.id, archived: false } });
    expect(message).toContain(`version ${latest.number}, non publiée`);
    expect(await db.useCase.findUniqueOrThrow({ where: { id: useCase.id } })).toMatchObject({ state: "DRAFT", publishedRevisionId: null, publishedAt: null });
    expect(await getPublicSheet({ slug: useCase.slug })).toBeNull();
    expect(await getPublicSheetMarkdown({ slug: useCase.slug })).toBeNull();
    expect(await getPublishedSheet({ slug: useCase.slug })).toBeNull();
    expect((await listPublicSheets()).data.map((item) => item.slug)).not.toContain(useCase.slug);
    expect(await db.auditEvent.findFirst({ where: { targetId: useCase.id, action: "use-case.unarchive" }, select: { data: true } })).toMatchObject({ data: { revision: latest.number, unpublished: true } });

    // Public again only through a new publication, of the latest revision.
    await requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: latest.id } });
    await publishSheet({ actor: admin, input: { useCaseId: useCase.id, revisionId: latest.id } });
    expect(JSON.stringify(await getPublicSheet({ slug: useCase.slug }))).toContain(draftAfterPublication ? "Brouillon jamais relu" : "Version publiée avant l'archive");
  });

  it("refuses a transition on a revision that is no longer the latest", async () => {
    const { author, useCase, head } = await newSheet();
    await save(author, useCase.id, head.id, "Plus récent");
    await expect(requestReview({ actor: author, input: { useCaseId: useCase.id, revisionId: head.id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
