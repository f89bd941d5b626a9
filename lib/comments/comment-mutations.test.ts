import { describe, expect, it } from "vitest";
import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { commentKeys } from "./comment-keys.ts";
import type { TCommentThread, TThreadComment } from "./comment-thread.ts";
import {
  addCommentMutationOptions,
  deleteCommentMutationOptions,
  editCommentMutationOptions,
  moderateCommentMutationOptions,
} from "./comment-mutations.ts";

const target = { kind: "data-item" as const, id: "d1" };
const key = commentKeys.thread(target);
const comment = (id: string, extra: Partial<TThreadComment> = {}): TThreadComment => ({
  id,
  authorName: "Inès Benali",
  mine: true,
  createdAt: "2026-12-01T10:00:00.000Z",
  editedAt: null,
  state: "visible",
  body: `Texte ${id}`,
  html: `<p>Texte ${id}</p>`,
  hiddenReason: null,
  history: [],
  ...extra,
});
const thread = (): TCommentThread => ({
  target,
  closedBecause: null,
  viewer: { member: true, admin: true, name: "Inès Benali" },
  comments: [comment("c1"), comment("c2")],
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}

/** Runs one mutation whose server answer is held: what shows before it, then after a refusal. */
async function refusedAfterShowing<TInput>(
  options: (client: QueryClient, send: () => Promise<unknown>) => { mutationFn: (input: TInput) => Promise<unknown> },
  input: TInput,
) {
  const client = new QueryClient();
  client.setQueryData(key, thread());
  const answer = deferred<unknown>();
  const observer = new MutationObserver(client, options(client, () => answer.promise) as never);
  const done = observer.mutate(input as never).catch(() => null);
  await expect.poll(() => client.getQueryData<TCommentThread>(key)?.comments.some((entry) => entry.pending)).toBe(true);
  const shown = client.getQueryData<TCommentThread>(key)!;
  answer.reject(new Error("Seul l'auteur d'un commentaire peut le modifier ou le supprimer."));
  await done;
  return {
    shown,
    after: client.getQueryData<TCommentThread>(key),
    error: (observer.getCurrentResult().error as Error | null)?.message,
  };
}

describe("comment mutations", () => {
  it("shows a new comment at once, signed by the viewer, and removes it when the server refuses", async () => {
    const { shown, after, error } = await refusedAfterShowing(
      (client, send) => addCommentMutationOptions(client, target, send),
      { body: "  Nouveau  " },
    );
    expect(shown.comments.at(-1)).toMatchObject({
      authorName: "Inès Benali",
      mine: true,
      body: "Nouveau",
      html: null,
      pending: true,
    });
    expect(after).toEqual(thread());
    expect(error).toMatch(/Seul l'auteur/);
  });

  it("shows an edit at once and puts the previous text back when refused", async () => {
    const { shown, after } = await refusedAfterShowing(
      (client, send) => editCommentMutationOptions(client, target, send),
      { commentId: "c2", body: "Corrigé" },
    );
    expect(shown.comments[1]).toMatchObject({
      body: "Corrigé",
      html: null,
      editedAt: expect.any(String),
      pending: true,
    });
    expect(shown.comments[0]).toEqual(comment("c1"));
    expect(after).toEqual(thread());
  });

  it("shows a deletion at once (placeholder, no text) and brings the comment back when refused", async () => {
    const { shown, after } = await refusedAfterShowing(
      (client, send) => deleteCommentMutationOptions(client, target, send),
      { commentId: "c1" },
    );
    expect(shown.comments[0]).toMatchObject({ state: "deleted", body: null, html: null, pending: true });
    expect(after).toEqual(thread());
  });

  it("shows a hidden comment at once with its reason and shows it again when refused", async () => {
    const { shown, after } = await refusedAfterShowing(
      (client, send) => moderateCommentMutationOptions(client, target, send),
      { commentId: "c1", action: "hide", reason: " Hors sujet " },
    );
    expect(shown.comments[0]).toMatchObject({ state: "hidden", hiddenReason: "Hors sujet", pending: true });
    expect(after).toEqual(thread());
  });

  it("refetches the thread only once the last change on it has settled", async () => {
    const client = new QueryClient();
    client.setQueryData(key, thread());
    const answers = [deferred<unknown>(), deferred<unknown>()];
    let call = 0;
    const send = () => answers[call++].promise;
    const first = new MutationObserver(client, editCommentMutationOptions(client, target, send)).mutate({
      commentId: "c1",
      body: "Un",
    });
    const second = new MutationObserver(client, deleteCommentMutationOptions(client, target, send)).mutate({
      commentId: "c2",
    });
    await expect.poll(() => client.getQueryData<TCommentThread>(key)?.comments[1].state).toBe("deleted");
    answers[0].resolve({});
    await first;
    // The deletion still on its way stays on screen: the thread is not marked for refetching yet.
    expect(client.getQueryData<TCommentThread>(key)?.comments[1].state).toBe("deleted");
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);
    answers[1].resolve({});
    await second;
    await expect.poll(() => client.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
