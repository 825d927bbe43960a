const ECHO_MAX = 200;

/**
 * Makes user text safe to show inside a reply: it cannot format (markdown,
 * headings, quotes, links, code), mention (@everyone, <@id>, <#id>) or break
 * out of anything, and it stays on one short line.
 */
export function escapeUserText(text: string, max = ECHO_MAX): string {
  const flat = text
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const short = flat.length > max ? `${Array.from(flat).slice(0, max).join("")}…` : flat;
  return short
    .replace(/[\\*_~`|>#\-[\]()<:]/gu, (c) => `\\${c}`)
    .replace(/@/gu, "@\u200b");
}
