import type { APIEmbed } from "discord-api-types/v10";
import { ComponentType } from "discord-api-types/v10";
import * as L from "./limits.js";
import { type ActionRow, ATTACHMENT_SCHEME, type Choice, type MessagePayload, type ReplyFile } from "./payload.js";

const ELLIPSIS = "…";
const EMPTY_FIELD = "\u2014";

/** Cuts text to `max` UTF-16 units, never through a surrogate pair, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

/**
 * Cuts text to `max` like `truncate`, but at the last word boundary before the
 * cut (so no word is left half-shown), unless that would lose more than half.
 * For short labels and descriptions people read at a glance.
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ELLIPSIS.length);
  const head = text.slice(0, room + 1);
  const boundary = head.search(/\s+\S*$/u);
  if (boundary > room / 2) return `${text.slice(0, boundary).replace(/[\s,;:.\-–—]+$/u, "")}${ELLIPSIS}`;
  return truncate(text, max);
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = truncate(out.title, L.EMBED_TITLE_MAX);
  if (out.description !== undefined) out.description = truncate(out.description, L.EMBED_DESCRIPTION_MAX);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, L.EMBED_FOOTER_TEXT_MAX) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, L.EMBED_AUTHOR_NAME_MAX) };
  if (out.fields) {
    out.fields = out.fields.slice(0, L.EMBED_FIELDS_MAX).map((f) => ({
      ...f,
      name: truncate(f.name.trim() || EMPTY_FIELD, L.EMBED_FIELD_NAME_MAX),
      value: truncate(f.value.trim() || EMPTY_FIELD, L.EMBED_FIELD_VALUE_MAX),
    }));
  }
  return out;
}

/** Shrinks the longest text of the message until all embeds fit in 6000 characters. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let total = embeds.reduce((n, e) => n + embedLength(e), 0);
  while (total > L.EMBED_TOTAL_MAX) {
    // the single longest piece of text loses what is over, or half of itself
    let best: { len: number; cut: (n: number) => void } | undefined;
    for (const e of embeds) {
      if (e.description && (!best || e.description.length > best.len)) {
        best = { len: e.description.length, cut: (n) => (e.description = truncate(e.description!, n)) };
      }
      for (const f of e.fields ?? []) {
        if (!best || f.value.length > best.len) best = { len: f.value.length, cut: (n) => (f.value = truncate(f.value, n)) };
      }
    }
    if (!best || best.len <= 1) break;
    const over = total - L.EMBED_TOTAL_MAX;
    best.cut(Math.max(1, Math.max(best.len - over, Math.floor(best.len / 2))));
    total = embeds.reduce((n, e) => n + embedLength(e), 0);
  }
  return embeds;
}

function fitComponents(rows: ActionRow[]): ActionRow[] {
  return rows.slice(0, L.ACTION_ROWS_MAX).map((row) => ({
    ...row,
    components: row.components.slice(0, L.BUTTONS_PER_ROW_MAX).map((c) => {
      if (c.type === ComponentType.Button) {
        const b = { ...c };
        if ("label" in b && b.label !== undefined) b.label = truncateWords(b.label, L.BUTTON_LABEL_MAX);
        if ("custom_id" in b) assertCustomId(b.custom_id);
        return b;
      }
      if (c.type === ComponentType.StringSelect) {
        assertCustomId(c.custom_id);
        return {
          ...c,
          placeholder: c.placeholder === undefined ? undefined : truncate(c.placeholder, L.SELECT_PLACEHOLDER_MAX),
          options: c.options.slice(0, L.SELECT_OPTIONS_MAX).map((o) => ({
            ...o,
            label: truncateWords(o.label, L.SELECT_OPTION_LABEL_MAX),
            value: truncate(o.value, L.SELECT_OPTION_VALUE_MAX),
            description: o.description === undefined ? undefined : truncateWords(o.description, L.SELECT_OPTION_DESCRIPTION_MAX),
          })),
        };
      }
      return c;
    }),
  }));
}

function assertCustomId(id: string): void {
  // custom ids are built by our own code: an overlong one is a bug to surface, not to hide
  if (id.length < 1 || id.length > L.CUSTOM_ID_MAX) throw new Error(`custom_id of ${id.length} characters: ${id.slice(0, 40)}`);
}

/**
 * At most ten files, alt text within its limit; an embed image that points at a
 * file the message does not carry is dropped rather than shown broken.
 */
function fitFiles(files: readonly ReplyFile[], embeds: APIEmbed[]): { files: ReplyFile[]; embeds: APIEmbed[] } {
  const kept = files.slice(0, L.ATTACHMENTS_PER_MESSAGE_MAX).map((f) => ({
    ...f,
    description: truncateWords(f.description, L.ATTACHMENT_DESCRIPTION_MAX),
  }));
  const names = new Set(kept.map((f) => f.name));
  const missing = (url: string | undefined) => url?.startsWith(ATTACHMENT_SCHEME) === true && !names.has(url.slice(ATTACHMENT_SCHEME.length));
  return {
    files: kept,
    embeds: embeds.map((e) => {
      if (!missing(e.image?.url) && !missing(e.thumbnail?.url)) return e;
      const { image, thumbnail, ...rest } = e;
      return { ...rest, ...(missing(image?.url) ? {} : { image }), ...(missing(thumbnail?.url) ? {} : { thumbnail }) };
    }),
  };
}

/** The one place a message is brought inside Discord's limits. Pure: returns a new payload. */
export function fitMessage(payload: MessagePayload): MessagePayload {
  const out: MessagePayload = { ...payload, allowed_mentions: { parse: [] } };
  if (out.content !== undefined) out.content = truncate(out.content, L.MESSAGE_CONTENT_MAX);
  out.embeds = fitTotal(payload.embeds.slice(0, L.EMBEDS_PER_MESSAGE_MAX).map(fitEmbed));
  if (payload.files?.length || out.embeds.some((e) => e.image || e.thumbnail)) {
    const fitted = fitFiles(payload.files ?? [], out.embeds);
    out.embeds = fitted.embeds;
    if (payload.files) out.files = fitted.files;
  }
  if (payload.components) out.components = fitComponents(payload.components);
  return out;
}

/** Autocomplete choices: at most 25, names and values 1 to 100 characters. */
export function fitChoices(choices: Choice[]): Choice[] {
  return choices
    .filter((c) => c.name.trim().length >= L.CHOICE_NAME_MIN && c.value.length >= 1)
    .slice(0, L.AUTOCOMPLETE_CHOICES_MAX)
    .map((c) => ({ ...c, name: truncateWords(c.name, L.CHOICE_NAME_MAX), value: c.value.slice(0, L.CHOICE_VALUE_MAX) }));
}

/**
 * A command definition with every description inside Discord's 100 characters,
 * cut at a word boundary (the definitions are ours, so this only guards edits).
 */
export function fitCommandDefinition<D extends { description: string; description_localizations?: Record<string, string | null> | null; options?: readonly unknown[] }>(def: D): D {
  const fitText = <T extends { description?: string; description_localizations?: Record<string, string | null> | null }>(o: T): T => {
    const out = { ...o };
    if (out.description !== undefined) out.description = truncateWords(out.description, L.COMMAND_DESCRIPTION_MAX);
    if (out.description_localizations) {
      out.description_localizations = Object.fromEntries(
        Object.entries(out.description_localizations).map(([k, v]) => [k, v === null ? v : truncateWords(v, L.COMMAND_DESCRIPTION_MAX)]),
      );
    }
    return out;
  };
  const out = fitText(def);
  if (def.options) out.options = def.options.map((o) => fitText(o as { description?: string }));
  return out;
}
