import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import type { TActor } from "@/lib/auth/actor.ts";
import { createActor } from "@/lib/test/factories.ts";
import { saveIrritant, ZSaveIrritantInput } from "@/lib/catalogue/save-irritant.ts";
import { saveDataItem, ZSaveDataItemInput } from "@/lib/catalogue/save-data-item.ts";
import { retireCatalogueEntry } from "@/lib/catalogue/retire-catalogue-entry.ts";
import { mergeIrritants } from "@/lib/catalogue/merge-irritants.ts";
import { createSheet } from "@/lib/sheets/create-sheet.ts";
import { archiveSheet } from "@/lib/sheets/archive-sheet.ts";
import { hitRateLimit } from "@/lib/security/hit-rate-limit.ts";
import { RATE_LIMITS } from "@/lib/security/rate-limits.ts";
import { addComment, ZAddCommentInput } from "./add-comment.ts";
import { editComment } from "./edit-comment.ts";
import { deleteComment } from "./delete-comment.ts";
import { moderateComment, ZModerateCommentInput } from "./moderate-comment.ts";
import { getCommentThread } from "./get-comment-thread.ts";
import { COMMENT_MAX_LENGTH, threadWhere, type TCommentTarget, type TCommentTargetKind } from "./comment-target.ts";

const unique = () => randomUUID().slice(0, 8);
const named = async (role: "ADMIN" | "MEMBER", name: string): Promise<TActor> => {
  const actor = await createActor(role);
  await db.user.update({ where: { id: actor.id }, data: { name } });
  return { ...actor, name };
};
const newIrritant = (actor: TActor) =>
  saveIrritant({
    actor,
    input: ZSaveIrritantInput.parse({
      title: `Irritant discuté ${unique()}`,
      description: "Un irritant à discuter entre membres.",
      category: "AUTRE",
      paths: [],
      quotes: "",
      dataItems: [],
      schemes: [],
    }),
  });
const newDataItem = (actor: TActor) =>
  saveDataItem({
    actor,
    input: ZSaveDataItemInput.parse({
      name: `Donnée discutée ${unique()}`,
      definition: "Une donnée à discuter entre membres.",
      format: "",
      holder: "URSSAF",
      publicApi: "",
      endpoint: "",
      scopes: "",
      availability: "EN_COURS",
      effort: 3,
      paths: [],
    }),
  });

/** A fresh target of each kind, with the page that shows its thread. */
async function newTarget(kind: TCommentTargetKind, actor: TActor): Promise<{ target: TCommentTarget; path: string }> {
  switch (kind) {
    case "irritant": {
      const irritant = await newIrritant(actor);
      return { target: { kind, id: irritant.id }, path: `/irritants/${irritant.slug}` };
    }
    case "data-item": {
      const item = await newDataItem(actor);
      return { target: { kind, id: item.id }, path: `/donnees/${item.slug}` };
    }
    case "board-card": {
      const irritant = await newIrritant(actor);
      const card = await db.boardCard.findUniqueOrThrow({ where: { irritantId: irritant.id }, select: { id: true } });
      return { target: { kind, id: card.id }, path: `/priorisation/cartes/${card.id}` };
    }
    case "sheet": {
      const sheet = await createSheet({
        actor,
        input: { title: `Fiche discutée ${unique()}`, summary: "Une fiche à discuter entre membres." },
      });
      return { target: { kind, id: sheet.id }, path: `/fiches/${sheet.slug}` };
    }
  }
}

const commentCount = (target: TCommentTarget) => db.comment.count({ where: threadWhere(target) });
const liveEventsOf = async (target: TCommentTarget) =>
  (await db.liveEvent.findMany({ orderBy: { id: "desc" }, take: 200 })).filter(
    (row) => (row.payload as { targetId?: string }).targetId === target.id,
  );

describe("comment threads on every kind of target", () => {
  it.each(["irritant", "data-item", "board-card", "sheet"] as const)(
    "a member comments on a %s; the members mentioned are notified with a link to the thread, never the author",
    async (kind) => {
      const suffix = unique();
      const author = await named("MEMBER", `Alice Auteur ${suffix}`);
      const mentioned = await named("MEMBER", `Bruno Mentionné ${suffix}`);
      const bystander = await named("MEMBER", `Bruno Mentionnéa ${suffix}`);
      const { target, path } = await newTarget(kind, author);
      const { commentId, notified } = await addComment({
        actor: author,
        input: { target, body: `Vu en atelier : **@bruno mentionne ${suffix}**, et moi-même @Alice Auteur ${suffix}.` },
      });

      expect(notified.map((notice) => notice.email)).toEqual([mentioned.email]);
      expect(
        await db.notification.findFirst({ where: { userId: mentioned.id }, select: { title: true, link: true } }),
      ).toEqual({
        title: expect.stringContaining(`Alice Auteur ${suffix} vous mentionne`),
        link: `${path}#commentaire-${commentId}`,
      });
      expect(await db.notification.count({ where: { userId: { in: [author.id, bystander.id] } } })).toBe(0);
      const thread = await getCommentThread({ actor: mentioned, target });
      expect(thread!.comments).toEqual([
        expect.objectContaining({
          id: commentId,
          authorName: author.name,
          state: "visible",
          mine: false,
          body: null,
          html: expect.stringContaining("<strong>@bruno mentionne"),
        }),
      ]);
      expect((await getCommentThread({ actor: author, target }))!.comments[0]).toMatchObject({
        mine: true,
        body: expect.stringContaining("Vu en atelier"),
      });
      expect(
        await db.auditEvent.count({
          where: { action: "comment.add", targetType: "comment", targetId: commentId, actorId: author.id },
        }),
      ).toBe(1);
      // Others following the thread are told, with ids only; a sheet's thread only to members.
      expect((await liveEventsOf(target)).map((row) => ({ audience: row.audience, payload: row.payload }))).toEqual([
        {
          audience: kind === "sheet" ? "members" : "public",
          payload: { type: "comment.changed", target: kind, targetId: target.id },
        },
      ]);
    },
  );

  it("shows a sheet's thread to members only, the catalogue's and the board's to everyone", async () => {
    const member = await createActor("MEMBER");
    for (const kind of ["irritant", "data-item", "board-card"] as const) {
      const { target } = await newTarget(kind, member);
      await addComment({ actor: member, input: { target, body: "Visible de tous." } });
      expect((await getCommentThread({ actor: null, target }))!.comments).toHaveLength(1);
    }
    const { target } = await newTarget("sheet", member);
    await addComment({ actor: member, input: { target, body: "Entre membres." } });
    expect(await getCommentThread({ actor: null, target })).toBeNull();
    expect((await getCommentThread({ actor: await createActor("MEMBER"), target }))!.comments).toHaveLength(1);
  });

  it("renders bodies as safe Markdown: no script, no raw HTML, no javascript: link", async () => {
    const member = await createActor("MEMBER");
    const { target } = await newTarget("data-item", member);
    await addComment({
      actor: member,
      input: {
        target,
        body: "*ok*\n\n<script>alert(1)</script>\n\n[lien](javascript:alert(1)) <img src=x onerror=alert(1)>",
      },
    });
    const [comment] = (await getCommentThread({ actor: null, target }))!.comments;
    expect(comment.html).toContain("<em>ok</em>");
    expect(comment.html).not.toMatch(/<script|javascript:|onerror|<img/);
  });
});

describe("editing one's own comment", () => {
  it("keeps every previous body viewable, marks the comment as modified and notifies only the newly mentioned", async () => {
    const suffix = unique();
    const author = await named("MEMBER", `Claire Auteure ${suffix}`);
    const first = await named("MEMBER", `Denis Premier ${suffix}`);
    const second = await named("MEMBER", `Emma Seconde ${suffix}`);
    const { target } = await newTarget("irritant", author);
    const { commentId } = await addComment({
      actor: author,
      input: { target, body: `Version 1, pour @Denis Premier ${suffix}` },
    });
    await editComment({
      actor: author,
      input: { commentId, body: `Version 2, pour @Denis Premier ${suffix} et @Emma Seconde ${suffix}` },
    });
    await editComment({ actor: author, input: { commentId, body: "Version 3" } });

    const [comment] = (await getCommentThread({ actor: null, target }))!.comments;
    expect(comment.html).toContain("Version 3");
    expect(comment.editedAt).not.toBeNull();
    expect(comment.history.map((version) => version.html.match(/Version \d/)![0])).toEqual(["Version 2", "Version 1"]);
    // Each earlier body says when it was written: the first one at the comment's creation.
    expect(comment.history[1].writtenAt).toBe(comment.createdAt);
    expect(await db.notification.count({ where: { userId: first.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: second.id } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "comment.edit", targetId: commentId, actorId: author.id } }),
    ).toBe(2);
    expect(await liveEventsOf(target)).toHaveLength(3);
  });

  it("refuses an unchanged body, and loses no version when two edits arrive together", async () => {
    const author = await createActor("MEMBER");
    const { target } = await newTarget("data-item", author);
    const { commentId } = await addComment({ actor: author, input: { target, body: "Texte de départ" } });
    await expect(
      editComment({ actor: author, input: { commentId, body: "  Texte de départ " } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Le commentaire est inchangé : rien n'a été enregistré.",
    });
    await Promise.all([
      editComment({ actor: author, input: { commentId, body: "Édition A" } }),
      editComment({ actor: author, input: { commentId, body: "Édition B" } }),
    ]);
    const revisions = await db.commentRevision.findMany({
      where: { commentId },
      orderBy: { replacedAt: "asc" },
      select: { body: true },
    });
    const final = (await db.comment.findUniqueOrThrow({ where: { id: commentId } })).body;
    // A chain: the first edit replaced the original, the second replaced the first edit.
    expect(revisions[0].body).toBe("Texte de départ");
    expect([revisions[1].body, final].sort()).toEqual(["Édition A", "Édition B"]);
  });
});

describe("only the author edits or deletes a comment", () => {
  it.each(["MEMBER", "ADMIN"] as const)(
    "a %s who did not write it can neither edit nor delete it; nothing changes",
    async (role) => {
      const author = await createActor("MEMBER");
      const other = await createActor(role);
      const { target } = await newTarget("board-card", author);
      const { commentId } = await addComment({ actor: author, input: { target, body: "Mon avis." } });
      await expect(
        editComment({ actor: other, input: { commentId, body: "Réécrit par un autre." } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteComment({ actor: other, input: { commentId } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(
        await db.comment.findUniqueOrThrow({
          where: { id: commentId },
          select: { body: true, editedAt: true, deletedAt: true },
        }),
      ).toEqual({ body: "Mon avis.", editedAt: null, deletedAt: null });
      expect(await db.commentRevision.count({ where: { commentId } })).toBe(0);
      expect(
        await db.auditEvent.count({
          where: { targetId: commentId, action: { in: ["comment.edit", "comment.delete"] } },
        }),
      ).toBe(0);
    },
  );

  it("refuses unknown comments", async () => {
    await expect(
      editComment({ actor: await createActor("MEMBER"), input: { commentId: "inconnu", body: "Bonjour" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deleting one's own comment", () => {
  it("leaves a placeholder in its place, erases its text and history, and is audited", async () => {
    const author = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const { target } = await newTarget("sheet", author);
    const { commentId } = await addComment({ actor: author, input: { target, body: "Texte initial" } });
    await editComment({ actor: author, input: { commentId, body: "Texte regretté" } });
    await deleteComment({ actor: author, input: { commentId } });
    for (const viewer of [author, admin]) {
      expect((await getCommentThread({ actor: viewer, target }))!.comments).toEqual([
        expect.objectContaining({ id: commentId, state: "deleted", body: null, html: null, history: [] }),
      ]);
    }
    expect(
      await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { body: true, authorId: true } }),
    ).toEqual({ body: "", authorId: author.id });
    expect(await db.commentRevision.count({ where: { commentId } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "comment.delete", targetId: commentId, actorId: author.id } }),
    ).toBe(1);
    await expect(deleteComment({ actor: author, input: { commentId } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(editComment({ actor: author, input: { commentId, body: "Je reviens dessus" } })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
  });
});

describe("moderation", () => {
  it("admins hide a comment with a reason and restore it; the public sees the placeholder, the author the reason, admins the text", async () => {
    const author = await createActor("MEMBER");
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const { target } = await newTarget("irritant", author);
    const { commentId } = await addComment({ actor: author, input: { target, body: "Propos déplacé" } });
    await expect(
      moderateComment({ actor: member, input: { commentId, action: "hide", reason: "Hors sujet" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      (
        ZModerateCommentInput.safeParse({ commentId, action: "hide", reason: " " }).error?.flatten()
          .fieldErrors as Record<string, string[]>
      ).reason,
    ).toEqual(["Motif : au moins 3 caractères."]);
    await moderateComment({ actor: admin, input: { commentId, action: "hide", reason: "Propos personnels" } });

    const seenBy = async (viewer: TActor | null) => (await getCommentThread({ actor: viewer, target }))!.comments[0];
    expect(await seenBy(null)).toMatchObject({ state: "hidden", html: null, body: null, hiddenReason: null });
    expect(await seenBy(member)).toMatchObject({ state: "hidden", html: null, hiddenReason: null });
    expect(await seenBy(author)).toMatchObject({
      state: "hidden",
      html: null,
      body: null,
      hiddenReason: "Propos personnels",
    });
    expect(await seenBy(admin)).toMatchObject({
      state: "hidden",
      html: expect.stringContaining("Propos déplacé"),
      hiddenReason: "Propos personnels",
    });
    await expect(editComment({ actor: author, input: { commentId, body: "Propos corrigé" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      moderateComment({ actor: admin, input: { commentId, action: "hide", reason: "Encore" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await moderateComment({ actor: admin, input: { commentId, action: "restore" } });
    expect(await seenBy(null)).toMatchObject({
      state: "visible",
      html: expect.stringContaining("Propos déplacé"),
      hiddenReason: null,
    });
    await expect(moderateComment({ actor: admin, input: { commentId, action: "restore" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      (
        await db.auditEvent.findMany({
          where: { targetId: commentId, action: { startsWith: "comment." } },
          orderBy: { createdAt: "asc" },
          select: { action: true, data: true },
        })
      ).map((event) => event.action),
    ).toEqual(["comment.add", "comment.hide", "comment.restore"]);
    expect(
      await db.auditEvent.findFirst({
        where: { targetId: commentId, action: "comment.hide" },
        select: { actorId: true, data: true },
      }),
    ).toMatchObject({ actorId: admin.id, data: { reason: "Propos personnels" } });
  });
});

describe("bad input stores nothing", () => {
  it.each([
    ["", "Le commentaire : au moins 2 caractères."],
    ["   \n ", "Le commentaire : au moins 2 caractères."],
    ["a", "Le commentaire : au moins 2 caractères."],
    ["x".repeat(COMMENT_MAX_LENGTH + 1), `Le commentaire : ${COMMENT_MAX_LENGTH} caractères au plus.`],
  ])("refuses the body %#, with a French message", async (body, message) => {
    const member = await createActor("MEMBER");
    const { target } = await newTarget("irritant", member);
    expect(ZAddCommentInput.safeParse({ target, body }).error?.flatten().fieldErrors.body).toEqual([message]);
    await expect(addComment({ actor: member, input: { target, body } })).rejects.toThrow();
    expect(await commentCount(target)).toBe(0);
  });

  it("refuses unknown targets, closed discussions and the anonymous public", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    expect(
      ZAddCommentInput.safeParse({ target: { kind: "vote", id: "x" }, body: "Bonjour" }).error?.flatten().fieldErrors
        .target,
    ).toEqual(["Type de discussion inconnu."]);
    for (const kind of ["irritant", "data-item", "board-card", "sheet"] as const) {
      await expect(
        addComment({ actor: member, input: { target: { kind, id: `inconnu-${unique()}` }, body: "Bonjour" } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const irritant = await newTarget("irritant", member);
    await retireCatalogueEntry({ actor: admin, input: { kind: "irritant", id: irritant.target.id, retired: true } });
    const item = await newTarget("data-item", member);
    await retireCatalogueEntry({ actor: admin, input: { kind: "data-item", id: item.target.id, retired: true } });
    const sheet = await newTarget("sheet", member);
    await archiveSheet({ actor: admin, input: { useCaseId: sheet.target.id, archived: true } });
    for (const { target } of [irritant, item, sheet]) {
      await expect(addComment({ actor: member, input: { target, body: "Encore un mot" } })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      expect(await commentCount(target)).toBe(0);
      expect((await getCommentThread({ actor: member, target }))!.closedBecause).toMatch(/la discussion est close/);
    }
  });

  it("limits how many comments a member posts in a window", async () => {
    const member = await createActor("MEMBER");
    const { target } = await newTarget("data-item", member);
    for (let hit = 0; hit < RATE_LIMITS.comment.limit; hit++)
      await hitRateLimit(RATE_LIMITS.comment, `member:${member.id}`);
    await expect(addComment({ actor: member, input: { target, body: "Un de trop" } })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(
        /^Vous avez publié 20 commentaires en peu de temps : réessayez dans \d+ minutes?\. Rien n'a été enregistré\.$/,
      ),
    });
    expect(await commentCount(target)).toBe(0);
    // Another member is not held back.
    await addComment({ actor: await createActor("MEMBER"), input: { target, body: "Mon tour" } });
    expect(await commentCount(target)).toBe(1);
  });

  it("the database itself refuses a comment with no target or with two", async () => {
    const member = await createActor("MEMBER");
    const irritant = await newIrritant(member);
    const item = await newDataItem(member);
    await expect(
      db.$executeRaw`INSERT INTO "Comment" ("id", "authorId", "body") VALUES (${randomUUID()}, ${member.id}, 'Sans cible')`,
    ).rejects.toThrow(/Comment_exactly_one_target/);
    await expect(
      db.$executeRaw`INSERT INTO "Comment" ("id", "irritantId", "dataItemId", "body") VALUES (${randomUUID()}, ${irritant.id}, ${item.id}, 'Deux cibles')`,
    ).rejects.toThrow(/Comment_exactly_one_target/);
    await expect(
      db.$executeRaw`INSERT INTO "Comment" ("id", "irritantId", "body", "hiddenAt") VALUES (${randomUUID()}, ${irritant.id}, 'Masqué sans motif', now())`,
    ).rejects.toThrow(/Comment_hidden_with_reason/);
  });
});

describe("merging irritants", () => {
  it("moves the duplicate's comments, and its card's, to the kept irritant", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const kept = await newIrritant(member);
    const duplicate = await newIrritant(member);
    const [keptCard, duplicateCard] = await Promise.all(
      [kept, duplicate].map((entry) =>
        db.boardCard.findUniqueOrThrow({ where: { irritantId: entry.id }, select: { id: true } }),
      ),
    );
    await addComment({
      actor: member,
      input: { target: { kind: "irritant", id: kept.id }, body: "Premier signalement." },
    });
    await addComment({
      actor: member,
      input: { target: { kind: "irritant", id: duplicate.id }, body: "Signalé aussi par la Région." },
    });
    await addComment({
      actor: member,
      input: { target: { kind: "board-card", id: duplicateCard.id }, body: "À prioriser vite." },
    });
    const { carried } = await mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } });
    expect(carried.comments).toBe(1);
    const thread = await getCommentThread({ actor: null, target: { kind: "irritant", id: kept.id } });
    expect(thread!.comments.map((comment) => comment.html)).toEqual([
      expect.stringContaining("Premier signalement."),
      expect.stringContaining("Signalé aussi par la Région."),
    ]);
    expect(
      (await getCommentThread({ actor: null, target: { kind: "board-card", id: keptCard.id } }))!.comments.map(
        (comment) => comment.html,
      ),
    ).toEqual([expect.stringContaining("À prioriser vite.")]);
  });
});
