import type { TCommentTarget } from "./comment-target.ts";

/** One comment as a viewer receives it: texts only when this viewer may read them. Dates as ISO strings (JSON). */
export type TThreadComment = {
  id: string;
  authorName: string;
  /** The viewer wrote it: they may edit and delete it. */
  mine: boolean;
  createdAt: string;
  editedAt: string | null;
  state: "visible" | "deleted" | "hidden";
  /** Markdown source, for its author's edit form (visible comments only). */
  body: string | null;
  /** Sanitised HTML of the body: visible comments, and hidden ones for admins. */
  html: string | null;
  /** Why it was hidden: for admins and the comment's author. */
  hiddenReason: string | null;
  /** Earlier bodies, newest first (« modifié ») : for those who may read the comment. */
  history: { writtenAt: string; replacedAt: string; html: string }[];
  /** Shown at once while the server has not answered yet (optimistic updates). */
  pending?: true;
};

export type TCommentThread = {
  target: TCommentTarget;
  /** Null while new comments are welcome; else why the discussion is closed. */
  closedBecause: string | null;
  /** name: how the viewer's own comments are signed (shown at once, before the server answers). */
  viewer: { member: boolean; admin: boolean; name: string | null };
  comments: TThreadComment[];
};
