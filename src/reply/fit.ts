import type { APIEmbed } from "discord-api-types/v10";
import { ComponentType } from "discord-api-types/v10";
import * as L from "./limits.js";
import type { ActionRow, Choice, MessagePayload } from "./payload.js";

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
        if ("label" in b && b.label !== undefined) b.label = truncate(b.label, L.BUTTON_LABEL_MAX);
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
            label: truncate(o.label, L.SELECT_OPTION_LABEL_MAX),
            value: truncate(o.value, L.SELECT_OPTION_VALUE_MAX),
            description: o.description === undefined ? undefined : truncate(o.description, L.SELECT_OPTION_DESCRIPTION_MAX),
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

/** The one place a message is brought inside Discord's limits. Pure: returns a new payload. */
export function fitMessage(payload: MessagePayload): MessagePayload {
  const out: MessagePayload = { ...payload, allowed_mentions: { parse: [] } };
  if (out.content !== undefined) out.content = truncate(out.content, L.MESSAGE_CONTENT_MAX);
  out.embeds = fitTotal(payload.embeds.slice(0, L.EMBEDS_PER_MESSAGE_MAX).map(fitEmbed));
  if (payload.components) out.components = fitComponents(payload.components);
  return out;
}

/** Autocomplete choices: at most 25, names and values 1 to 100 characters. */
export function fitChoices(choices: Choice[]): Choice[] {
  return choices
    .filter((c) => c.name.trim().length >= L.CHOICE_NAME_MIN && c.value.length >= 1)
    .slice(0, L.AUTOCOMPLETE_CHOICES_MAX)
    .map((c) => ({ ...c, name: truncate(c.name, L.CHOICE_NAME_MAX), value: c.value.slice(0, L.CHOICE_VALUE_MAX) }));
}
