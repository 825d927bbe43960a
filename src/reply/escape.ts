const ECHO_MAX = 200;

// Lone UTF-16 surrogates are not Unicode: Discord cannot take them in a payload.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** User text on one line: no control, invisible or direction characters, no lone surrogates, at most `max` characters. */
function flatten(text: string, max: number): string {
  const flat = text
    .replace(LONE_SURROGATE, "\ufffd")
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return flat.length > max ? `${Array.from(flat).slice(0, max).join("")}…` : flat;
}

/**
 * Makes user text safe to show inside a reply: it cannot format (markdown,
 * headings, quotes, links, code), mention (@everyone, <@id>, <#id>) or break
 * out of anything, and it stays on one short line. For plain text only:
 * backslash escapes do nothing inside a code span (use `inlineCode` there).
 */
export function escapeUserText(text: string, max = ECHO_MAX): string {
  return flatten(text, max)
    .replace(/[\\*_~`|>#\-[\]()<:]/gu, (c) => `\\${c}`)
    .replace(/@/gu, "@\u200b");
}

/**
 * User text as an inline code span (`like this`): inside a span nothing
 * formats, and a backtick, the only thing that could end it, is replaced by a
 * look-alike. Empty text shows as (empty).
 */
export function inlineCode(text: string, max = ECHO_MAX): string {
  const flat = flatten(text, max).replace(/`/gu, "\u02cb").replace(/@/gu, "@\u200b");
  return flat ? `\`${flat}\`` : "(empty)";
}

/**
 * User text for a place Discord shows as plain text, where markdown does not
 * render and a backslash would show (an embed's author name): one line, valid
 * Unicode, no invisible or direction characters, no markdown markers (they
 * would show raw), and no "@" that could read as a mention.
 */
export function plainUserText(text: string, max = ECHO_MAX): string {
  return flatten(text.replace(/[*_~`|\\]+/gu, ""), max).replace(/@/gu, "@\u200b");
}
