// The /case reply: one screen per case. The outcome comes first, in one bold
// line, then the article's own sentences in the order people ask about a case
// (what happened to them, why, how they made contact, what they did and
// claimed, who they were). Each quote is shown once, under a short heading
// naming what it answers; there is no paraphrase beside it. What does not fit
// on one screen sits behind "All quotes"; the cited law behind "The law".
// It reads only the Case records of the dataset, so it stays small and apart
// from the answering core.
import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import type { Case, Dataset, Fact, Topic } from "../data/dataset.js";
import { allQuotesButton, caseButtons, lawButton, sourceRow } from "./components.js";
import { EPHEMERAL_FLAG } from "./limits.js";
import { type MessagePayload, NO_MENTIONS } from "./payload.js";
import { COLOR, footer, quoteLine } from "./builders.js";

/** Headings in the order people ask; a quote goes under the first heading any of its facts answers. */
const SECTIONS: ReadonlyArray<{ name: string; topics: readonly Topic[] }> = [
  { name: "What happened to him", topics: ["outcome", "sentence", "rights", "charge", "secrets"] },
  { name: "Why", topics: ["motive"] },
  { name: "How he made contact", topics: ["contact", "agency"] },
  { name: "What he did and claimed", topics: ["action", "claim"] },
  { name: "Who he was", topics: ["identity"] },
];

/**
 * How much quoted text one screen holds. discord-look draws an embed about 58
 * characters of quote to a line, 18 px a line; with the header, the bold
 * answer, the headings, the footer and two rows of buttons, about this many
 * characters of quotes keep every case within 820 px.
 */
export const CASE_QUOTE_BUDGET = 1000;

function months(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function termWords(years: number, m: number): string {
  return [years ? months(years, "year") : "", m ? months(m, "month") : ""].filter(Boolean).join(" and ") || "0 months";
}

/** The answer, in one line: what became of the suspect. */
export function outcomeLine(c: Case): string {
  const p = c.penalty;
  if (p.kind === "prison") return `Sentenced to ${termWords(p.years, p.months)} in prison`;
  if (p.kind === "administrative") return "Given administrative penalties; no prison term";
  return c.outcome.kind === "apprehended" ? "Apprehended; the article reports no sentence" : "The article reports no sentence";
}

/** One line under the answer: political rights, and where a prison term sits against the cited range. */
function detailLine(c: Case, data: Dataset): string {
  const parts: string[] = [];
  if (c.politicalRights) parts.push(`Deprived of political rights for ${months(c.politicalRights.years, "year")}.`);
  const standard = data.law.provisions.find((p) => p.kind === "standard");
  if (c.penalty.kind === "prison" && standard) {
    const term = c.penalty.years * 12 + c.penalty.months;
    const { minMonths, maxMonths } = standard.range;
    const hi = maxMonths ?? minMonths;
    const range =
      minMonths % 12 === 0 && hi % 12 === 0
        ? `${minMonths / 12} to ${months(hi / 12, "year")}`
        : `${termWords(Math.floor(minMonths / 12), minMonths % 12)} to ${termWords(Math.floor(hi / 12), hi % 12)}`;
    const where = term < minMonths ? "Below" : maxMonths !== null && term > maxMonths ? "Above" : "Within";
    parts.push(`${where} the ${range} the article cites.`);
  }
  parts.push("Surname only: the article gives no full name.");
  return parts.join(" ");
}

interface Block {
  names: string[];
  quotes: string[];
}

/** The case's quotes, each once, grouped under the headings it answers, in SECTIONS order. */
export function caseBlocks(c: Case): Block[] {
  const sectionOf = (f: Fact) => SECTIONS.findIndex((s) => s.topics.includes(f.topic));
  // the penalty's quote answers "what happened" even when its topic says sentence
  const facts = [c.penalty.fact, ...c.facts.filter((f) => f !== c.penalty.fact)];
  const byQuote = new Map<string, Set<number>>();
  for (const f of facts) {
    const at = sectionOf(f);
    if (at < 0) continue;
    byQuote.set(f.quote, (byQuote.get(f.quote) ?? new Set()).add(at));
  }
  const blocks: Block[] = [];
  for (let i = 0; i < SECTIONS.length; i++) {
    const quotes = [...byQuote].filter(([, at]) => Math.min(...at) === i).map(([q]) => q);
    if (!quotes.length) continue;
    const covered = new Set(quotes.flatMap((q) => [...byQuote.get(q)!]));
    blocks.push({ names: [...covered].sort((a, b) => a - b).map((n) => SECTIONS[n]!.name), quotes });
  }
  return blocks;
}

const field = (b: Block): APIEmbedField => ({
  name: b.names.join(" · "),
  value: b.quotes.map(quoteLine).join("\n"),
});

/** The whole case on one screen, the outcome first; what does not fit is behind "All quotes". */
export function caseReply(c: Case, data: Dataset, opts: { ephemeral?: boolean } = {}): MessagePayload {
  const fields: APIEmbedField[] = [];
  let used = 0;
  let left = false;
  for (const b of caseBlocks(c)) {
    const size = b.quotes.reduce((n, q) => n + q.length, 0);
    // the first block (the outcome) always shows; later ones while they fit
    if (fields.length && used + size > CASE_QUOTE_BUDGET) {
      left = true;
      continue;
    }
    fields.push(field(b));
    used += size;
  }
  const embed: APIEmbed = {
    title: `Case ${c.order} of ${data.cases.length}: ${c.surname}`,
    description: `**${outcomeLine(c)}**\n${detailLine(c, data)}`,
    color: COLOR.answer,
    fields,
    footer: footer(data),
  };
  const extra = [...(left ? [allQuotesButton(c)] : []), lawButton()];
  const others = data.cases.filter((x) => x.id !== c.id).slice(0, 5);
  const components = [
    sourceRow([...new Set(c.facts.map((f) => f.paragraph))], data.article.publication, extra),
    ...caseButtons(others, (x) => `Open ${x.surname}`),
  ];
  const payload: MessagePayload = { embeds: [embed], components, allowed_mentions: NO_MENTIONS() };
  return opts.ephemeral ? { ...payload, flags: EPHEMERAL_FLAG } : payload;
}

/** Every quote of a case under its headings: the "All quotes" button, shown only to the one who clicked. */
export function allQuotesReply(c: Case, data: Dataset): MessagePayload {
  const embed: APIEmbed = {
    title: `All quotes: ${c.surname}`,
    description: `**${outcomeLine(c)}**\nEvery sentence of the article about this case.`,
    color: COLOR.answer,
    fields: caseBlocks(c).map(field),
    footer: footer(data),
  };
  return {
    embeds: [embed],
    components: [sourceRow([...new Set(c.facts.map((f) => f.paragraph))], data.article.publication)],
    flags: EPHEMERAL_FLAG,
    allowed_mentions: NO_MENTIONS(),
  };
}
