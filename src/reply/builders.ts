// Pure reply builders: records and answers in, Discord message payloads out.
// They never call Discord; the doors send what these return.
import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import { type Answer, joinNames } from "../answer/answer.js";
import { compareTerm, formatTerm, type Term } from "../answer/duration.js";
import { caseTerm, lawAnswer, penaltyOf } from "../answer/sentencing.js";
import type { Case, Dataset, Fact, Topic } from "../data/dataset.js";
import { caseButtons, casesMenu, sourceButton } from "./components.js";
import { escapeUserText } from "./escape.js";
import { EPHEMERAL_FLAG } from "./limits.js";
import { type MessagePayload, NO_MENTIONS } from "./payload.js";

export const COLOR = { answer: 0x2f6f9f, silent: 0x7a7f87, error: 0xb03a2e, law: 0x6b4f9f } as const;

export function footer(data: Dataset): APIEmbed["footer"] {
  const a = data.article;
  return { text: `Source: "${a.title}", disclosed by the ${a.disclosedBy} ${a.disclosedWhen} · dataset ${data.version}` };
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

function paragraphsOf(facts: readonly Fact[]): number[] {
  return [...new Set(facts.map((f) => f.paragraph))];
}

/** An /ask answer: the direct answer, the quotes it rests on, the cases it concerns. */
export function answerReply(answer: Answer, data: Dataset, opts: { ephemeral?: boolean } = {}): MessagePayload {
  const answered = answer.status === "answered";
  const fields = quoteFields(answer.facts);
  if (answer.cases.length && answered) {
    fields.push({
      name: answer.cases.length > 1 ? "Cases" : "Case",
      value: answer.cases.map((c) => `${c.surname} (case ${c.order} of ${data.cases.length})`).join("\n"),
    });
  }
  const embed: APIEmbed = {
    title: answer.title,
    description: answer.text,
    color: answered ? COLOR.answer : COLOR.silent,
    fields,
    footer: footer(data),
  };
  const components = [];
  if (answer.facts.length) {
    const open = answer.cases.slice(0, 4).map((c) => caseButtons([c], (x) => `Open ${x.surname}`)[0]!.components[0]!);
    components.push(sourceButton(paragraphsOf(answer.facts), open));
  } else if (answer.status === "no-such-case" || answer.status === "ambiguous") {
    components.push(...caseButtons(answer.status === "ambiguous" ? answer.cases : data.cases, (c) => `Open ${c.surname}`));
  }
  return withFlags({ embeds: [embed], components, allowed_mentions: NO_MENTIONS() }, opts.ephemeral);
}

const CASE_SECTIONS: Array<[Topic, string]> = [
  ["identity", "Who"],
  ["motive", "Why"],
  ["contact", "How he made contact"],
  ["claim", "What he claimed"],
  ["action", "What he did"],
  ["agency", "What the agency did"],
  ["secrets", "State secrets"],
  ["outcome", "Outcome"],
  ["charge", "Law and charge"],
];

/**
 * The statements of some facts, then their quotes. A quote already shown in an
 * earlier section of the same embed is not repeated (several facts rest on one
 * sentence); `shown` carries what is already there.
 */
function factsBlock(facts: readonly Fact[], shown: Set<string>): string {
  const statements = facts.map((f) => f.statement).join(" ");
  const fresh = [...new Set(facts.map((f) => f.quote))].filter((q) => !shown.has(q));
  for (const q of fresh) shown.add(q);
  const quotes = fresh.length ? fresh.map(quoteLine).join("\n") : "(source quoted above)";
  return `${statements}\n${quotes}`;
}

/** Where a case's penalty sits against the cited ranges, in one line. */
export function penaltyLine(c: Case, data: Dataset): string {
  const term = caseTerm(c);
  if (!term) return penaltyOf(c).text;
  return `${penaltyOf(c).text} ${compareTerm(term, data.law).text}`;
}

/** The whole case: who, why, contact, claims, acts, agency, outcome, penalty, law; each with its quote. */
export function caseReply(c: Case, data: Dataset, opts: { ephemeral?: boolean } = {}): MessagePayload {
  const fields: APIEmbedField[] = [];
  const shown = new Set<string>();
  const section = (topic: Topic, name: string) => {
    const facts = c.facts.filter((f) => f.topic === topic);
    if (facts.length) fields.push({ name, value: factsBlock(facts, shown) });
  };
  for (const [topic, name] of CASE_SECTIONS) if (topic !== "charge") section(topic, name);
  // the penalty line states the term; its quote sits beside it
  const penaltyFacts = [c.penalty.fact, ...(c.politicalRights ? [c.politicalRights.fact] : [])];
  const penaltyQuotes = [...new Set(penaltyFacts.map((f) => f.quote))].filter((q) => !shown.has(q));
  for (const q of penaltyQuotes) shown.add(q);
  fields.push({
    name: "Sentence",
    value: `${penaltyLine(c, data)}\n${penaltyQuotes.length ? penaltyQuotes.map(quoteLine).join("\n") : "(source quoted above)"}`,
  });
  section("charge", "Law and charge");
  const embed: APIEmbed = {
    title: `Case ${c.order} of ${data.cases.length}: ${c.surname}`,
    description: `A suspect surnamed ${c.surname}; the article gives no full name.${c.spellings.length ? ` Other spellings: ${c.spellings.map((s) => `${s.spelling} (${s.system})`).join(", ")}.` : ""}`,
    color: COLOR.answer,
    fields,
    footer: footer(data),
  };
  const others = data.cases.filter((x) => x.id !== c.id).slice(0, 4);
  const row = sourceButton(paragraphsOf(c.facts), caseButtons(others, (x) => `Open ${x.surname}`).flatMap((r) => r.components));
  return withFlags({ embeds: [embed], components: [row], allowed_mentions: NO_MENTIONS() }, opts.ephemeral);
}

/** A surname that matches no case: say so, echo it safely, offer the cases. */
export function noCaseReply(typed: string, data: Dataset, other: boolean): MessagePayload {
  const shown = escapeUserText(typed, 60) || "(empty)";
  const names = joinNames(data.cases.map((c) => c.surname));
  const embed: APIEmbed = {
    title: "No such case",
    description: `There is no case under the surname **${shown}** in the article${other ? "" : " (no close spelling either)"}. The article has ${data.cases.length} cases: ${names}. Pick one below or try \`/cases\`.`,
    color: COLOR.silent,
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(data.cases, (c) => `Open ${c.surname}`), flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

export function ambiguousReply(typed: string, cases: Case[], data: Dataset): MessagePayload {
  const embed: APIEmbed = {
    title: "Which case?",
    description: `**${escapeUserText(typed, 60)}** could be ${joinNames(cases.map((c) => c.surname)).replace(/ and /u, " or ")}. Pick one below.`,
    color: COLOR.silent,
    footer: footer(data),
  };
  return { embeds: [embed], components: caseButtons(cases, (c) => `Open ${c.surname}`), flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

/** All cases, one line each with the outcome, and a menu to open any of them. */
export function casesReply(data: Dataset): MessagePayload {
  const lines = data.cases.map((c) => `**${c.order}. ${c.surname}**: ${c.summary}`);
  const embed: APIEmbed = {
    title: `${data.cases.length} cases in "${data.article.title}"`,
    description: `${lines.join("\n")}\n\nOpen a case for the details and the quoted sentences they rest on.`,
    color: COLOR.answer,
    footer: footer(data),
  };
  return { embeds: [embed], components: [casesMenu(data.cases)], allowed_mentions: NO_MENTIONS() };
}

export function lawReply(data: Dataset): MessagePayload {
  const a = lawAnswer(data);
  const standard = data.law.provisions.find((p) => p.kind === "standard")!;
  const fields: APIEmbedField[] = data.law.provisions.map((p) => ({
    name: p.kind === "standard" ? "Range" : "Especially severe cases",
    value: `${p.range.life ? `More than ${formatTerm({ life: false, months: p.range.minMonths })}, or life imprisonment` : `${formatTerm({ life: false, months: p.range.minMonths })} to ${formatTerm({ life: false, months: p.range.maxMonths ?? p.range.minMonths })}`}\n${quoteLine(p.quote)}`,
  }));
  fields.push({ name: "Who it covers", value: `As the ${data.law.citedBy} cites it: ${standard.covers}.` });
  const embed: APIEmbed = { title: a.title, description: a.text, color: COLOR.law, fields, footer: footer(data) };
  return {
    embeds: [embed],
    components: [sourceButton(paragraphsOf(data.law.provisions.map((p) => p.fact)))],
    allowed_mentions: NO_MENTIONS(),
  };
}

/** /sentence for a case: its penalty against the cited ranges. */
export function caseSentenceReply(c: Case, data: Dataset): MessagePayload {
  const facts = [c.penalty.fact, ...(c.politicalRights ? [c.politicalRights.fact] : []), ...data.law.provisions.map((p) => p.fact)];
  const term = caseTerm(c);
  const text = term
    ? `${penaltyLine(c, data)} The article does not say why.`
    : `${penaltyOf(c).text} There is no prison term to compare with the range of five to 10 years the article cites.`;
  const embed: APIEmbed = {
    title: `${c.surname}: sentence against the cited ranges`,
    description: text,
    color: COLOR.law,
    fields: quoteFields(facts),
    footer: footer(data),
  };
  return { embeds: [embed], components: [sourceButton(paragraphsOf(facts))], allowed_mentions: NO_MENTIONS() };
}

/** /sentence years months: any term against the cited ranges. */
export function termSentenceReply(term: Term, data: Dataset): MessagePayload {
  const cmp = compareTerm(term, data.law);
  const facts = data.law.provisions.map((p) => p.fact);
  const reported = data.cases.filter((c) => c.penalty.kind === "prison");
  const embed: APIEmbed = {
    title: `${formatTerm(term)} against the cited ranges`,
    description: `${cmp.text}${reported.length ? ` For comparison, the article reports a prison term for ${joinNames(reported.map((c) => c.surname))} only.` : ""}`,
    color: COLOR.law,
    fields: quoteFields(facts),
    footer: footer(data),
  };
  return { embeds: [embed], components: [sourceButton(paragraphsOf(facts))], allowed_mentions: NO_MENTIONS() };
}

/** The full paragraphs behind a Source button, shown only to the one who clicked. */
export function sourceReply(paragraphs: number[], data: Dataset): MessagePayload {
  const valid = [...new Set(paragraphs)].filter((i) => Number.isInteger(i) && i >= 0 && i < data.article.paragraphs.length);
  if (!valid.length) return errorReply("That source link is not valid any more. Ask again to get a fresh one.", data);
  const embed: APIEmbed = {
    title: data.article.title,
    description: valid.map((i) => quoteLine(data.article.paragraphs[i]!)).join("\n\n"),
    color: COLOR.answer,
    footer: footer(data),
  };
  return { embeds: [embed], flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS() };
}

export function aboutReply(data: Dataset): MessagePayload {
  const a = data.article;
  const embed: APIEmbed = {
    title: "About Casebook",
    description:
      `Casebook answers questions about one news article, "${a.title}": cases disclosed by China's ${a.disclosedBy} (${a.disclosedByShort}) ${a.disclosedWhen}; the article gives no calendar date.\n\n` +
      "It reports allegations and outcomes only as the article states them, quotes the sentence each fact rests on, and says so when the article is silent. It does not add anything from elsewhere.",
    color: COLOR.answer,
    fields: [
      { name: "Dataset", value: `${data.cases.length} cases (${joinNames(data.cases.map((c) => c.surname))}), ${data.facts.length} quoted facts, ${data.law.provisions.length} provisions of the ${data.law.name} as cited. Version ${data.version}.` },
      { name: "What it keeps", value: "No database and no files. The operator's log gets one line per command: the command, the option names, timing, the outcome and a hashed user id that changes at every restart; what you typed and your user id are logged only if the operator turns LOG_CONTENT on. Every answer is computed from the article alone." },
    ],
    footer: footer(data),
  };
  return { embeds: [embed], allowed_mentions: NO_MENTIONS() };
}

export function helpReply(data: Dataset, commands: Array<{ name: string; description: string; example: string }>): MessagePayload {
  const embed: APIEmbed = {
    title: "Casebook commands",
    description: `Questions about the ${data.cases.length} cases in "${data.article.title}". Every answer quotes the article.`,
    color: COLOR.answer,
    fields: commands.map((c) => ({ name: `/${c.name}`, value: `${c.description}\nExample: \`${c.example}\`` })),
    footer: footer(data),
  };
  return { embeds: [embed], allowed_mentions: NO_MENTIONS() };
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

function withFlags(payload: MessagePayload, ephemeral?: boolean): MessagePayload {
  return ephemeral ? { ...payload, flags: EPHEMERAL_FLAG } : payload;
}
