// The properties every reply must have, whatever the input. Each check throws
// an Error naming what broke, so fast-check reports it with the input.
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  RichEmbedSchema,
} from "discord-api-spec/zod";
import { ComponentType } from "discord-api-types/v10";
import type { RunResult } from "../../commands/run.js";
import { replyText, withinLimits } from "../eval/score.js";
import * as L from "../../src/reply/limits.js";
import type { Choice, MessagePayload } from "../../src/reply/payload.js";
import { CANARY } from "./arbitraries.js";

export class PropertyFailure extends Error {
  override name = "PropertyFailure";
}

function fail(what: string, detail?: unknown): never {
  const tail = detail === undefined ? "" : `\n${typeof detail === "string" ? detail : JSON.stringify(detail, null, 2)}`;
  throw new PropertyFailure(`${what}${tail}`);
}

const threw = (r: RunResult<unknown>) => {
  const e = r.error;
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
};

/** Mentions Discord would turn into pings or links: never allowed in reply text. */
const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>|<\/[^\s:>]+(?: [^\s:>]+)*:\d+>/iu;

/** Lone UTF-16 surrogates: not valid Unicode, Discord cannot take them. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters that format text in Discord when not escaped by a backslash. */
const MARKUP = new Set(["*", "_", "~", "`", "|", "[", "]", "(", ")", "<", ">", "#", ":"]);
/** `@` only pings before a name. */
const MARKUP_BEFORE = new Set([...MARKUP, "@"]);

/** True when the character at `i` is escaped by an odd number of backslashes before it. */
function escapedAt(s: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && s[j] === "\\"; j -= 1) n += 1;
  return n % 2 === 1;
}

/**
 * Code spans and blocks as Discord reads them: an unescaped run of backticks
 * opens one, the next run of the same length closes it. Returns the spans'
 * ranges, or the index of a run that is never closed.
 */
export function codeSpans(s: string): { spans: Array<[number, number]>; unclosed?: number } {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === "\\") {
      i += 2;
      continue;
    }
    if (s[i] !== "`") {
      i += 1;
      continue;
    }
    let n = 0;
    while (s[i + n] === "`") n += 1;
    const fence = "`".repeat(n);
    let j = i + n;
    let close = -1;
    while (j < s.length) {
      const k = s.indexOf(fence, j);
      if (k < 0) break;
      let m = 0;
      while (s[k + m] === "`") m += 1;
      if (m === n) {
        close = k;
        break;
      }
      j = k + m;
    }
    if (close < 0) return { spans, unclosed: i };
    spans.push([i, close + n]);
    i = close + n;
  }
  return { spans };
}

/** The text with its code spans blanked out. */
function outsideCode(s: string): string {
  let out = s;
  for (const [a, b] of codeSpans(s).spans.reverse()) out = `${out.slice(0, a)} ${out.slice(b)}`;
  return out;
}

/**
 * Every piece of text a message shows, each rendered on its own. `markdown`:
 * only the pieces Discord renders as markdown (an embed's author name is
 * plain text there, where a backslash escape would show).
 */
export function textPieces(p: MessagePayload, opts: { markdown?: boolean } = {}): string[] {
  const out: string[] = [];
  if (p.content) out.push(p.content);
  for (const e of p.embeds ?? []) {
    if (e.title) out.push(e.title);
    if (e.description) out.push(e.description);
    for (const f of e.fields ?? []) out.push(f.name, f.value);
    if (e.footer?.text) out.push(e.footer.text);
    if (e.author?.name && !opts.markdown) out.push(e.author.name);
  }
  return out;
}

/** Labels, placeholders and option texts of the components (shown as plain text). */
function componentTexts(p: MessagePayload): string[] {
  const out: string[] = [];
  for (const row of p.components ?? []) {
    for (const c of row.components) {
      if ("label" in c && typeof c.label === "string") out.push(c.label);
      if ("placeholder" in c && typeof c.placeholder === "string") out.push(c.placeholder);
      if (c.type === ComponentType.StringSelect) for (const o of c.options) out.push(o.label, o.value, o.description ?? "");
    }
  }
  return out;
}

/**
 * Echoed user text cannot format: wherever the canary (wrapped in markup in
 * the input) shows up, it is inside a code span or the markup next to it is
 * escaped.
 */
function checkCanary(piece: string): void {
  if (!piece.toLowerCase().includes(CANARY.toLowerCase())) return;
  const { spans } = codeSpans(piece);
  const lower = piece.toLowerCase();
  const needle = CANARY.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (spans.some(([a, b]) => at > a && at + needle.length < b)) continue;
    const before = at - 1;
    const after = at + needle.length;
    if (before >= 0 && MARKUP_BEFORE.has(piece[before]!) && !escapedAt(piece, before)) {
      fail(`echoed user text is not escaped: "${piece[before]}" before the canary`, piece);
    }
    if (after < piece.length && MARKUP.has(piece[after]!) && !escapedAt(piece, after)) {
      fail(`echoed user text is not escaped: "${piece[after]}" after the canary`, piece);
    }
  }
}

/** The message body as it goes over the wire (what JSON keeps). */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export interface MessageCheckOptions {
  /** outcomes the call may have; "error" (a handler threw) never passes */
  outcomes?: ReadonlyArray<RunResult<unknown>["outcome"]>;
}

/** Everything a message reply must be, for any input. */
export function checkMessage(result: RunResult<MessagePayload>, opts: MessageCheckOptions = {}): void {
  if (!result || typeof result !== "object") fail("no result", result);
  if (result.outcome === "error") fail("the handler threw", threw(result));
  if (opts.outcomes && !opts.outcomes.includes(result.outcome)) fail(`unexpected outcome ${result.outcome}`, result.reply);
  const p = result.reply;

  // no pings, ever
  if (JSON.stringify(p.allowed_mentions) !== JSON.stringify({ parse: [] })) fail("allowed_mentions is not { parse: [] }", p.allowed_mentions);

  // Discord's limits
  if (!withinLimits(p)) fail("reply breaks a Discord limit", p);
  if (!p.embeds.length && !p.content) fail("empty reply: no content, no embed", p);
  for (const e of p.embeds) {
    if (!e.title && !e.description && !(e.fields ?? []).length) fail("an embed with no text", e);
    if (e.color !== undefined && (!Number.isInteger(e.color) || e.color < 0 || e.color > 0xffffff)) fail("embed color out of range", e.color);
  }
  const rows = p.components ?? [];
  if (rows.length > L.ACTION_ROWS_MAX) fail(`${rows.length} action rows`, rows);
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== ComponentType.ActionRow) fail("a top-level component that is not an action row", row);
    if (row.components.length < 1 || row.components.length > L.BUTTONS_PER_ROW_MAX) fail(`action row with ${row.components.length} components`, row);
    const selects = row.components.filter((c) => c.type !== ComponentType.Button).length;
    if (selects && row.components.length > 1) fail("a select menu shares its row", row);
    for (const c of row.components) {
      if ("custom_id" in c && c.custom_id !== undefined) {
        if (c.custom_id.length < 1 || c.custom_id.length > L.CUSTOM_ID_MAX) fail(`custom_id of ${c.custom_id.length} characters`, c);
        if (ids.has(c.custom_id)) fail(`custom_id ${c.custom_id} used twice in one message`, p.components);
        ids.add(c.custom_id);
      }
      if (c.type === ComponentType.Button) {
        const label = "label" in c ? c.label : undefined;
        if (label !== undefined && (label.length < 1 || label.length > L.BUTTON_LABEL_MAX)) fail(`button label of ${label.length} characters`, c);
        if (!label && !("emoji" in c && c.emoji)) fail("a button with neither label nor emoji", c);
      }
      if (c.type === ComponentType.StringSelect) {
        if (c.options.length < 1 || c.options.length > L.SELECT_OPTIONS_MAX) fail(`select with ${c.options.length} options`, c);
        const values = new Set<string>();
        for (const o of c.options) {
          if (o.label.length < 1 || o.label.length > L.SELECT_OPTION_LABEL_MAX) fail(`select option label of ${o.label.length}`, o);
          if (o.value.length < 1 || o.value.length > L.SELECT_OPTION_VALUE_MAX) fail(`select option value of ${o.value.length}`, o);
          if ((o.description ?? "").length > L.SELECT_OPTION_DESCRIPTION_MAX) fail("select option description too long", o);
          if (values.has(o.value)) fail(`select option value ${o.value} twice`, c);
          values.add(o.value);
        }
        if ((c.placeholder ?? "").length > L.SELECT_PLACEHOLDER_MAX) fail("select placeholder too long", c);
      }
    }
  }

  // Discord's own schemas, on what is actually sent
  const sent = wire(p);
  const callback = CreateMessageInteractionCallbackRequestSchema.safeParse({ type: 4, data: sent });
  if (!callback.success) fail("reply does not validate as an interaction callback (discord-api-spec)", { issues: callback.error.issues, reply: sent });
  for (const e of sent.embeds ?? []) {
    const r = RichEmbedSchema.safeParse(e);
    if (!r.success) fail("embed does not validate (discord-api-spec)", { issues: r.error.issues, embed: e });
  }

  // safe text: valid Unicode, no live mentions, balanced code, escaped echoes
  for (const s of [...textPieces(p), ...componentTexts(p)]) {
    if (LONE_SURROGATE.test(s)) fail("reply text holds a lone surrogate", JSON.stringify(s));
    // inside a code span Discord shows a mention as typed
    const m = LIVE_MENTION.exec(outsideCode(s));
    if (m) fail(`reply text holds a live mention ${JSON.stringify(m[0])}`, s);
  }
  for (const s of textPieces(p, { markdown: true })) {
    const { unclosed } = codeSpans(s);
    if (unclosed !== undefined) fail(`unbalanced code span at ${unclosed}`, s);
    checkCanary(s);
  }

  // a reply that refuses the input says so quietly: only the user sees it
  if (result.outcome === "invalid" && ((p.flags ?? 0) & L.EPHEMERAL_FLAG) === 0) {
    fail(`an ${result.outcome} reply that is not ephemeral`, p);
  }
  if (p.flags !== undefined && (!Number.isInteger(p.flags) || p.flags < 0)) fail("flags is not a non-negative integer", p.flags);
  if (!replyText(p).trim()) fail("reply shows no text", p);
}

/** Autocomplete: at most 25 choices, names and values 1 to 100 characters, valid for Discord. */
export function checkChoices(result: RunResult<Choice[]>): void {
  if (result.outcome === "error") fail("the autocomplete handler threw", threw(result));
  const choices = result.reply;
  if (!Array.isArray(choices)) fail("choices is not an array", choices);
  if (choices.length > L.AUTOCOMPLETE_CHOICES_MAX) fail(`${choices.length} choices`, choices);
  for (const c of choices) {
    if (typeof c.name !== "string" || c.name.length < L.CHOICE_NAME_MIN || c.name.length > L.CHOICE_NAME_MAX || !c.name.trim()) fail("choice name out of bounds", c);
    if (typeof c.value !== "string" || c.value.length < 1 || c.value.length > L.CHOICE_VALUE_MAX) fail("choice value out of bounds", c);
    if (LONE_SURROGATE.test(c.name) || LONE_SURROGATE.test(c.value)) fail("choice holds a lone surrogate", c);
    if (LIVE_MENTION.test(c.name)) fail("choice name holds a live mention", c);
  }
  const r = ApplicationCommandAutocompleteCallbackRequestSchema.safeParse({ type: 8, data: wire({ choices }) });
  if (!r.success) fail("choices do not validate (discord-api-spec)", { issues: r.error.issues, choices });
}

/** The same input twice gives the same reply, byte for byte. */
export function checkSame(a: RunResult<unknown>, b: RunResult<unknown>): void {
  const x = JSON.stringify(a.reply);
  const y = JSON.stringify(b.reply);
  if (x !== y || a.outcome !== b.outcome) fail("the same input gave two different replies", { first: a.reply, second: b.reply });
}
