// The one log line per interaction, the same for both doors (gateway and
// HTTP), so one query reads both:
//   id, user, kind, command, latencyMs, outcome
// plus, only when LOG_CONTENT is true, the option values (what people typed).
// With LOG_CONTENT false (the default) `user` is a salted hash, not the
// Discord user id: it links one person's interactions within one process's
// lifetime (to see who trips the cooldown) and nothing more; the salt is
// random per process and never written anywhere, so the hash changes on
// restart and differs between shards and replicas.
import { createHash, randomBytes } from "node:crypto";
import type { CommandOutcome } from "./outcome.js";

/** What became of an interaction: a command's own outcome, or the door's cooldown. */
export type InteractionOutcome = CommandOutcome | "cooldown";

export type InteractionKind = "command" | "autocomplete" | "button" | "select" | "modal" | "ping" | "other";

export interface InteractionLine {
  /** the interaction id (a snowflake, not secret: it cannot be used to reply) */
  id?: string;
  /** the Discord user id (LOG_CONTENT true) or a salted hash of it */
  user?: string;
  kind: InteractionKind;
  /** the slash command's name, or the kind part of a button, menu or form's custom id */
  command?: string;
  latencyMs: number;
  outcome: InteractionOutcome;
  /** the option names given (never content) */
  options?: string[];
  /** the option values (what the user typed) and menu choices: LOG_CONTENT true only */
  values?: Record<string, unknown> | string[];
}

const SALT = randomBytes(16);

/** A user id as the log shows it. */
export function loggedUser(userId: string | undefined, logContent: boolean): string | undefined {
  if (userId === undefined) return undefined;
  if (logContent) return userId;
  return `h:${createHash("sha256").update(SALT).update(userId).digest("hex").slice(0, 12)}`;
}

/** Builds the line; content (values) is dropped unless LOG_CONTENT is on. */
export function interactionLine(
  fields: Omit<InteractionLine, "latencyMs" | "user"> & { userId?: string; startedMs: number; nowMs: number },
  logContent: boolean,
): InteractionLine {
  const { userId, startedMs, nowMs, values, ...rest } = fields;
  const line: InteractionLine = { ...rest, latencyMs: Math.round((nowMs - startedMs) * 100) / 100 };
  const user = loggedUser(userId, logContent);
  if (user !== undefined) line.user = user;
  if (logContent && values !== undefined) line.values = values;
  // keep the field order stable: the six shared fields first
  return {
    ...(line.id !== undefined ? { id: line.id } : {}),
    ...(line.user !== undefined ? { user: line.user } : {}),
    kind: line.kind,
    ...(line.command !== undefined ? { command: line.command } : {}),
    latencyMs: line.latencyMs,
    outcome: line.outcome,
    ...(line.options !== undefined ? { options: line.options } : {}),
    ...(line.values !== undefined ? { values: line.values } : {}),
  };
}
