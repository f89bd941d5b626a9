import { parseEnv } from "@/lib/config/env-schema.ts";
import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLogger, logLevel, maskEmailAddresses, type TLogLevel } from "./logger.ts";

function capture(level: TLogLevel = "debug") {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const log = createLogger({ level, destination });
  return { log, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON object per line with the level name, the time and the request id of a child", () => {
    const { log, records } = capture();
    log.child({ requestId: "req-12345678" }).info({ roundId: "r1" }, "scrutin clos");
    const [record] = records();
    expect(record).toMatchObject({
      level: "info",
      msg: "scrutin clos",
      requestId: "req-12345678",
      roundId: "r1",
      service: "atelier-efop",
    });
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
  const levelOf = (source: Record<string, string>) => logLevel(parseEnv(source));
  it("takes LOG_LEVEL, otherwise a default by environment; a malformed level is refused at start-up", () => {
    expect(levelOf({ LOG_LEVEL: "warn", NODE_ENV: "production" })).toBe("warn");
    expect(levelOf({ NODE_ENV: "production" })).toBe("info");
    expect(levelOf({ NODE_ENV: "development" })).toBe("debug");
    expect(levelOf({})).toBe("info");
    expect(levelOf({ NODE_ENV: "test" })).toBe("silent");
    expect(() => parseEnv({ LOG_LEVEL: "bavard" })).toThrow(/LOG_LEVEL/);
  });
});
