// Structured logs for the doors: JSON lines by default (what log collectors
// read), pretty when a person watches a terminal. Secrets are redacted by
// key wherever they appear, and nothing logs message contents beyond options.
import { pino, type Logger } from "pino";

export type { Logger };

const REDACT = [
  "token", "*.token", "*.*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "authorization", "*.authorization",
  "*.headers.authorization", "DISCORD_PUBLIC_KEY", "*.DISCORD_PUBLIC_KEY",
];

export function createLogger(level: string, opts: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !opts.destination);
  const options = { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { pid: process.pid } };
  if (pretty) {
    return pino({ ...options, transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } } });
  }
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
