// Calls the app's server actions over HTTP, the way the browser does, for the
// bench and the authorisation-matrix tests. Action ids come from the build.
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** "lib/rounds/actions.ts#castVoteAction" → the id Next gave it in this build. */
export function serverActionIds(distDir = ".next"): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return new Map(
    Object.entries(manifest.node)
      .filter(([, entry]) => entry.filename && entry.exportedName)
      .map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]),
  );
}

export type TActionCall = {
  base: string;
  actionId: string;
  input?: unknown;
  sessionToken?: string;
  origin?: string;
  page?: string;
};
export type TActionAnswer = { status: number; ok: boolean; errorCode: string | null; body: string };

/** One server action call; `ok` is false when the action answered with a server or validation error. */
export async function callServerAction({
  base,
  actionId,
  input,
  sessionToken,
  origin = base,
  page = "/",
}: TActionCall): Promise<TActionAnswer> {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: {
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "Next-Action": actionId,
      Origin: origin,
      ...(sessionToken ? { Cookie: `next-auth.session-token=${sessionToken}` } : {}),
    },
    body: JSON.stringify(input === undefined ? [] : [input]),
  });
  const body = await response.text();
  // An error thrown outside the action (origin check, body size limit) comes back as an "E" row of the RSC payload.
  const code =
    /"serverError":\{"code":"([A-Z_]+)"/.exec(body)?.[1] ??
    (body.includes('"validationErrors"') ? "INVALID_INPUT" : /^\w+:E\{/m.test(body) ? "REJECTED" : null);
  return { status: response.status, ok: response.ok && code === null, errorCode: code, body };
}
