// /sentence and /law: the answer in one bold line, the one quote it rests on,
// and the gauge, a picture of the cited ranges with the term marked. The law's
// wording sits behind "The law" rather than under every answer.
import type { APIEmbed } from "discord-api-types/v10";
import { joinNames } from "../answer/answer.js";
import { compareTerm, formatTerm, type Term } from "../answer/duration.js";
import { caseTerm, lawAnswer, penaltyOf } from "../answer/sentencing.js";
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { attachGauge } from "./attachments.js";
import { outcomeLine } from "./case-reply.js";
import { COLOR, footer, quoteFields, quoteLine } from "./builders.js";
import { lawButton, sourceRow } from "./components.js";
import { EPHEMERAL_FLAG } from "./limits.js";
import { type MessagePayload, NO_MENTIONS } from "./payload.js";

const paragraphsOf = (facts: readonly Fact[]) => [...new Set(facts.map((f) => f.paragraph))];

/** "5 to 10 years", from law.json's standard provision. */
function standardSpan(data: Dataset): string {
  const s = data.law.provisions.find((p) => p.kind === "standard")!;
  const [lo, hi] = [s.range.minMonths, s.range.maxMonths ?? s.range.minMonths];
  if (lo % 12 === 0 && hi % 12 === 0) return `${lo / 12} to ${formatTerm({ life: false, months: hi })}`;
  return `${formatTerm({ life: false, months: lo })} to ${formatTerm({ life: false, months: hi })}`;
}

const POSITION_WORDS = { below: "below", within: "within", above: "above", life: "above" } as const;

/** The provision a term is measured against: the standard range, or the severe one above it. */
function provisionFor(term: Term, data: Dataset) {
  const standard = data.law.provisions.find((p) => p.kind === "standard")!;
  const severe = data.law.provisions.find((p) => p.kind === "severe");
  const above = term.life || (standard.range.maxMonths !== null && term.months > standard.range.maxMonths);
  return above && severe ? severe : standard;
}

/** /sentence for a case: its penalty against the cited ranges, with the gauge marked for it. */
export function caseSentenceReply(c: Case, data: Dataset): MessagePayload {
  const term = caseTerm(c, data);
  const penalty = penaltyOf(c, data);
  const facts = [c.penalty.fact, ...(c.politicalRights ? [c.politicalRights.fact] : [])];
  const cmp = term ? compareTerm(term, data.law) : undefined;
  const bold = term
    ? `${c.surname}: ${formatTerm(term)} in prison, ${POSITION_WORDS[cmp!.position]} the cited ${standardSpan(data)}`
    : `${c.surname}: ${outcomeLine(c).replace(/^./u, (ch) => ch.toLowerCase())}`;
  const text = term
    ? `${cmp!.text} The article does not say why.`
    : `${penalty.text} There is no prison term to compare with the range of ${standardSpan(data)} the article cites.`;
  const embed: APIEmbed = {
    title: `${c.surname}: sentence against the cited ranges`,
    description: `**${bold}**\n${text}`,
    color: COLOR.law,
    fields: quoteFields(facts),
    footer: footer(data),
  };
  const payload: MessagePayload = {
    embeds: [embed],
    components: [sourceRow(paragraphsOf(facts), data.article.publication, [lawButton()])],
    allowed_mentions: NO_MENTIONS(),
  };
  return attachGauge(payload, data.law, term ? { who: c.surname, term } : undefined);
}

/** /sentence years months: any term against the cited ranges, with the provision it falls under quoted. */
export function termSentenceReply(term: Term, data: Dataset): MessagePayload {
  const cmp = compareTerm(term, data.law);
  const provision = provisionFor(term, data);
  const reported = data.cases.filter((c) => c.penalty.kind === "prison");
  const embed: APIEmbed = {
    title: `${formatTerm(term)} against the cited ranges`,
    description:
      `**${formatTerm(term)}: ${POSITION_WORDS[cmp.position]} the cited ${standardSpan(data)}**\n${cmp.text}` +
      (reported.length ? ` For comparison, the article reports a prison term for ${joinNames(reported.map((c) => c.surname))} only.` : ""),
    color: COLOR.law,
    fields: quoteFields([provision.fact]),
    footer: footer(data),
  };
  const payload: MessagePayload = {
    embeds: [embed],
    components: [sourceRow(paragraphsOf([provision.fact]), data.article.publication, [lawButton()])],
    allowed_mentions: NO_MENTIONS(),
  };
  return attachGauge(payload, data.law, { term });
}

/** /law (and the "The law" button): the cited ranges in one bold line, each provision's quote once, and the gauge. */
export function lawReply(data: Dataset, opts: { ephemeral?: boolean } = {}): MessagePayload {
  const a = lawAnswer(data);
  const years = (m: number) => formatTerm({ life: false, months: m });
  const rangeText = (p: Dataset["law"]["provisions"][number]) =>
    p.range.maxMonths === null
      ? `more than ${years(p.range.minMonths)}${p.range.life ? " or life imprisonment" : ""}`
      : p.range.minMonths % 12 === 0 && p.range.maxMonths % 12 === 0
        ? `${p.range.minMonths / 12} to ${years(p.range.maxMonths)}`
        : `${years(p.range.minMonths)} to ${years(p.range.maxMonths)}`;
  const bold = data.law.provisions.map((p) => (p.kind === "standard" ? `${rangeText(p)} in prison` : `${rangeText(p)} in ${p.covers}`)).join("; ");
  const embed: APIEmbed = {
    title: a.title,
    description: `**${bold.replace(/^./u, (ch) => ch.toUpperCase())}**\nAs the ${data.law.citedBy} cites the ${data.law.name}, in the article's words:`,
    color: COLOR.law,
    fields: data.law.provisions.map((p) => ({
      name: `${p.kind === "standard" ? "Range" : capitalise(p.covers)}: ${rangeText(p)}`,
      value: quoteLine(p.quote),
    })),
    footer: footer(data),
  };
  const payload: MessagePayload = {
    embeds: [embed],
    components: [sourceRow(paragraphsOf(data.law.provisions.map((p) => p.fact)), data.article.publication)],
    allowed_mentions: NO_MENTIONS(),
    ...(opts.ephemeral ? { flags: EPHEMERAL_FLAG } : {}),
  };
  return attachGauge(payload, data.law);
}


const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
