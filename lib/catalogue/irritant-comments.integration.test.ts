import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.ts";
import { createActor } from "@/lib/test/factories.ts";
import { saveIrritant, ZSaveIrritantInput } from "./save-irritant.ts";
import { addIrritantComment, ZAddIrritantCommentInput } from "./add-irritant-comment.ts";
import { retireCatalogueEntry } from "./retire-catalogue-entry.ts";
import { mergeIrritants } from "./merge-irritants.ts";
import { getIrritant } from "./get-irritant.ts";

type TActor = Awaited<ReturnType<typeof createActor>>;
const named = async (role: "ADMIN" | "MEMBER", name: string) => {
  const actor = await createActor(role);
  await db.user.update({ where: { id: actor.id }, data: { name } });
  return { ...actor, name };
};
const irritant = (actor: TActor) => saveIrritant({
  actor,
  input: ZSaveIrritantInput.parse({ title: `Irritant discuté ${randomUUID().slice(0, 8)}`, description: "Un irritant à discuter entre membres.", category: "AUTRE", paths: [], quotes: "", dataItems: [], schemes: [] }),
});

describe("comments on irritants", () => {
  it("keeps a member's comment in the thread and notifies the members it mentions, not the author", async () => {
    const suffix = randomUUID().slice(0, 6);
    const author = await named("MEMBER", `Alice Auteur ${suffix}`);
    const mentioned = await named("MEMBER", `Bruno Mentionné ${suffix}`);
    const bystander = await named("MEMBER", `Bruno Mentionnéa ${suffix}`);
    const entry = await irritant(author);
    const { notified } = await addIrritantComment({ actor: author, input: ZAddIrritantCommentInput.parse({ irritantId: entry.id, body: `Vu en atelier : **@bruno mentionne ${suffix}**, et moi-même @Alice Auteur ${suffix}.` }) });
    expect(notified.map((notice) => notice.email)).toEqual([mentioned.email]);
    expect(await db.notification.findFirst({ where: { userId: mentioned.id }, select: { title: true, link: true } })).toMatchObject({ title: expect.stringContaining(`Alice Auteur ${suffix} vous mentionne`), link: expect.stringMatching(new RegExp(`^/irritants/${entry.slug}#commentaire-`)) });
    expect(await db.notification.count({ where: { userId: { in: [author.id, bystander.id] } } })).toBe(0);
    expect((await getIrritant({ slug: entry.slug }))!.comments).toMatchObject([{ body: expect.stringContaining("Vu en atelier"), author: { name: author.name } }]);
    expect(await db.auditEvent.count({ where: { action: "irritant.comment", targetId: entry.id, actorId: author.id } })).toBe(1);
  });

  it("refuses the anonymous public, empty comments and retired irritants, storing nothing", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const entry = await irritant(member);
    await expect(addIrritantComment({ actor: null, input: { irritantId: entry.id, body: "Bonjour à tous" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(ZAddIrritantCommentInput.safeParse({ irritantId: entry.id, body: "  " }).error?.flatten().fieldErrors.body).toEqual(["Le commentaire : au moins 2 caractères."]);
    await retireCatalogueEntry({ actor: admin, input: { kind: "irritant", id: entry.id, retired: true } });
    await expect(addIrritantComment({ actor: member, input: { irritantId: entry.id, body: "Encore un mot" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.irritantComment.count({ where: { irritantId: entry.id } })).toBe(0);
  });

  it("moves a duplicate's comments to the kept irritant when they are merged", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const kept = await irritant(member);
    const duplicate = await irritant(member);
    await addIrritantComment({ actor: member, input: { irritantId: kept.id, body: "Premier signalement." } });
    await addIrritantComment({ actor: member, input: { irritantId: duplicate.id, body: "Signalé aussi par la Région." } });
    const { carried } = await mergeIrritants({ actor: admin, input: { keptId: kept.id, duplicateId: duplicate.id } });
    expect(carried.comments).toBe(1);
    expect((await getIrritant({ slug: kept.slug }))!.comments.map((comment) => comment.body)).toEqual(["Premier signalement.", "Signalé aussi par la Région."]);
  });
});
