// Whether this process serves requests (the production server.ts, or `next dev`'s server), as opposed to
// `next build`'s workers, which load instrumentation.ts too but must never open the database.
// On globalThis: server.ts and Next's bundles are separate module graphs of one process.
const holder = globalThis as { __atelierServingProcess?: boolean };

/** Called by server.ts before Next prepares (and so before instrumentation.ts registers). */
export function markServingProcess(): void {
  holder.__atelierServingProcess = true;
}

export function isServingProcess(): boolean {
  // `next dev` names its server process "next-server (…)".
  return holder.__atelierServingProcess === true || process.title.startsWith("next-server");
}
