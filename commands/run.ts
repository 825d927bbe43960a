// The one entry every door calls: validate, run the handler, keep the reply
// inside Discord's limits, and turn a thrown error into a polite reply.
import { randomBytes } from "node:crypto";
import type { Core } from "../src/core.js";
import { errorReply } from "../src/reply/builders.js";
import { escapeUserText } from "../src/reply/escape.js";
import { fitChoices, fitMessage } from "../src/reply/fit.js";
import { EPHEMERAL_FLAG, STRING_OPTION_MAX_LENGTH } from "../src/reply/limits.js";
import type { APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import { type Choice, isModalReply, type MessagePayload } from "../src/reply/payload.js";
import { ASK_IDS, modalIsPrivate } from "../src/reply/ask-reply.js";
import { parseCustomId, withArticleLink } from "../src/reply/components.js";
import { validateOptions } from "./options.js";
import { commandList, commands, componentHandlers, messageCommands } from "./registry.js";
import { type CommandOutcome, unpack } from "./outcome.js";
import type { CommandContext, SourceMessage } from "./types.js";

export type { CommandOutcome } from "./outcome.js";
/** What run.ts reports: the handler's outcome; an unknown command, button or option is "invalid". */
export type Outcome = CommandOutcome;

export interface RunResult<T> {
  reply: T;
  outcome: Outcome;
  /**
   * set when a button answers with a form (response type 9, MODAL): a door that
   * can show one answers with it; `reply` is what a door that cannot shows instead
   */
  modal?: APIModalInteractionResponseCallbackData;
  /** set when a handler threw: the id shown to the user and logged */
  errorId?: string;
  error?: unknown;
}

export const newErrorId = (): string => randomBytes(4).toString("hex");

function context(core: Core): CommandContext {
  return { core, commands: commandList };
}

function failed(core: Core, err: unknown): RunResult<MessagePayload> {
  const errorId = newErrorId();
  return {
    reply: fitMessage(errorReply("Casebook could not answer that. It is still running; please try again.", core.data, errorId)),
    outcome: "error",
    errorId,
    error: err,
  };
}

// Doors parse what a client sent; a modified client can send anything, so the
// entries take `unknown` at run time whatever their types say.
const text = (v: unknown): string => (typeof v === "string" ? v : "");

/** The cache key of a command call; none unless every option is a plain string, finite number or boolean. */
function replyKey(name: string, rawOptions: unknown): string | undefined {
  if (rawOptions === null || typeof rawOptions !== "object" || Array.isArray(rawOptions)) return undefined;
  const plain = Object.values(rawOptions).every(
    (v) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)),
  );
  return plain ? `${name}\u0000${JSON.stringify(rawOptions)}` : undefined;
}

/** Cached replies are shared by every caller: frozen, so no door can change one for the next. */
function deepFreeze<T>(value: T): T {
  // file bytes (Buffers) cannot be frozen; they are shared read-only by convention, like the gauge cache's
  if (ArrayBuffer.isView(value)) return value;
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The outcome of each cached reply, kept beside the cache (by the reply object,
 * so an evicted reply takes its outcome with it) rather than in it, so the
 * core's cache stays a plain map of payloads.
 */
const cachedOutcomes = new WeakMap<MessagePayload, CommandOutcome>();

/** Runs a slash command by name with raw option values (from Discord, HTTP or the CLI). */
export function runCommand(core: Core, rawName: string, rawOptions: Record<string, unknown>): RunResult<MessagePayload> {
  const name = text(rawName);
  const module = commands.get(name);
  if (!module) {
    const known = commandList.map((m) => `/${m.definition.name}`).join(", ");
    return {
      reply: fitMessage(errorReply(`Casebook has no command /${escapeUserText(name, 32)}. Its commands are ${known}; try /help.`, core.data)),
      outcome: "invalid",
    };
  }
  // validation is a pure function of the raw options, so a reply built for the
  // same raw options before is the reply now, without validating again
  const key = replyKey(name, rawOptions);
  const cached = key === undefined ? undefined : core.replies.get(key);
  if (cached) return { reply: cached, outcome: cachedOutcomes.get(cached) ?? "answered" };
  const valid = validateOptions(module.definition, rawOptions);
  if (!valid.ok) return { reply: fitMessage(errorReply(valid.message, core.data)), outcome: "invalid" };
  try {
    let { reply, outcome } = unpack(module.execute(valid.options, context(core)));
    reply = withArticleLink(reply, core.data.article.publication);
    // errors are ephemeral whatever the handler chose; `private` makes any reply ephemeral
    if (valid.options.private === true) reply = { ...reply, flags: (reply.flags ?? 0) | EPHEMERAL_FLAG };
    const fitted = fitMessage(reply);
    // only a reply the cache keeps is shared, so only that one is frozen (freezing costs a tenth of a reply's time)
    if (key !== undefined && core.replies.max > 0) {
      core.replies.set(key, deepFreeze(fitted));
      cachedOutcomes.set(fitted, outcome);
    }
    return { reply: fitted, outcome };
  } catch (err) {
    return failed(core, err);
  }
}

/** A message command ("Check with Casebook") on the text of the message it was used on. */
export function runMessageCommand(core: Core, rawName: string, rawText: unknown): RunResult<MessagePayload> {
  const module = messageCommands.get(text(rawName));
  if (!module) {
    return { reply: fitMessage(errorReply(`Casebook has no message command ${escapeUserText(text(rawName), 32)}.`, core.data)), outcome: "invalid" };
  }
  try {
    return { reply: fitMessage(withArticleLink(module.execute(text(rawText), context(core)), core.data.article.publication)), outcome: "answered" };
  } catch (err) {
    return failed(core, err);
  }
}

/** Suggestions for the focused option; never throws, an unknown command gets none. */
export function runAutocomplete(core: Core, name: string, rawFocused: { name: string; value: string }): RunResult<Choice[]> {
  const module = commands.get(text(name));
  const focused = rawFocused !== null && typeof rawFocused === "object" ? rawFocused : { name: "", value: "" };
  if (!module?.autocomplete) return { reply: [], outcome: module ? "answered" : "invalid" };
  try {
    // a value that is not text (a modified client can send an object) suggests from nothing typed
    const raw: unknown = focused.value;
    const typed = typeof raw === "string" ? raw : typeof raw === "number" || typeof raw === "boolean" ? String(raw) : "";
    // the option's max_length holds here too: a modified client can send any length
    const option = module.definition.options?.find((o) => o.name === focused.name);
    const max = option && "max_length" in option && option.max_length !== undefined ? option.max_length : STRING_OPTION_MAX_LENGTH;
    const value = typed.length > max ? Array.from(typed).slice(0, max).join("") : typed;
    return { reply: fitChoices(module.autocomplete({ name: text(focused.name), value }, context(core))), outcome: "answered" };
  } catch (err) {
    return { reply: [], outcome: "error", errorId: newErrorId(), error: err };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The embeds of the message a component sits on, keeping only plain fields of
 * the right types (Discord sends that message; a door passes it on as it came).
 */
export function sourceMessage(raw: unknown): SourceMessage {
  const embeds = isRecord(raw) && Array.isArray(raw.embeds) ? raw.embeds.filter(isRecord) : [];
  return {
    embeds: embeds.slice(0, 10).map((e) => {
      const embed: SourceMessage["embeds"][number] = {};
      if (typeof e.title === "string") embed.title = e.title;
      if (typeof e.description === "string") embed.description = e.description;
      if (typeof e.color === "number" && Number.isInteger(e.color) && e.color >= 0 && e.color <= 0xffffff) embed.color = e.color;
      if (Array.isArray(e.fields)) {
        embed.fields = e.fields
          .filter(isRecord)
          .filter((f) => typeof f.name === "string" && typeof f.value === "string")
          .slice(0, 25)
          .map((f) => ({ name: f.name as string, value: f.value as string, ...(f.inline === true ? { inline: true } : {}) }));
      }
      if (isRecord(e.footer) && typeof e.footer.text === "string") embed.footer = { text: e.footer.text };
      return embed;
    }),
  };
}

/** A button click or menu choice, routed by its custom id; `rawMessage` is the message it sits on. */
export function runComponent(core: Core, customId: string, rawValues: string[] = [], rawMessage?: unknown): RunResult<MessagePayload> {
  const { kind, args } = parseCustomId(text(customId));
  const values = Array.isArray(rawValues) ? rawValues.filter((v): v is string => typeof v === "string") : [];
  const handler = componentHandlers.get(kind);
  if (!handler) {
    return { reply: fitMessage(errorReply("That button is no longer supported. Run the command again.", core.data)), outcome: "invalid" };
  }
  try {
    const handled = handler.handle(args, values, context(core), sourceMessage(rawMessage));
    if (isModalReply(handled)) return { reply: fitMessage(handled.fallback), modal: handled.modal, outcome: "answered" };
    return { reply: fitMessage(withArticleLink(handled, core.data.article.publication)), outcome: "answered" };
  } catch (err) {
    return failed(core, err);
  }
}

/**
 * A submitted form (modal), routed by its custom id. "Ask another"'s box runs
 * /ask with what was typed, through runCommand, so the option's bounds, the
 * reply cache and the limits apply as for the slash command.
 * `fields` is { text input custom_id: value }.
 */
export function runModalSubmit(core: Core, rawCustomId: unknown, rawFields: unknown): RunResult<MessagePayload> {
  const { kind, args } = parseCustomId(text(rawCustomId));
  if (kind !== ASK_IDS.modal) {
    return { reply: fitMessage(errorReply("That form is no longer supported. Run the command again.", core.data)), outcome: "invalid" };
  }
  const fields = rawFields !== null && typeof rawFields === "object" ? (rawFields as Record<string, unknown>) : {};
  const question = text(fields[ASK_IDS.field]);
  return runCommand(core, "ask", modalIsPrivate(args) ? { question, private: true } : { question });
}
