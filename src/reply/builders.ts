// Pure reply builders: records and answers in, Discord message payloads out.
// They never call Discord; the doors send what these return.
import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import { joinNames } from "../answer/answer.js";
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { ComponentType } from "discord-api-types/v10";
import { articleLinkButton, caseButtons } from "./components.js";
import { escapeUserText } from "./escape.js";
import { EPHEMERAL_FLAG } from "./limits.js";
import { type MessagePayload, NO_MENTIONS } from "./payload.js";

export const COLOR = { answer: 0x2f6f9f, silent: 0x7a7f87, error: 0xb03a2e, law: 0x6b4f9f } as const;

import { longDate, shortDate } from "../text/dates.js";

export { longDate, shortDate };

/**
 * Who published the article and when (publication metadata), and where to read
 * more about the source: short, so it names no one as the article's author by
 * mistake. No dataset hash: it means nothing to a reader.
 */
export function footer(data: Dataset): APIEmbed["footer"] {
  const p = data.article.publication;
  return { text: `${p.publisher}, ${shortDate(p.published)} · /about` };
}

/** A quote as it appears in a reply: a block quote, verbatim. */
export function quoteLine(quote: string): string {
  return `> ${quote}`;
}

/** The quotes behind some facts, each once, as embed fields. */
export function quoteFields(facts: readonly Fact[], name = "From the article"): APIEmbedField[] {
  const quotes = [...new Set(facts.map((f) => f.quote))];
  return quotes.map((q, i) => ({ name: quotes.length > 1 ? `${name} (${i + 1})` : name, value: quoteLine(q) }));
}

// The /ask answer is built in ask-reply.ts.

/** A surname that matches no case: say so, echo it safely, offer the cases. */
export function noCaseReply(typed: string, data: Dataset, other: boolean): MessagePayload {
  const shown = escapeUserText(typed, 60) || "(empty)";
  const names = joinNames(data.cases.map((c) => c.surname));
  const embed: APIEmbed = {
    title: "No such case",
    description: `**The article has no case under the surname ${shown}**\n${other ? "" : "No close spelling either. "}It has ${data.cases.length} cases: ${names}. Pick one below or try \`/cases\`.`,
    color: COLOR.silent,
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(data.cases, (c) => `Open ${c.surname}`), flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

export function ambiguousReply(typed: string, cases: Case[], data: Dataset): MessagePayload {
  const embed: APIEmbed = {
    title: "Which case?",
    description: `**${escapeUserText(typed, 60)} could be ${joinNames(cases.map((c) => c.surname)).replace(/ and /u, " or ")}**\nPick one below.`,
    color: COLOR.silent,
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(cases, (c) => `Open ${c.surname}`), flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

/** All cases, one line each with the outcome, and a button per case: one click opens it. */
export function casesReply(data: Dataset): MessagePayload {
  const lines = data.cases.map((c) => `${c.order}. **${c.surname}**: ${c.summary}`);
  const embed: APIEmbed = {
    title: `${data.cases.length} cases in "${data.article.title}"`,
    description: `**${joinNames(data.cases.map((c) => c.surname))}: ${data.cases.length} cases, each with its outcome**\n${lines.join("\n")}\n\nOpen a case for the details and the quoted sentences they rest on.`,
    color: COLOR.answer,
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(data.cases, (c) => `Open ${c.surname}`), allowed_mentions: NO_MENTIONS() };
}

/** The full paragraphs behind a Source button, shown only to the one who clicked, with the link to the whole article. */
export function sourceReply(paragraphs: number[], data: Dataset): MessagePayload {
  const valid = [...new Set(paragraphs)].filter((i) => Number.isInteger(i) && i >= 0 && i < data.article.paragraphs.length);
  if (!valid.length) return errorReply("That source link is not valid any more. Ask again to get a fresh one.", data);
  const p = data.article.publication;
  const embed: APIEmbed = {
    title: data.article.title,
    description:
      `**The article's own paragraph${valid.length > 1 ? "s" : ""}, verbatim**\n` +
      valid.map((i) => quoteLine(data.article.paragraphs[i]!)).join("\n\n"),
    color: COLOR.answer,
    footer: footer(data),
  };
  return {
    embeds: [embed],
    components: [{ type: ComponentType.ActionRow, components: [articleLinkButton(p.url, p.publisher)] }],
    flags: EPHEMERAL_FLAG,
    allowed_mentions: NO_MENTIONS(),
  };
}

/**
 * What Casebook is and where each thing it says comes from: the article's text
 * (quoted) apart from the publication's metadata (publisher, author, date, URL,
 * the calendar date of the text's "Monday"), which the text itself does not give.
 */
export function aboutReply(data: Dataset): MessagePayload {
  const a = data.article;
  const p = a.publication;
  const embed: APIEmbed = {
    title: "About Casebook",
    description:
      `**Answers about one ${p.publisher} article, each with its quote**\n` +
      "It reports allegations and outcomes only as the article states them, quotes the sentence each fact rests on, and says so when the article is silent. It does not add anything from elsewhere.",
    color: COLOR.answer,
    fields: [
      {
        name: "From the article's text",
        value:
          `"${a.title}": every quote and every fact about the cases. In the text, China's ${a.disclosedBy} (${a.disclosedByShort}) revealed the cases ${p.casesRevealed.articleSays}; ` +
          "the text itself gives no calendar date, no author and no publisher.",
      },
      {
        name: "From the publication (metadata, not quotes)",
        value:
          `Published by ${p.publisher} on ${longDate(p.published)}, written by ${p.author}: [${new URL(p.url).hostname}](${p.url})\n` +
          `The "Monday" on which the ${a.disclosedByShort} revealed the cases was ${longDate(p.casesRevealed.date)}.`,
      },
      {
        name: "Who did what",
        value: `The ${a.disclosedBy} revealed the cases; ${p.publisher} reported them in this article.`,
      },
      {
        name: "Dataset",
        value: `${data.cases.length} cases (${joinNames(data.cases.map((c) => c.surname))}), ${data.facts.length} quoted facts, ${data.law.provisions.length} provisions of the ${data.law.name} as cited.`,
      },
      { name: "What it keeps", value: "No database and no files. The operator's log gets one line per command: the command, the option names, timing, the outcome and a hashed user id that changes at every restart; what you typed and your user id are logged only if the operator turns LOG_CONTENT on. Every answer is computed from the article alone." },
    ],
    footer: footer(data),
  };
  return {
    embeds: [embed],
    components: [{ type: ComponentType.ActionRow, components: [articleLinkButton(p.url, p.publisher)] }],
    allowed_mentions: NO_MENTIONS(),
  };
}

/** The commands, each example its own code span (so it can be copied as it stands), and a button per case. */
export function helpReply(
  data: Dataset,
  commands: Array<{ name: string; description: string; example: string | readonly string[] }>,
): MessagePayload {
  const examples = (e: string | readonly string[]) => (typeof e === "string" ? [e] : [...e]).map((x) => `\`${x}\``).join("\n");
  const embed: APIEmbed = {
    title: "Casebook commands",
    description: `**${commands.length} commands, each with an example to copy**\nQuestions about the ${data.cases.length} cases in "${data.article.title}"; every answer quotes the article. Open a case below, or type one of these.`,
    color: COLOR.answer,
    fields: commands.map((c) => ({ name: `/${c.name}`, value: `${c.description}\n${examples(c.example)}` })),
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(data.cases, (c) => `Open ${c.surname}`), allowed_mentions: NO_MENTIONS() };
}

/** The polite, ephemeral answer to someone going faster than the cooldown allows (every door). */
export function cooldownReply(retryAfterMs: number, limit: number, windowMs: number): MessagePayload {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const window = Math.round(windowMs / 1000);
  return {
    content:
      `You are going a little fast: Casebook answers up to ${limit} command${limit === 1 ? "" : "s"} per person ` +
      `every ${window} second${window === 1 ? "" : "s"}. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    embeds: [],
    flags: EPHEMERAL_FLAG,
    allowed_mentions: NO_MENTIONS(),
  };
}

/** The one error reply: polite, ephemeral, with an error id when something broke. */
export function errorReply(message: string, data?: Dataset, errorId?: string): MessagePayload {
  const embed: APIEmbed = {
    title: errorId ? "Something went wrong" : "That did not work",
    description: errorId ? `${message}\nError id: \`${errorId}\` (quote it if you report this).` : message,
    color: COLOR.error,
  };
  if (data) embed.footer = footer(data);
  return { embeds: [embed], flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

