import { describe, expect, it, vi } from "vitest";
import type { TActor } from "@/lib/auth/actor.ts";
import { createActor } from "@/lib/test/factories.ts";
import { saveIrritant, ZSaveIrritantInput } from "@/lib/catalogue/save-irritant.ts";
import { createSheet } from "@/lib/sheets/create-sheet.ts";
import { addComment } from "@/lib/comments/add-comment.ts";
import { moderateComment } from "@/lib/comments/moderate-comment.ts";
import type { TCommentThread } from "@/lib/comments/comment-thread.ts";

const session = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock("@/lib/auth/get-actor.ts", () => ({ getActor: async () => session.actor }));
const { GET } = await import("./route.ts");

const read = (kind: string, id: string) =>
  GET(new Request(`http://localhost/api/comments/${kind}/${id}`), { params: Promise.resolve({ kind, id }) });

describe("GET /api/comments/<kind>/<id>", () => {
  it("gives the public an irritant's thread, never cached, without a hidden comment's text or reason", async () => {
    const member = await createActor("MEMBER");
    const admin = await createActor("ADMIN");
    const irritant = await saveIrritant({
      actor: member,
      input: ZSaveIrritantInput.parse({
        title: `Irritant lu en JSON ${Date.now()}`,
        description: "Un irritant lu par la route.",
        category: "AUTRE",
        paths: [],
        quotes: "",
        dataItems: [],
        schemes: [],
      }),
    });
    await addComment({
      actor: member,
      input: { target: { kind: "irritant", id: irritant.id }, body: "Visible de tous" },
    });
    const { commentId } = await addComment({
      actor: member,
      input: { target: { kind: "irritant", id: irritant.id }, body: "Propos à masquer" },
    });
    await moderateComment({ actor: admin, input: { commentId, action: "hide", reason: "Propos personnels" } });
    session.actor = null;
    const response = await read("irritant", irritant.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const thread = (await response.json()) as TCommentThread;
    expect(thread.viewer).toEqual({ member: false, admin: false, name: null });
    expect(
      thread.comments.map((comment) => [
        comment.state,
        comment.html?.includes("Visible de tous") ?? null,
        comment.hiddenReason,
      ]),
    ).toEqual([
      ["visible", true, null],
      ["hidden", null, null],
    ]);
    expect(JSON.stringify(thread)).not.toMatch(/Propos à masquer|Propos personnels|@/);
  });

  it("answers 404 to the public for a sheet's thread, and to anyone for an unknown kind or target", async () => {
    const member = await createActor("MEMBER");
    const sheet = await createSheet({
      actor: member,
      input: { title: `Fiche lue en JSON ${Date.now()}`, summary: "Une fiche lue par la route." },
    });
    await addComment({ actor: member, input: { target: { kind: "sheet", id: sheet.id }, body: "Entre membres" } });
    session.actor = null;
    expect((await read("sheet", sheet.id)).status).toBe(404);
    session.actor = member;
    expect(((await (await read("sheet", sheet.id)).json()) as TCommentThread).comments).toHaveLength(1);
    expect((await read("vote", sheet.id)).status).toBe(404);
    expect((await read("irritant", "inconnu")).status).toBe(404);
  });
});
