import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel, maskEmailAddresses, type TLogLevel } from "./logger.ts";
import { requestIdFrom } from "./request-id.ts";

function capture(level: TLogLevel = "debug") {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk, _encoding, done) { lines.push(...String(chunk).split("\n").filter(Boolean)); done(); } });
  const log = createLogger({ level, destination });
  return { log, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON object per line with the level name, the time and the request id of a child", () => {
    const { log, records } = capture();
    log.child({ requestId: "req-12345678" }).info({ roundId: "r1" }, "scrutin clos");
    const [record] = records();
    expect(record).toMatchObject({ level: "info", msg: "scrutin clos", requestId: "req-12345678", roundId: "r1", service: "atelier-efop" });
    expect(new Date(record.time as string).toString()).not.toBe("Invalid Date");
  });

  it("never prints an e-mail address or a name, whether in a field, a nested field, the message or an error", () => {
    const address = "camille.laurent@region.example.fr";
    const { log, lines } = capture();
    log.info({ email: address, name: "Camille Laurent" }, "champ");
    log.info({ user: { id: "u1", email: address, name: "Camille Laurent" } }, "champ imbriqué");
    log.info({ mail: { to: address, subject: "Lien" } }, "destinataire");
    log.info({ feedback: { authorEmail: address, authorName: "Camille Laurent" } }, "retour");
    log.info({ event: { details: { actorLabel: address } } }, "audit");
    log.warn(`envoi refusé pour ${address}`);
    log.error({ err: new Error(`SMTP 550 <${address}> inconnu`) }, "envoi en échec");
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).not.toContain(address);
      expect(line).not.toContain("Camille Laurent");
    }
    expect(lines.join("\n")).toContain("[masqué]");
    expect(JSON.parse(lines[1]).user.id).toBe("u1");
  });

  it("masks any e-mail address inside free text", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string(), fc.string(), (address, before, after) => {
        expect(maskEmailAddresses(`${before} ${address} ${after}`)).not.toContain(address);
      }),
    );
  });

  it("keeps the error's type and stack, without the address", () => {
    const { log, records } = capture();
    log.error({ err: new TypeError("x@y.fr manquant") }, "échec");
    const { err } = records()[0] as { err: { type: string; message: string; stack: string } };
    expect(err.type).toBe("TypeError");
    expect(err.message).toBe("[masqué] manquant");
    expect(err.stack).toContain("logger.test.ts");
  });

  it("respects the level: nothing below it is written", () => {
    const { log, records } = capture("warn");
    log.info("ignoré");
    log.debug("ignoré");
    log.warn("gardé");
    expect(records().map((record) => record.msg)).toEqual(["gardé"]);
  });
});

describe("logLevel", () => {
  it("takes LOG_LEVEL when valid, otherwise a default by environment", () => {
    expect(logLevel({ LOG_LEVEL: "warn", NODE_ENV: "production" })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: " DEBUG ", NODE_ENV: "production" })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: "bavard", NODE_ENV: "production" })).toBe("info");
    expect(logLevel({ NODE_ENV: "production" })).toBe("info");
    expect(logLevel({ NODE_ENV: "development" })).toBe("debug");
    expect(logLevel({})).toBe("debug");
    expect(logLevel({ NODE_ENV: "test" })).toBe("silent");
    expect(logLevel({ VITEST: "true", NODE_ENV: "production" })).toBe("silent");
  });
});

describe("requestIdFrom", () => {
  it("keeps a sane incoming id", () => {
    for (const id of ["0f8c2a1e-3b4d-4c5e-9f60-7a8b9c0d1e2f", "nginx.1733300000.123", "abcdefgh", "A".repeat(64)]) expect(requestIdFrom(id)).toBe(id);
  });

  it("replaces a missing, short, long or unsafe id by a fresh UUID", () => {
    const unsafe = [null, undefined, "", "short", "A".repeat(65), "abc def ghi", "id\nforged-line", 'x"}{"level":"fatal', "é".repeat(10), "a/b/c/d/e/f/g"];
    const generated = unsafe.map((id) => requestIdFrom(id));
    for (const id of generated) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(generated).size).toBe(unsafe.length);
  });
});
