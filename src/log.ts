// Structured logs for the doors: JSON lines by default (what log collectors
// read), pretty when a person watches a terminal. Secrets are redacted by
// key wherever they appear. What people type (option values) and their user
// ids reach the log only with LOG_CONTENT=true (see interaction-log.ts).
import { pino, type Logger } from "pino";

export type { Logger };

const REDACT = [
  "token", "*.token", "*.*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "authorization", "*.authorization",
  "*.headers.authorization", "DISCORD_PUBLIC_KEY", "*.DISCORD_PUBLIC_KEY",
];

/** pino-pretty's options: one line per entry, so an interaction is one line to read, as in the JSON form. */
export const PRETTY_OPTIONS = { colorize: true, translateTime: "SYS:HH:MM:ss", singleLine: true } as const;

export function createLogger(level: string, opts: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !opts.destination);
  const options = { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { pid: process.pid } };
  if (pretty) {
    return pino({ ...options, transport: { target: "pino-pretty", options: PRETTY_OPTIONS } });
  }
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
