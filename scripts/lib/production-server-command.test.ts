import { describe, expect, it } from "vitest";
import { productionServerArgs, startScriptOf } from "./production-server-command.ts";

describe("productionServerArgs", () => {
  it("reads the Node arguments of the start script's final exec", () => {
    expect(
      productionServerArgs("tsx scripts/db.ts prepare && exec node --max-old-space-size=384 .next/server.mjs"),
    ).toEqual(["--max-old-space-size=384", ".next/server.mjs"]);
    expect(productionServerArgs("exec node server.mjs")).toEqual(["server.mjs"]);
  });

  it.each([
    ["no exec", "tsx scripts/db.ts prepare && node .next/server.mjs"],
    ["another program", "tsx scripts/db.ts prepare && exec tsx server.ts"],
    ["something after the server", "exec node .next/server.mjs && echo done"],
  ])("refuses a start script with %s", (_label, script) => {
    expect(() => productionServerArgs(script)).toThrow(/exec node/);
  });

  it("npm start runs the compiled server with a bounded heap", () => {
    const args = productionServerArgs(startScriptOf(process.cwd()));
    expect(args.at(-1)).toBe(".next/server.mjs");
    expect(args).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });
});
