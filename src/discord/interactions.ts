// The small pure pieces between discord.js and the command handlers: option
// conversion, the cooldown and unsupported notices, and errors made safe to log.
// Kept apart from bot.ts so unit tests need no client and no socket.
import { ApplicationCommandOptionType, type CommandInteractionOption } from "discord.js";
import { EPHEMERAL_FLAG } from "../reply/limits.js";
import { type MessagePayload, NO_MENTIONS } from "../reply/payload.js";

export { cooldownReply } from "../reply/builders.js";

export type OptionRecord = Record<string, string | number | boolean>;

/**
 * `interaction.options.data` as a plain `{ name: value }` record, the shape
 * `runCommand` takes. Subcommand and group wrappers are flattened (Casebook
 * has none today); options without a value (there are none in chat input) are
 * left out, so validation reports them as missing.
 */
export function optionRecord(data: readonly Pick<CommandInteractionOption, "name" | "type" | "value" | "options">[]): OptionRecord {
  const out: OptionRecord = {};
  for (const o of data) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
      Object.assign(out, optionRecord(o.options ?? []));
    } else if (o.value !== undefined && o.value !== null) {
      out[o.name] = o.value;
    }
  }
  return out;
}

/** The answer to an interaction kind Casebook does not offer (context menus, modals, other menus). */
export function unsupportedReply(): MessagePayload {
  return {
    content: "Casebook does not handle that kind of interaction. Try /help for what it can do.",
    embeds: [],
    flags: EPHEMERAL_FLAG,
    allowed_mentions: NO_MENTIONS(),
  };
}

/**
 * Returns a function that removes secrets from text: the token itself and each
 * of its dot-separated parts (discord.js's "censored" token in debug lines
 * still shows the first two), and interaction tokens in callback URLs.
 */
export function scrubber(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const parts = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    parts.add(s);
    for (const p of s.split(".")) if (p.length >= 6) parts.add(p);
  }
  const sorted = [...parts].sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const p of sorted) out = out.split(p).join("[redacted]");
    return out.replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/\s?]+/g, "$1[redacted]");
  };
}

export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  status?: number;
  stack?: string;
}

/**
 * An error as a plain object fit for the log: name, message, code, status and
 * stack only. discord.js errors also carry the request URL (with the
 * interaction token) and body; those are left out, and text is scrubbed.
 */
export function safeError(err: unknown, scrub: (text: string) => string = (t) => t): SafeError {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; status?: unknown; cause?: unknown };
    const out: SafeError = { type: e.name, message: scrub(e.message) };
    if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
    if (typeof e.status === "number") out.status = e.status;
    if (e.stack) out.stack = scrub(e.stack);
    const cause = e.cause as { code?: unknown } | undefined;
    if (out.code === undefined && cause && (typeof cause.code === "string" || typeof cause.code === "number")) out.code = cause.code;
    return out;
  }
  return { type: typeof err, message: scrub(String(err)) };
}

/** One line, for people: "TypeError: x is not a function (ECONNREFUSED)". */
export function oneLine(err: unknown, scrub: (text: string) => string = (t) => t): string {
  const e = safeError(err, scrub);
  const text = `${e.type === "Error" ? "" : `${e.type}: `}${e.message}`.replace(/\s*\n\s*/g, "; ");
  return e.code !== undefined && !text.includes(String(e.code)) ? `${text} (${e.code})` : text;
}
