import "server-only";
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { env } from "@/lib/config/env.ts";
import type { TEnv } from "@/lib/config/env-schema.ts";

export type TLogLevel = Level | "silent";

export function logLevel(config: Pick<TEnv, "LOG_LEVEL" | "NODE_ENV"> = env()): TLogLevel {
  if (config.LOG_LEVEL) return config.LOG_LEVEL;
  if (config.NODE_ENV === "test") return "silent";
  return config.NODE_ENV === "production" ? "info" : "debug";
}

/**
 * Fields that hold personal data wherever they appear (two levels deep): a safety net, since the code logs
 * ids only. `to` is a mail's recipient, `identifier` a sign-in token's address, `actorLabel` an audit label.
 */
const PERSONAL_FIELDS = ["email", "authorEmail", "to", "identifier", "name", "authorName", "actorLabel"];
export const REDACTED_PATHS = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);
const CENSOR = "[masqué]";

// An address inside free text (an error message, a stack, a message string) is masked too.
const EMAIL_ADDRESS = /[^\s@<>"(),;:[\]]+@[^\s@<>"'(),;:[\]]+\.[A-Za-z]{2,}/g;
export function maskEmailAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, CENSOR);
}

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error);
  if (!serialized || typeof serialized !== "object") return serialized;
  return {
    ...serialized,
    message: typeof serialized.message === "string" ? maskEmailAddresses(serialized.message) : serialized.message,
    stack: typeof serialized.stack === "string" ? maskEmailAddresses(serialized.stack) : serialized.stack,
  };
}

/** One JSON object per line on stdout (or the given stream), with `time`, `level` as a name, and `msg`. */
export function createLogger({
  level = logLevel(),
  destination,
}: { level?: TLogLevel; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level,
      base: { service: "atelier-efop" },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? maskEmailAddresses(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

// One logger per process: `next dev` re-evaluates modules, and each pino instance holds its own stream.
const holder = globalThis as { __atelierLogger?: Logger };
export const logger: Logger = (holder.__atelierLogger ??= createLogger());

/** Every line about a request carries its id (see ADR 0016). */
export function loggerForRequest(requestId: string): Logger {
  return logger.child({ requestId });
}

/** Work outside any request (a scheduler tick): its lines share one fresh id, like a request's. */
export function loggerForTask(task: string): Logger {
  return logger.child({ requestId: crypto.randomUUID(), task });
}
