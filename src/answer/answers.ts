// One handler per kind of question: a typed query in, a grounded answer out.
// The answer's first sentence is the answer; "the article does not say" is
// an answer of its own, never turned into a no.
import type { AttrKey, ReadAttribute } from "../data/casebase.js";
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { type Answer, joinNames, sentencesOnce, uniqueFacts } from "./answer.js";
import { severeWords } from "./sentencing.js";
import { combine, compare, type Evaluator, type Finding, months, relationWords, type Truth } from "./evaluate.js";
import type { Amount, Arithmetic, Kind, Predicate, Query } from "./query.js";
import { stem } from "./read/stem.js";
import { agreesWith, longDate } from "../text/dates.js";
import { LIGHT_STEMS, STOPWORDS } from "./stopwords.js";

export interface Context {
  data: Dataset;
  ev: Evaluator;
  /** the cases a piece of text is about, as the reader reads it ("song's case first": Song) */
  casesIn: (text: string) => readonly string[];
  /** the stems of the disclosing body's names ("ministri", "state", "secur", "mss"), built once */
  bodyStems: ReadonlySet<string>;
}

type Handler = (q: Query, ctx: Context) => Answer;

const LABEL: Record<ReadAttribute, string> = {
  penalty: "sentence",
  outcome: "outcome",
  moneyTrouble: "motive",
  contact: "how contact was made",
  falseClaim: "the false claim",
  actions: "what was done",
  secrets: "state secrets",
  employment: "who this is",
  agency: "what the agency did",
  rights: "political rights",
  offence: "offence",
  law: "law",
  sex: "man or woman",
  lawRange: "the cited ranges",
  lawSevere: "the severe range",
  lawConduct: "what the law covers",
  source: "source",
  title: "title",
  date: "date",
  overview: "overview",
  cases: "the cases",
};

export const isCaseAttr = (a: ReadAttribute | null, data: Dataset): a is AttrKey & ReadAttribute =>
  a !== null && a in data.attributes.values().next().value!;

const answered = (title: string, text: string, facts: Fact[], cases: Case[], said = true): Answer => ({
  status: "answered",
  title,
  text,
  facts: uniqueFacts(facts),
  cases,
  said,
});

const notCovered = (text: string, facts: Fact[] = [], cases: Case[] = []): Answer => ({
  status: "not-covered",
  title: "Not covered by the article",
  text,
  facts: uniqueFacts(facts),
  cases,
  said: false,
});

/** A title's subject: one case's surname, "Every case", or the cases named ("Zhong and Song"). */
function whose(cases: readonly Case[], data: Dataset): string {
  return cases.length === data.cases.length ? "Every case" : joinNames(cases.map((c) => c.surname));
}

function scope(q: Query, data: Dataset): Case[] {
  return q.cases.length ? q.cases.map((id) => data.caseById.get(id)!) : data.cases;
}

/** What the article says of one case on one attribute, in a sentence, with its facts. */
function statement(c: Case, key: AttrKey, ctx: Context): { text: string; facts: Fact[] } {
  const a = ctx.ev.attrs(c)[key];
  return a.said ? { text: a.statement, facts: a.facts } : { text: a.note, facts: a.facts };
}

/** The penalty, with the political rights when the same sentence gives them. */
export function penaltyText(c: Case, ctx: Context): { text: string; facts: Fact[] } {
  const A = ctx.ev.attrs(c);
  const p = statement(c, "penalty", ctx);
  if (A.penalty.said && A.rights.said) return { text: `${p.text} ${A.rights.statement}`, facts: [...p.facts, ...A.rights.facts] };
  if (!A.penalty.said && A.outcome.said) return { text: `${p.text}`, facts: [...p.facts, ...A.outcome.facts] };
  return p;
}

export function lawFacts(ctx: Context): Fact[] {
  return ctx.data.law.provisions.map((p) => p.fact);
}

/** "5 to 10 years" and "more than 10 years or life", from the data. */
export function rangeWords(ctx: Context): { standard: string; severe: string | null } {
  const std = ctx.ev.standard.range;
  const severe = ctx.data.law.provisions.find((p) => p.kind === "severe")?.range;
  const standard = std.maxMonths ? `${months(std.minMonths).replace(/ years?$/u, "")} to ${months(std.maxMonths)}` : `at least ${months(std.minMonths)}`;
  return { standard, severe: severe ? `more than ${months(severe.minMonths)}${severe.life ? " or life imprisonment" : ""}` : null };
}

/** "The minimum the article cites is 5 years in prison.": one end of the range asked for by itself, leading its answer */
function pointWords(point: "min" | "max", ctx: Context, inMonths = false): string {
  const r = ctx.ev.standard.range;
  const severe = ctx.data.law.provisions.find((p) => p.kind === "severe")?.range;
  // ("the law's minimum in months"): the end asked for in the unit asked for, beside the article's own
  const term = (m: number) => (inMonths ? `${months(m)} (${m} months)` : months(m));
  if (point === "min") return `The minimum the article cites is ${term(r.minMonths)} in prison.`;
  const top = r.maxMonths ? term(r.maxMonths) : null;
  if (severe?.life) return `The most the article cites is life imprisonment, in especially severe cases${top ? `; otherwise the range tops out at ${top}` : ""}.`;
  return top ? `The range the article cites tops out at ${top}.` : "";
}

/** "The cited range is 5 years (60 months) wide: from 5 years to 10 years." */
function widthWords(min: number, max: number): string {
  return `The cited range is ${months(max - min)} (${max - min} months) wide: from ${months(min)} to ${months(max)}.`;
}

function lawAnswer(q: Query, ctx: Context): Answer {
  const { standard, severe } = rangeWords(ctx);
  const std = ctx.data.law.provisions.find((p) => p.kind === "standard")!;
  const sev = ctx.data.law.provisions.find((p) => p.kind === "severe");
  const by = ctx.data.law.citedBy;
  const sevCovers = sev?.covers ?? "";
  const lead =
    q.attribute === "lawSevere" && sev
      ? `In ${sevCovers}, ${severe}. Otherwise, ${standard}.`
      : q.attribute === "lawConduct"
        ? `The ${ctx.data.law.name}, as the ${by} cites it, covers ${std.covers}: ${standard} in prison${severe ? `, and ${severe} in ${sevCovers}` : ""}.`
        : `${standard} in prison under the ${ctx.data.law.name}, as the ${by} cites it${severe ? `; in ${sevCovers}, ${severe}` : ""}.`;
  // ("the 5-10 year range in months", "the top of the normal range in months"): the range in the unit asked for
  const r = ctx.ev.standard.range;
  const severeRange = sev?.range;
  const inMonths =
    q.arithmetic?.op === "in-units" && q.arithmetic.unit === "months" && q.attribute !== "lawConduct"
      ? `In months: ${r.maxMonths ? `${r.minMonths} to ${r.maxMonths} months` : `at least ${r.minMonths} months`}${severeRange ? `; in ${sevCovers}, more than ${severeRange.minMonths} months${severeRange.life ? " or life" : ""}` : ""}.`
      : null;
  const width = q.arithmetic?.op === "width" && r.maxMonths ? `${widthWords(r.minMonths, r.maxMonths)} ` : "";
  const point = q.point ? `${pointWords(q.point, ctx, inMonths !== null)} ` : "";
  const text = `${point}${width}${inMonths ? `${inMonths} ` : ""}${lead} ${q.attribute === "lawConduct" ? "" : `It covers ${std.covers}.`}`.trim();
  return answered(`The ${ctx.data.law.name}, as cited`, text, lawFacts(ctx), []);
}

/** Where a prison term sits against the cited range, without calling the range a minimum anyone fell short of. */
/**
 * Whether a statement about the cited law holds: its ranges, caps and floors,
 * life imprisonment, and what conduct it covers. A yes/no question and a claim
 * about the law are the same query, so both come here.
 */
export function lawTruth(q: Query, ctx: Context): Truth {
  const t = lawTruthAsSaid(q, ctx);
  // "life is mandatory", "everyone who steals gets at least 5 years": the article says "can face" and "may be"
  return t === true && q.mandatory ? false : t;
}

function lawTruthAsSaid(q: Query, ctx: Context): Truth {
  const { data, ev } = ctx;
  const std = ev.standard.range;
  const severe = data.law.provisions.find((x) => x.kind === "severe");
  const p = q.predicate;
  // ("life is the standard penalty": the article gives life only in especially severe cases)
  if (p?.type === "life") return p.below ? true : q.ordinary && severe ? false : (severe?.range.life ?? false);
  // "the normal range is 10 to 15 years": a range written out is the standard range, or no range the article cites
  // ("do people get 2-3 years under that law": a span said of those the law covers is a range too)
  if (q.span && (q.attribute === "lawRange" || q.attribute === "lawSevere" || q.attribute === "lawConduct")) {
    const standard = q.span.min === std.minMonths && q.span.max === std.maxMonths;
    // ("especially severe cases get 5 to 10 years": the standard range given to the severe band, which gets more)
    return standard && q.severeGetsSpan && severe ? false : standard;
  }
  if (p?.type === "fined" || p?.type === "punished") return p.type === "punished";
  // ("in especially severe cases the max is still under 10 years": the severe band's top, life or a term, against the amount)
  const aboutSevere = q.attribute === "lawSevere" || q.words.some((w) => ev.cueOf("lawSevere", w));
  if (p?.type === "term" && "months" in p.amount && (p.op === "<" || p.op === "<=") && aboutSevere && severe && !q.ordinary) {
    return compare(severe.range.life ? Infinity : (severe.range.maxMonths ?? Infinity), p.op, p.amount.months);
  }
  if (p?.type === "term" && "months" in p.amount && p.op === "<=") {
    // "the top of the normal range is 10 years": the standard range's own top
    if (q.ordinary) return std.maxMonths === undefined ? "unknown" : p.amount.months === std.maxMonths;
    // "capped at 10 years": not while especially severe cases can get more
    return severe ? false : p.amount.months >= (std.maxMonths ?? Infinity);
  }
  // ("in ordinary cases can it be more than 10 years": what the standard range allows, without the severe band)
  if (p?.type === "term" && "months" in p.amount && q.ordinary && (p.op === ">" || p.op === "<") && typeof std.maxMonths === "number") {
    const m = p.amount.months;
    const max = std.maxMonths;
    return p.op === ">" ? max > m : std.minMonths < m;
  }
  if (p?.type === "term" && "months" in p.amount && p.op === ">=") {
    // "start at 5 years", "severe cases start at 20 years": a floor the article gives
    const floor = q.attribute === "lawSevere" ? (severe?.range.minMonths ?? std.maxMonths) : std.minMonths;
    return floor === undefined ? "unknown" : p.amount.months === floor;
  }
  // "severe cases get more than 15 years or life": the severe band stated whole, so its floor must be the article's
  if (p?.type === "term" && "months" in p.amount && p.op === ">" && q.attribute === "lawSevere" && severe?.range.life && q.words.includes("life")) {
    const floor = severe.range.minMonths ?? std.maxMonths;
    return floor === undefined ? "unknown" : p.amount.months === floor;
  }
  // ("in an especially severe case, could someone get 15 years": any term above the standard top falls in the severe band)
  if (p?.type === "term" && "months" in p.amount && q.words.some((w) => ev.cueOf("lawSevere", w)) && (p.op === "=" || p.op === "~" || p.op === ">" || p.op === ">=") && severe && typeof std.maxMonths === "number" && p.amount.months > std.maxMonths) {
    return true;
  }
  // ("can someone get more than 3 years", "offenders can get under 3 years", "can you get 7 years": a term the law allows, with no
  // end of the range as the subject; the standard range, and above its top the severe band)
  if (p?.type === "term" && "months" in p.amount && !q.words.some((w) => RANGE_POINT_STEMS.has(w)) && !q.mandatory && typeof std.maxMonths === "number") {
    const m = p.amount.months;
    const top = severe ? (severe.range.life ? Infinity : (severe.range.maxMonths ?? std.maxMonths)) : std.maxMonths;
    // ("can you get 15 years under the law": above the standard top, a term the especially severe band allows)
    const severeAllows = !q.ordinary && severe !== undefined && m > std.maxMonths && m <= top;
    if (p.op === "=" || p.op === "~") return (m >= std.minMonths && m <= std.maxMonths) || severeAllows;
    if (p.op === ">") return top > m;
    if (p.op === "<") return std.minMonths < m;
  }
  if (p?.type === "term" && "months" in p.amount) {
    const m = p.amount.months;
    const low = q.words.some((w) => LOW_END_STEMS.has(w));
    const high = q.words.some((w) => HIGH_END_STEMS.has(w));
    const severeBand = aboutSevere && severe !== undefined && !q.ordinary;
    // "the minimum is more than 5 years", "the max is under 8 years": the end named, compared with the amount
    if (low && !high) {
      const floor = severeBand ? (severe.range.minMonths ?? std.maxMonths) : std.minMonths;
      return floor === undefined ? "unknown" : compare(floor, p.op, m);
    }
    if (high && !low) {
      const severeTop = severe ? (severe.range.life ? Infinity : severe.range.maxMonths) : undefined;
      const tops = severeBand ? [severeTop] : q.ordinary || !severe ? [std.maxMonths] : [std.maxMonths, severeTop];
      // (with no band named, "the max is 10 years" holds of the standard range and "the max is more than 10 years" of the severe band)
      const known = tops.filter((x): x is number => typeof x === "number");
      return known.length ? known.some((t) => compare(t, p.op, m)) : "unknown";
    }
    // ("the range ends at 10 years": an end, but not which)
    const bounds = [std.minMonths, std.maxMonths, severe?.range.minMonths].filter((x): x is number => typeof x === "number");
    return bounds.includes(m);
  }
  const lawText = `${data.law.name} ${data.law.provisions.map((x) => `${x.covers} ${x.quote}`).join(" ")}`.toLowerCase();
  const cover = q.words.filter((w) => lawText.includes(w)).length / Math.max(1, q.words.length);
  return cover >= 0.6 ? true : "unknown";
}

/** Words that make the low end of the cited range the subject ("the minimum is less than 10 years"): plain English, no article's words. */
const LOW_END_STEMS = new Set(["minimum", "min", "bottom", "floor", "lowest", "lower", "least", "start"].map((w) => stem(w)));
/** The same for the high end ("the max is under 8 years"). */
const HIGH_END_STEMS = new Set(["maximum", "max", "top", "ceiling", "cap", "highest", "upper", "most"].map((w) => stem(w)));
/** Any end of the range as the subject, named or not ("the range ends at 10 years"). */
const RANGE_POINT_STEMS = new Set([...LOW_END_STEMS, ...HIGH_END_STEMS, ...["end", "limit", "bound"].map((w) => stem(w))]);

/**
 * Whether a question about the law's penalty names only a deed the cited
 * conduct leaves out ("just for pledging allegiance", "for contacting an
 * agency"): a deed of the cases that is none of the law's verbs, and no
 * secrets or intelligence named as its object ("selling secrets" is providing them).
 */
function deedOutsideLaw(q: Query, ctx: Context): boolean {
  const { ev } = ctx;
  const conduct = ctx.data.law.provisions.find((p) => p.conduct)?.conduct;
  if (!conduct) return false;
  // (by the law's typed conduct: the acts' verbs, not an adverb like "illegally"; the objects by head noun, with synonyms)
  const words = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !STOPWORDS.has(w) && !/ly$/u.test(w));
  const verbs = new Set(conduct.acts.flatMap(words).map((w) => stem(w)));
  const objects = new Set(ev.expandWords(conduct.objects.map((o) => stem(words(o).at(-1) ?? o))).flat());
  // (not the agency's own name: "a foreign intelligence agency" is to whom, not what)
  const named = q.words.some((w, i) => objects.has(w) && !(q.words[i + 1] && ev.cueOf("contact", q.words[i + 1]!)) && !(q.words[i + 1] ?? "").startsWith("agenc"));
  if (named) return false;
  const expanded = (w: string) => ev.expandWords([w]).flat();
  const deeds = q.words.filter((w) => (ev.cueOf("actions", w) || ev.cueOf("contact", w) || ev.cueOf("falseClaim", w)) && !ev.cueOf("secrets", w));
  const ofLaw = (w: string) => expanded(w).some((x) => verbs.has(x)) || [...verbs].some((v) => v !== w && expanded(v).includes(w) && ev.cueOf("actions", v));
  return deeds.length > 0 && !deeds.some(ofLaw);
}

/**
 * "What happens if you pledge allegiance…": what became of the cases the article
 * reports doing it (found by the engine, each checked as a claim), then the cited
 * range, said to be for other conduct where the deed is none of it.
 */
export function deedConsequence(q: Query, fits: readonly [Case, ...Case[]], ctx: Context): Answer {
  const law = lawAnswer(q, ctx);
  // (secrets the deed denies name none: "pledge allegiance but your stuff isn't secret", "pretend it's secret")
  const denied = new Set([...q.denied, ...(q.negated && q.predicate?.type === "secrets" ? q.words.filter((w) => ctx.ev.cueOf("secrets", w)) : [])]);
  const outside = deedOutsideLaw({ ...q, words: q.words.filter((w) => !denied.has(w)) }, ctx);
  const parts: string[] = [];
  const facts: Fact[] = [];
  for (const c of fits) {
    // (the penalty where the article gives one, else how his case ended: "apprehended before he could meet …")
    const o = ctx.ev.attrs(c).penalty.said ? penaltyText(c, ctx) : statement(c, "outcome", ctx);
    parts.push(o.text);
    facts.push(...o.facts);
    // (the law he broke, where the article names it: "his pledge violated the Counter-Espionage Law")
    const l = ctx.ev.attrs(c).law;
    if (l.said && !o.text.includes(l.statement)) {
      parts.push(l.statement);
      facts.push(...l.facts);
    }
  }
  // ("if you only hand over public info, can you still get in trouble?": yes, as the cases that did show)
  const reported = `${q.supposed?.asks === "yesno" ? "Yes. " : ""}The article reports ${fits.length === 1 ? "one case" : `${fits.length} cases`} like that: ${joinNames(fits.map((c) => c.surname))}. ${parts.join(" ")}`;
  // (the penalty for a deed the cited range covers: the range answers first, "what's the sentence for selling secrets";
  // otherwise the cases that did it, then the range, said to be for other conduct where the deed is none of it)
  if (!outside && q.supposed?.asks === "penalty") return answered(law.title, `${law.text} ${reported}`.replace(/\s+/gu, " ").trim(), [...law.facts, ...facts], [...fits]);
  return answered("What happened to those who did that", `${reported} ${outside ? "The range it cites is for other conduct" : "As for the law"}: ${law.text}`.replace(/\s+/gu, " ").trim(), [...facts, ...law.facts], [...fits]);
}

/**
 * What the cited law covers that an "only" question leaves out: the verbs
 * ("steal", "spy on", …) where it names a verb of the law, the recipients
 * ("institutions", "individuals") where it names one of those.
 */
export function conductLeftOut(q: Query, ctx: Context): { left: string[]; recipients: string | null } {
  const covers = ctx.ev.standard.covers.replace(/^people who /u, "");
  // the verbs before the object: "steal, spy on, illegally purchase or provide"
  const verbs = covers.split(/\s+(?:state secrets|secrets|intelligence)\b/u)[0]!.split(/,\s*|\s+or\s+/u).map((v) => v.trim()).filter(Boolean);
  // the recipients after the last "to": "overseas organizations, institutions or individuals"
  const to = /.*\bto\s+(.+)$/u.exec(covers)?.[1] ?? "";
  const recipients = to.split(/,\s*|\s+or\s+/u).map((v) => v.trim()).filter(Boolean);
  // (with synonyms: "giving" reads as "provide")
  const asked = new Set(ctx.ev.expandWords(q.words).flat());
  // (by its head word: not "on" of "spy on", nor an adverb like "illegally" or "overseas")
  const named = (phrase: string) => (phrase.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => asked.has(stem(w)) && !STOPWORDS.has(w) && !/ly$/u.test(w) && w !== "overseas");
  if (recipients.some(named)) return { left: recipients.filter((r) => !named(r)), recipients: to };
  return { left: verbs.filter((v) => !named(v)), recipients: null };
}

function rangeNote(m: number, ctx: Context): string {
  const r = ctx.ev.standard.range;
  const { standard } = rangeWords(ctx);
  const where = m < r.minMonths ? "below" : m > (r.maxMonths ?? Infinity) ? "above" : "within";
  return `That is ${where} the ${standard} the article cites from the ${ctx.data.law.name} for offenders who ${ctx.ev.standard.covers.replace(/^people who /u, "")}.`;
}

function value(q: Query, ctx: Context): Answer {
  const { data } = ctx;
  if (q.attribute === "lawRange" || q.attribute === "lawSevere" || q.attribute === "lawConduct") {
    // "midpoint of the 5 to 10 year range?", "what is half the minimum": a point of the range, worked out
    const p = q.predicate;
    if (!q.cases.length && p?.type === "term" && p.op === "=" && "ref" in p.amount && (p.amount.factor !== 1 || p.amount.ref === "mid")) {
      const law = lawAnswer(q, ctx);
      const at = ctx.ev.months(p.amount);
      const words = p.amount.factor === 1 ? "the midpoint of the cited range" : refWords(p.amount.ref, p.amount.factor, ctx);
      return answered(law.title, `${words.charAt(0).toUpperCase()}${words.slice(1)} is ${months(at)} (${at} months). ${law.text}`, law.facts, []);
    }
    if (!q.cases.length) {
      // ("the penalty under the law just for pledging allegiance": the range is cited for other conduct, so it is no answer to that)
      if (q.kind === "value" && deedOutsideLaw(q, ctx)) {
        const law = lawAnswer(q, ctx);
        return { ...law, text: `The article does not say what the law sets for that on its own. The range it cites is for other conduct: ${law.text}`, said: false };
      }
      return lawAnswer(q, ctx);
    }
  }
  const cases = scope(q, data);
  // ("why didn't zhong get to meet the agents": why what the article says never happened did not, which is what stopped it)
  const stopped = q.why && q.negated && cases.length === 1 ? ctx.ev.didNot(cases[0]!, q.words) : null;
  // (told as the case's outcome: what the article says stopped it, without the deeds it also says he did)
  const outcome = stopped ? ctx.ev.attrs(cases[0]!).outcome : null;
  if (stopped) return outcome?.said ? answered(`${whose(cases, data)}: ${LABEL.outcome}`, outcome.statement, outcome.facts, cases) : answered(`${whose(cases, data)}: ${LABEL.outcome}`, stopped.says, stopped.facts, cases);
  const key: AttrKey = isCaseAttr(q.attribute, data) ? q.attribute : "outcome";
  const parts: string[] = [];
  const facts: Fact[] = [];
  // ("why did qi go on the agency's website": the trouble behind it, and what the contact was for)
  const why = key === "moneyTrouble" && (q.predicate?.type === "website" || q.words.some((w) => ctx.ev.cueOf("contact", w)));
  for (const c of cases) {
    const s = key === "penalty" || key === "outcome" ? penaltyOrOutcome(c, key, ctx) : key === "actions" ? conduct(c, ctx, q.words) : statement(c, key, ctx);
    parts.push(s.text);
    facts.push(...s.facts);
    const contact = ctx.ev.attrs(c).contact;
    if (why && contact.said) {
      parts.push(contact.statement);
      facts.push(...contact.facts);
    }
    // ("what did the one with frozen accounts do to get cash": the deed leads, the trouble behind it follows)
    if (q.means && key === "moneyTrouble" && contact.said) {
      parts.splice(parts.length - 1, 0, contact.statement);
      facts.splice(facts.length - s.facts.length, 0, ...contact.facts);
    }
    // ("why did qi pledge allegiance": the deed's own purpose, then the trouble behind it all)
    const trouble = ctx.ev.attrs(c).moneyTrouble;
    if (q.why && key === "actions" && trouble.said) {
      parts.push(trouble.statement);
      facts.push(...trouble.facts);
    }
  }
  // ("why did one go to jail and the other not": the grounds, then what each got and whether what he had held state secrets)
  if (key === "offence" && q.cases.length >= 2) {
    for (const c of cases) {
      for (const x of [penaltyText(c, ctx), statement(c, "secrets", ctx)]) {
        if (!x.text || parts.includes(x.text)) continue;
        parts.push(x.text);
        facts.push(...x.facts);
      }
    }
  }
  if (!q.cases.length && key === "moneyTrouble") {
    const general = data.article.facts.find((f) => f.topic === "motive");
    if (general) {
      parts.unshift(general.statement);
      facts.unshift(general);
    }
  }
  // ("did they reach out on their own or were they recruited": how each made contact, and who made the move, which the
  // article says of them as a group)
  if (!q.cases.length && key === "contact") {
    // (the group's own sentences in words the lexicon points at contact with)
    const general = data.article.facts.filter((f) => f.caseId === null && (f.statement.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ctx.ev.cueOf("contact", stem(w))));
    parts.push(...general.map((f) => f.statement));
    facts.push(...general);
  }
  if (q.attribute === "lawRange" || q.attribute === "lawSevere") {
    const law = lawAnswer(q, ctx);
    parts.push(law.text);
    facts.push(...law.facts);
  }
  const title = `${whose(cases, data)}: ${LABEL[key]}`;
  // (its first case leads the reply: "the article never says what Zhong got" turns on his)
  const first = cases[0];
  // (of a penalty asked by its kind, "what prison term", "what fine": said only where the penalty is of that kind)
  const pen = first ? ctx.ev.attrs(first).penalty : null;
  const ofKind = q.predicate?.type === "jailed" ? pen?.said === true && pen.value.kind === "prison" : q.predicate?.type === "fined" ? pen?.said === true && pen.value.kind === "administrative" && pen.value.fine === true : null;
  const said = ofKind ?? (!first || key === "actions" || ctx.ev.attrs(first)[key].said || (key === "outcome" && ctx.ev.attrs(first).penalty.said));
  return answered(title, parts.join(" "), facts, cases, said);
}

/**
 * What someone did: how he made contact, what he claimed, what he did, in the
 * article's order; the part holding most of the question's words goes first
 * ("was his pledge forced or voluntary": the pledge).
 */
function conduct(c: Case, ctx: Context, words: readonly string[] = []): { text: string; facts: Fact[] } {
  const A = ctx.ev.attrs(c);
  const hits = (a: { said: boolean; statement?: string }) => (a.said ? words.filter((w) => a.statement!.toLowerCase().includes(w)).length : 0);
  const parts = [A.contact, A.falseClaim, A.actions].filter((a) => a.said).sort((a, b) => hits(b) - hits(a));
  return { text: parts.map((a) => (a.said ? a.statement : "")).join(" "), facts: parts.flatMap((a) => a.facts) };
}

function penaltyOrOutcome(c: Case, key: AttrKey, ctx: Context): { text: string; facts: Fact[] } {
  const A = ctx.ev.attrs(c);
  const p = penaltyText(c, ctx);
  const parts = [p.text];
  const facts = [...p.facts];
  const outcome = A.outcome;
  if (key === "outcome" && outcome.said && !p.text.includes(outcome.statement)) {
    // (an outcome that tells the penalty too, "…, and Qi was sentenced to …", is not followed by the penalty's own sentence again)
    parts[0] = p.text.split(/(?<=\.)\s+/u).filter((sentence) => !outcome.statement.includes(sentence.replace(/\.$/u, ""))).join(" ");
    parts.unshift(outcome.statement);
    facts.unshift(...outcome.facts);
  }
  if (A.penalty.said && A.penalty.value.kind === "prison") parts.push(rangeNote(A.penalty.value.months, ctx));
  return { text: [...new Set(parts)].filter(Boolean).join(" "), facts };
}

/** Weekdays by their stem ("fridai"), for questions about the day the cases were revealed. */
const WEEKDAYS = new Map(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((d) => [stem(d), d]));

const YES: Record<string, string> = { true: "Yes.", false: "No.", unknown: "The article does not say." };

function truthWord(t: Truth): string {
  return YES[String(t)]!;
}

/**
 * A yes, held back where it names a fine the article never gives: "song only got a fine" is true of his
 * avoiding prison, but his administrative penalties are not said to include one. Claims and yes/no questions both use it.
 */
export function unlessFineUnsaid(truth: Truth, q: Query, cases: readonly Case[], ctx: Context): Truth {
  if (truth !== true || q.predicate?.type === "fined" || !q.words.includes("fine")) return truth;
  const unsaid = cases.some((c) => {
    const a = ctx.ev.attrs(c).penalty;
    return a.said && a.value.kind === "administrative" && a.value.fine !== true;
  });
  return unsaid ? "unknown" : truth;
}

function yesno(q: Query, ctx: Context): Answer {
  const { data, ev } = ctx;
  const p = q.predicate;
  // "is 2 years 3 months more than half the minimum?": arithmetic on the question's own terms
  if (q.subjectTerm !== null && p?.type === "range") {
    const r = ev.standard.range;
    const m = q.subjectTerm;
    const where = m < r.minMonths ? "below" : m > (r.maxMonths ?? Infinity) ? "above" : "within";
    const text = `${where === p.where ? "Yes" : "No"}: ${months(m)} is ${where} the ${rangeWords(ctx).standard} the article cites.${where === "above" && rangeWords(ctx).severe ? ` The article cites ${rangeWords(ctx).severe} for ${severeWords(ctx.data)}.` : ""}`;
    return answered(`Against ${LABEL.lawRange}`, text, lawFacts(ctx), []);
  }
  if (q.subjectTerm !== null && p?.type === "term") {
    const target = ev.months(p.amount);
    const truth = compare(q.subjectTerm, p.op, target);
    const ref = "ref" in p.amount ? ` (${refWords(p.amount.ref, p.amount.factor, ctx)})` : "";
    const m = q.subjectTerm;
    // ("more or less than": the direction that holds)
    const text = q.choice
      ? `${m < target ? "Less" : m > target ? "More" : "The same"}: ${months(m)} is ${m < target ? "less than" : m > target ? "more than" : "exactly"} ${months(target)}${ref}.`
      : `${truth ? "Yes" : "No"}: ${months(m)} is ${relationWords(m, p.op, target, truth)} ${months(target)}${ref}.`;
    return answered(`Against ${LABEL.lawRange}`, text, lawFacts(ctx), []);
  }
  // "is qi's sentence more or less than half the minimum?": the direction that holds, not a yes
  if (q.choice && p?.type === "term" && q.cases.length === 1) {
    const c = data.caseById.get(q.cases[0]!)!;
    const term = p.on === "rights" ? ev.attrs(c).rights : ev.attrs(c).penalty;
    const m = term.said && "months" in term.value ? term.value.months : undefined;
    if (term.said && m !== undefined) {
      const target = ev.months(p.amount);
      const ref = "ref" in p.amount ? ` (${refWords(p.amount.ref, p.amount.factor, ctx)})` : "";
      const lead = m < target ? `Less: ${months(m)} is less than` : m > target ? `More: ${months(m)} is more than` : `The same: ${months(m)} is exactly`;
      return answered(`${c.surname}: ${LABEL[p.on]}`, `${lead} ${months(target)}${ref}. ${term.statement}`, [...term.facts, ...("ref" in p.amount ? lawFacts(ctx) : [])], [c]);
    }
  }
  // "were there only three suspects or more?": the number of cases the article describes
  // (no yes or no: it describes three cases, but speaks of "several suspects")
  if (q.attribute === "cases" && !q.cases.length && q.count !== null && !q.same && (!p || p.type === "said") && q.words.every((w) => ev.cueOf("cases", w) || LIGHT_STEMS.has(w))) {
    return count({ ...q, predicate: null }, ctx);
  }
  // "did all three reach the agencies the same way?": one shared value, or not
  if (q.same && q.cases.length !== 1 && isCaseAttr(q.attribute, data)) {
    const cases = scope(q, data);
    const same = ev.same(cases, q.attribute);
    if (same) {
      const lead = same.truth === true ? "Yes." : same.truth === false ? "No." : "The article does not say for every case.";
      const facts = same.findings.flatMap((f) => f.facts);
      return answered(`${whose(cases, data)}: ${LABEL[q.attribute]}`, `${lead} ${same.findings.map((f) => f.says).join(" ")}`, facts, cases);
    }
  }
  if (!p || (!q.cases.length && !q.quantifier && !isCaseAttr(q.attribute, data))) {
    if (q.attribute === "lawRange" || q.attribute === "lawSevere" || q.attribute === "lawConduct" || p?.type === "life") {
      const law = lawAnswer({ ...q, attribute: p?.type === "life" ? "lawSevere" : q.attribute }, ctx);
      const sev = data.law.provisions.find((x) => x.kind === "severe");
      const asSaid = lawTruth(q, ctx);
      // ("is it true that the law doesn't cover purchasing?": the negation is what is asked)
      const truth = q.asksNegative && asSaid !== "unknown" ? !asSaid : asSaid;
      // "does the law only cover stealing?": no, when it covers conduct the question leaves out
      const { left, recipients } = q.attribute === "lawConduct" && q.only ? conductLeftOut(q, ctx) : { left: [], recipients: null };
      // ("is it only life in severe cases?": no, more than 10 years too)
      const onlyLife = p?.type === "life" && q.only && sev?.range.life && sev.range.minMonths !== undefined;
      const lead = left.length ? (recipients ? `No: the recipients it names are ${recipients}.` : `No: it also covers people who ${joinNames(left)}.`) : onlyLife ? `No: in ${sev.covers}, more than ${months(sev.range.minMonths)} or life imprisonment.` : p?.type === "life" ? (sev?.range.life ? (q.asksNegative ? `No: in ${sev.covers}, life imprisonment is possible.` : `Yes, in ${sev.covers}.`) : q.asksNegative ? "Yes." : "No.") : truth === "unknown" ? (q.kind === "yesno" && q.unfamiliar.length ? "The article does not say. Here is what it cites." : "Here is what the article cites.") : truthWord(truth);
      return { ...law, text: `${lead} ${law.text}` };
    }
    if (q.attribute === "source" || q.attribute === "date") {
      const m = meta(q, ctx);
      const said = m.text.toLowerCase();
      // "on a Friday?": a day the article does not give is a no, not a near match
      const day = q.words.find((w) => WEEKDAYS.has(w));
      const weekend = q.words.includes("weekend");
      // (stems against stems: "ministri" is the stem of "ministry", which holds no "ministri")
      const saidStems = new Set((said.match(/\p{L}+/gu) ?? []).map((w) => stem(w)));
      const cover = q.words.filter((w) => said.includes(w) || saidStems.has(w)).length / Math.max(1, q.words.length);
      // ("is this from Xinhua?", "did a court announce them?": another outlet or body than the one named)
      const lead = q.publishedOn ? (agreesWith(q.publishedOn, data.article.publication.published) ? "Yes." : "No.") : q.outlet === "elsewhere" ? "The article does not say who else reported the story, or who reported it first." : q.outlet === "ours" || q.outlet === "other" ? (q.outlet === "ours" ? "Yes." : "No.") : q.authority ? "No." : weekend ? (said.includes("saturday") || said.includes("sunday") ? "Yes." : "No.") : day ? (!said.includes(WEEKDAYS.get(day)!) ? "No." : q.unfamiliar.length && q.kind === "yesno" ? "The article does not say: it gives the day, and no date or hour." : "Yes.") : cover === 1 ? "Yes." : q.kind === "yesno" && q.unfamiliar.length ? "The article does not say." : "Here is what the article says.";
      return { ...m, text: `${lead} ${m.text}` };
    }
    return value(q, ctx);
  }
  // ("were there secrets in qi's stuff or was it fake like song's": the case likened to is no part of what is asked)
  const named = scope(q, data);
  const cases = typeof q.likened === "string" && named.some((c) => c.id !== q.likened) ? named.filter((c) => c.id !== q.likened) : named;
  // "did all three have money problems?": the article's own sentence about the suspects as a group
  if (!q.cases.length && q.attribute === "moneyTrouble" && (q.quantifier === "all" || q.quantifier === "any") && !q.negated) {
    // (every word of the question in that sentence: a yes the article gives)
    const { facts: general, cover } = ev.groupMotive(q.words);
    if (q.words.length && cover === 1) {
      return answered(`Every case: ${LABEL.moneyTrouble}`, `Yes. ${general.map((f) => f.statement).join(" ")}`, general, cases);
    }
  }
  // "did the suspects reach out to the agencies themselves?": the article's own sentences about them as a group
  // (not of a job: each case's is typed, and "work" and "classified" are in the group's sentences for other reasons)
  if (!q.cases.length && !q.description?.length && (q.quantifier === "all" || q.quantifier === null) && q.count === null && !q.negated && !q.unfamiliar.length && q.words.length >= 2 && (p.type === "words" || p.type === "said") && p.on !== "employment") {
    const general = ev.saidOfGroup(q.words);
    if (general) return answered("The suspects", `Yes. ${general.map((f) => f.statement).join(" ")}`, general, cases);
  }
  // "did his business succeed?": the article says the opposite (failed)
  const opposites = cases.map((c) => ((p.type === "words" || p.type === "said") && (ev.opposed(c, q.words, q.attribute) ?? (q.cases.length ? ev.posedAs(c, q.words, q.identity) : null))) || null);
  // ("was zhong caught after meeting agents?": what the question takes to have happened, the article says did not)
  const notDone = cases.map((c) => (q.cases.length && p.type !== "words" && p.type !== "said" && !q.negated && !q.intended ? ev.didNot(c, q.before ? q.asserted : q.words, false, q.agent === "agency", false) : null));
  const findings = cases.map((c, i) => opposites[i] ?? notDone[i] ?? ev.holds(c, p));
  const quant = q.cases.length === 1 ? null : (q.quantifier ?? (q.cases.length ? "all" : "any"));
  let truth = combine(findings.map((f) => f.truth), quant);
  // ("did qi plead guilty?": a word the article never uses is no "no" either, unless the article says the opposite,
  // or gives the one value the words swap for: a channel, a false claim, a job)
  const valued = p.type === "words" && (p.on === "contact" || p.on === "falseClaim" || p.on === "employment");
  if (truth === false && q.unfamiliar.length && p.type === "words" && !valued && !opposites.some(Boolean) && !q.negated) truth = "unknown";
  // "did qi avoid prison?": yes only if he was not jailed
  if (q.avoided && truth !== "unknown") truth = !truth;
  // "did zhong never meet them?", "did qi have no access to classified projects?": a negation inside what is asked is
  // asked ("yes, he never met them"); one only of the asking, "didn't qi …", was read off already
  if (q.asksNegative && truth !== "unknown") truth = !truth;
  // ("did song only get a fine?": he avoided prison, but a fine is more than the article says of his administrative penalties)
  truth = unlessFineUnsaid(truth, q, cases, ctx);
  // ("qi sold the secrets to a foreign company, right?": one passed to whom the article never names of him is a detail it never gives)
  // ("were zhong's accounts frozen by state security?": a doer the statement never names is a detail it never gives)
  if (truth === true && !ev.bearsOut(q, cases, findings)) truth = "unknown";
  // "did he contact them by phone?": a detail the article never gives is not a yes
  // (a term or a range is typed in full: words beyond it are phrasing, not details)
  if (truth === true && q.unfamiliar.length && p.type !== "term" && p.type !== "terms" && p.type !== "range" && p.type !== "life") {
    // a detail the article never gives: "does not say", never "yes". Of a term, the refusal stands
    // alone, since the term itself would read as the answer ("is Qi appealing his sentence?")
    const aboutTerm = p.type === "sentenced" || p.type === "jailed" || q.attribute === "penalty" || q.attribute === "rights";
    if (aboutTerm) return notCovered(`The article does not say that. It reports nothing of the kind about ${joinNames(cases.map((c) => c.surname))}.`, [], cases);
    truth = "unknown";
  }
  // "that's what the article says, right?": of what the article reports, its silence is a no, and the case it says it of is named
  // ("did song end up going to jail later on?": what the article reports is no answer for what came after it)
  if (truth === false && q.unfamiliar.includes("#later") && !q.negated) {
    return notCovered(`The article does not say what happened after the outcomes it reports. ${findings.map((f) => f.says).join(" ")}`, findings.flatMap((f) => f.facts), cases);
  }
  // ("was zhong about to meet the agents when he got picked up?", "did they move before he could meet them?": what the article
  // says never happened, asked as what was about to, is a yes)
  if (truth === "unknown" && cases.length === 1 && p.type === "words" && (p.before || q.intended) && !q.negated && !q.unfamiliar.length) {
    const stopped = ev.didNot(cases[0]!, p.stems);
    if (stopped) {
      truth = true;
      findings.splice(0, findings.length, { ...stopped, truth: true });
    }
  }
  let saidOf = "";
  if (truth === "unknown" && q.reported && !q.unfamiliar.length && !q.avoided) {
    truth = false;
    const others = data.cases.filter((o) => !cases.includes(o)).map((o) => ev.holds(o, p)).filter((f) => f.truth === !q.negated);
    if (cases.length === 1 && others.length) {
      // (their own statements follow in the body: the findings carry them)
      saidOf = ` The article says that of ${joinNames(others.map((f) => f.case.surname))}.`;
      findings.push(...others);
    }
  }
  const known = findings.filter((f) => f.truth !== "unknown");
  // ("did any of them …": no among every case the article settles is a no, said as far as it goes)
  const noAmongKnown = truth === "unknown" && quant === "any" && known.length > 0 && known.every((f) => f.truth === false);
  // ("did qi pledge allegiance? and zhong?": two cases named, no "both", and the answer differs: each case its own)
  const each = q.cases.length >= 2 && q.quantifier === null && q.count === null && !q.negated && !q.avoided && !q.likened && new Set(findings.map((f) => String(f.truth))).size > 1;
  const lead = each
    ? `${findings.map((f) => `${f.case.surname}: ${f.truth === true ? "yes" : f.truth === false ? "no" : "the article does not say"}`).join("; ")}.`
    : noAmongKnown ? `No, not among the cases the article gives an outcome for; it does not say for ${joinNames(findings.filter((f) => f.truth === "unknown").map((f) => f.case.surname))}.`
    // ("were all three men?": yes, and of how many, so the yes is seen to cover them all)
    : truth === true && quant === "all" && !q.negated && cases.length >= 2 ? (cases.length === 2 ? "Yes, both." : `Yes, all ${cases.length}.`)
    : truthWord(truth);
  const said = truth !== "unknown" || noAmongKnown || (each && known.length > 0);
  // ("did all three work on classified stuff?": no, and the case it fails on first)
  if (truth === false && quant === "all" && !each) findings.sort((a, b) => Number(a.truth !== false) - Number(b.truth !== false));
  // ("did anyone get less than the minimum?": yes, and the case it holds of first)
  if (truth === true && quant === "any" && !each) findings.sort((a, b) => Number(a.truth !== true) - Number(b.truth !== true));
  // the lead already says yes or no: a finding that opens with it would say it twice
  const body = caseTexts(findings, (f) => detail(f, p, ctx))
    .replace(/^(?:Yes|No)[:.] /u, (m) => (lead.startsWith(m.slice(0, 2)) ? "" : m))
    // ("The article does not say. The article does not say that."): said once
    .replace(/^The article does not say that\.\s*/u, (m) => (lead.startsWith("The article does not say") ? "" : m));
  // "was qi the one who was unemployed?": no, and the one it was
  let who = "";
  // (not of a negated predicate: who "had no secrets" is not who had them)
  // ("did zhong get 2 years and 3 months?": the article does not say, and says it of Qi)
  const ofTerm = p.type === "term" || p.type === "terms" || p.type === "range" || p.type === "life";
  // (not of an attribute asked whole, "will song lose his rights too": that another case did is no answer for him)
  // (nor of words the article never uses: no other case "went through a middleman" either)
  // (nor of a penalty the article leaves open for him, "was zhong charged with a crime?": another case's sentence would read as the answer)
  const penaltyOpen = truth === "unknown" && (p.type === "sentenced" || p.type === "jailed" || p.type === "punished" || (p.type === "words" && p.on === "offence"));
  if (cases.length === 1 && ((truth === "unknown" && p.type !== "said") || (truth === false && !ofTerm)) && !penaltyOpen && !q.avoided && !q.negated && !q.unfamiliar.length) {
    const fits = data.cases.filter((o) => o.id !== cases[0]!.id).map((o) => ev.holds(o, p)).filter((f) => f.truth === true);
    if (fits.length && !saidOf && !findings.some((f) => f.saidOf?.length)) {
      who = ` The article says that of ${joinNames(fits.map((f) => f.case.surname))}.`;
      findings.push(...fits);
    }
  }
  const facts = findings.flatMap((f) => f.facts);
  const title = `${whose(cases, data)}: ${LABEL[q.attribute ?? "outcome"]}`;
  return answered(title, `${lead} ${body}${who}${saidOf}`.trim(), facts.length ? facts : lawFacts(ctx), cases, said);
}

function refWords(ref: "min" | "max" | "mid", factor: number, ctx: Context): string {
  const base = ctx.ev.months({ ref, factor: 1 });
  const part = factor === 1 ? "" : factor === 0.5 ? "half of " : factor === 2 ? "twice " : `${factor} of `;
  return `${part}the ${months(base)} at the ${ref === "min" ? "bottom" : ref === "mid" ? "midpoint" : "top"} of the cited range`;
}

/** A target in words: so many months, or a point of the cited range ("half of the 5 years at the bottom of the cited range"). */
function amountWords(amount: Amount, ctx: Context): string {
  return "ref" in amount ? refWords(amount.ref, amount.factor, ctx) : months(amount.months);
}

/** One case's finding, with the arithmetic that decided it. */
export function detail(f: Finding, p: Predicate, ctx: Context): string {
  const A = ctx.ev.attrs(f.case);
  // ("between 2 and 3 years": the span, or the end the term falls outside)
  if (p.type === "term" && p.upTo !== undefined) {
    const term = p.on === "rights" ? (A.rights.said ? A.rights.value.months : null) : A.penalty.said && A.penalty.value.kind === "prison" ? A.penalty.value.months : null;
    if (term === null) return f.says;
    const low = ctx.ev.months(p.amount);
    const where = f.truth === true ? `between ${months(low)} and ${months(p.upTo)}` : term < low ? `less than ${months(low)}` : `more than ${months(p.upTo)}`;
    return `${f.says} ${p.on === "rights" ? "That" : months(term)} is ${where}.`;
  }
  if (p.type === "term" && p.on === "penalty" && A.penalty.said && A.penalty.value.kind === "prison") {
    const target = ctx.ev.months(p.amount);
    const actual = months(A.penalty.value.months);
    if (p.op === "=") return f.truth === true ? f.says : `${f.says} That is ${actual}, not ${months(target)}.`;
    return `${f.says} ${actual} is ${relationWords(A.penalty.value.months, p.op, target, f.truth === true)} ${months(target)}.`;
  }
  if (p.type === "term" && p.on === "rights" && A.rights.said) {
    return `${f.says} That is ${relationWords(A.rights.value.months, p.op, ctx.ev.months(p.amount), f.truth === true)} ${months(ctx.ev.months(p.amount))}.`;
  }
  if (p.type === "range" && A.penalty.said && A.penalty.value.kind === "prison") return `${f.says} ${rangeNote(A.penalty.value.months, ctx)}`;
  return f.says;
}

/**
 * Findings on several cases, joined: a silence is named with its case ("The article does not say that." after a list reads as
 * about the list), and a sentence two findings share, one said of the suspects as a group, is said once.
 */
function caseTexts(findings: readonly Finding[], text: (f: Finding) => string, always = false): string {
  const several = always || new Set(findings.map((f) => f.case)).size > 1;
  return sentencesOnce(findings.map((f) => {
    const t = text(f);
    return several && f.truth === "unknown" ? t.replace(/^The article does not say that\./u, `Of ${f.case.surname}, the article does not say so.`) : t;
  }));
}

function which(q: Query, ctx: Context): Answer {
  const { data, ev } = ctx;
  const p: Predicate | null = q.predicate ?? (isCaseAttr(q.attribute, data) ? { type: "said", on: q.attribute } : null);
  if (!p) return overview(q, ctx);
  // ("who wasn't sent to prison", "whose materials did not contain state secrets": the cases the predicate is false of)
  // (not one side of two, "who did and who didn't"; "avoided" denies only a jail term; a negation beside administrative penalties or
  // being out of work restates them, "administrative penalties and no prison", "laid off or never hired", unless it reaches them)
  const jail = p.type === "jailed" || p.type === "sentenced" || p.type === "arrested" || p.type === "punished";
  const restated = (p.type === "administrative" && !q.denied.some((d) => d.startsWith("administr"))) || (p.type === "unemployed" && q.denied.length > 0);
  const negative = !q.bothWays && (q.avoided ? jail : q.negated && !restated);
  const fitting: Truth = q.unsaid ? "unknown" : !negative;
  // (an attribute the article tells in full: a case it gives none of is no case "who pretended to be a researcher";
  // only to leave him out of those who did, "who did not lie about who he was" is still open for him)
  const told = ev.toldInFull(p) && !q.unsaid && !q.negated && !q.bothWays;
  const findings = scope({ ...q, cases: q.via === "named" && q.quantifier !== "all" ? q.cases : [] }, data)
    .map((c) => ev.holds(c, p))
    .map((f) => (told && f.truth === "unknown" ? { ...f, truth: false as const } : f))
    // ("which of them contacted the agency twice": a detail the article never gives fits no case, as in a yes/no)
    .map((f) => (f.truth === true && q.unfamiliar.length && p.type === "words" ? { ...f, truth: "unknown" as const, says: `The article does not say that. ${f.says}` } : f));
  const fits = findings.filter((f) => f.truth === fitting);
  // ("who actively reached out to the agencies": words the article says of the suspects as a group, so of each of them)
  if (fitting === true && p.type === "words" && q.via === "none" && !q.quantifier && q.count === null && !q.unfamiliar.length && (!fits.length || (p.on !== null && isCaseAttr(p.on, data) && ev.groupOnly(p.stems, p.on)))) {
    const general = ev.saidOfGroup(p.stems);
    if (general) {
      return answered(`Which cases: ${LABEL[q.attribute ?? "cases"]}`, `All ${data.cases.length}: ${joinNames(data.cases.map((c) => c.surname))}. ${general.map((f) => f.statement).join(" ")}`, general, data.cases);
    }
  }
  const unknown = findings.filter((f) => f.truth === "unknown");
  const names = fits.map((f) => f.case.surname);
  // (none fits, and of none does the article say the opposite either: it says nothing of the kind, which is no "none")
  const lead = fits.length === 0 && findings.length && findings.every((f) => f.truth === "unknown") ? "The article does not say that of any of them." : fits.length === 0 ? "None of them, as far as the article says." : fits.length === data.cases.length ? `All ${fits.length}: ${joinNames(names)}.` : `${joinNames(names)}.`;
  // (the cases that do not fit are left out, those the article is silent on as well: a list names every case that fits, and only
  // those; "who did and who didn't" asks for both sides, unless only names are asked for; "of zhong and qi, who got more time"
  // asks of the cases it names, and a silence on one of them is part of the answer)
  const candidates = q.via === "named" && q.quantifier !== "all" && q.cases.length > 0;
  const shown = q.unsaid || (q.namesOnly && fits.length) ? fits : fits.length && !q.bothWays ? (candidates ? [...fits, ...unknown] : fits) : [...fits, ...findings.filter((f) => f.truth !== fitting && f.truth !== "unknown"), ...unknown];
  // ("which suspect got administrative penalties and why": the ground the article gives, of each that fits)
  const grounds = q.attribute === "offence" && p.type !== "words" && fitting === true ? fits.map((f) => ev.holds(f.case, { type: "said", on: "offence" })).filter((g) => g.truth === true) : [];
  // (shown opens with the cases that fit: each one's ground follows them)
  const listed = [...shown.slice(0, fits.length), ...grounds, ...shown.slice(fits.length)];
  const rest = caseTexts(listed, (f) => (grounds.includes(f) ? f.says : detail(f, p, ctx)), true);
  return answered(`Which cases: ${LABEL[q.attribute ?? "cases"]}`, `${lead} ${rest}`, listed.flatMap((f) => f.facts), fits.map((f) => f.case));
}

/** Words that ask after one part of the conduct a law covers: to whom, or what is handed over (plain English, no article's words). */
const RECIPIENT_STEMS = new Set(["recipi", "receiv", "organ", "organis", "organiz", "institut", "individu", "parti", "entiti", "whom", "buyer"]);
const OBJECT_STEMS = new Set(["inform", "info", "materi", "data", "secret", "intellig", "item", "categori"]);

/** "how many acts does the law list", "how many kinds of recipients": the conduct the cited law covers, counted part by part. */
function lawConductCount(q: Query, ctx: Context): Answer | null {
  if (q.cases.length || (q.attribute !== "lawConduct" && q.attribute !== "law")) return null;
  const prov = ctx.data.law.provisions.find((p) => p.conduct);
  if (!prov?.conduct) return null;
  const part = q.words.some((w) => RECIPIENT_STEMS.has(w)) ? "recipients" : q.words.some((w) => OBJECT_STEMS.has(w)) ? "objects" : "acts";
  const items = prov.conduct[part];
  const list = items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}` : items[0]!;
  const what = part === "acts" ? "acts" : part === "objects" ? "kinds of thing handed over" : "kinds of recipient";
  return answered(`The ${ctx.data.law.name}, as cited`, `${items.length} ${what}: ${list}. ${prov.statement}`, [prov.fact], []);
}

function count(q: Query, ctx: Context): Answer {
  const { data, ev } = ctx;
  const law = lawConductCount(q, ctx);
  if (law) return law;
  const p = q.predicate;
  // ("how many people in total were caught nationwide": whatever happened to them, the article gives no total)
  if (!p || p.type === "said" || ((q.attribute === "cases" || q.attribute === "overview") && p.type === "words") || (q.overall && !q.cases.length)) {
    const n = data.cases.length;
    const three = data.article.facts.filter((f) => f.topic === "overview");
    // ("how many suspects in total did they handle nationwide": the article gives no total, only the cases it describes)
    if (q.overall) {
      return answered("How many cases", `The article does not say how many suspects there were in total. It describes ${n} cases, those of ${joinNames(data.cases.map((c) => c.surname))}. ${three.map((f) => f.statement).join(" ")}`, [...three, ...data.cases.map((c) => c.facts[0]!)], data.cases, false);
    }
    return answered("How many cases", `${n}: the article describes ${n} cases, those of ${joinNames(data.cases.map((c) => `${c.surname}`))}.`, [...three, ...data.cases.map((c) => c.facts[0]!)], data.cases);
  }
  // "how many of them were facing financial trouble": the article says it of the suspects as a group
  const group = q.attribute === "moneyTrouble" && p.type === "words" && !q.negated ? ev.groupMotive(q.words) : null;
  if (group && group.cover === 1) {
    const all = data.cases;
    const own = all.map((c) => statement(c, "moneyTrouble", ctx));
    return answered(
      `How many: ${LABEL.moneyTrouble}`,
      `All ${all.length}: ${joinNames(all.map((c) => c.surname))}. ${group.facts.map((f) => f.statement).join(" ")} ${own.map((o) => o.text).join(" ")}`,
      [...group.facts, ...own.flatMap((o) => o.facts)],
      all,
    );
  }
  const findings = data.cases.map((c) => ev.holds(c, p));
  const yes = findings.filter((f) => f.truth === true);
  const unknown = findings.filter((f) => f.truth === "unknown");
  // ("how many of them tried to sell info for money": every word in what the article says of the suspects as a group, said of each,
  // where the cases leave it open and none is shown not to: "how many had worked on classified things" is settled case by case)
  const ofGroup = p.type === "words" && !q.negated && !q.cases.length && !q.description?.length && unknown.length && findings.every((f) => f.truth !== false) ? ev.saidOfGroup(q.words) : null;
  if (ofGroup?.length) {
    const all = data.cases;
    return answered(`How many: ${LABEL[q.attribute ?? "cases"]}`, `All ${all.length}: ${joinNames(all.map((c) => c.surname))}. ${ofGroup.map((f) => f.statement).join(" ")}`, [...ofGroup, ...all.map((c) => c.facts[0]!)], all);
  }
  const n = yes.length;
  const lead = unknown.length
    ? `${n} that the article reports${n ? ` (${joinNames(yes.map((f) => f.case.surname))})` : ""}; it does not say for ${joinNames(unknown.map((f) => f.case.surname))}.`
    : `${n === data.cases.length ? "All " : ""}${n}${n ? `: ${joinNames(yes.map((f) => f.case.surname))}` : ""}.`;
  const body = caseTexts(findings, (f) => detail(f, p, ctx));
  return answered(`How many: ${LABEL[q.attribute ?? "cases"]}`, `${lead} ${body}`, findings.flatMap((f) => f.facts), yes.map((f) => f.case));
}

/** How heavy a penalty is, for comparisons: prison by months, administrative below any prison term. */
export function weight(c: Case, ctx: Context): number | null {
  const a = ctx.ev.attrs(c).penalty;
  if (!a.said) return null;
  return a.value.kind === "prison" ? a.value.months : 0;
}

/** the stems of what someone wanted, as against the trouble that drove them */
const AIM = /^(?:motiv|goal|aim|purpos|want|intent|object)/u;

function compareCases(q: Query, ctx: Context): Answer {
  const { data } = ctx;
  if (isCaseAttr(q.attribute, data) && q.attribute !== "penalty" && q.attribute !== "outcome") {
    const v = value(q, ctx);
    // ("did he use the same contact method as zhong?": yes or no from the typed values, then the two side by side)
    // (not of what they wanted: every suspect sought money, whatever the trouble behind it)
    const aims = q.attribute === "moneyTrouble" && q.words.some((w) => AIM.test(w));
    // (asked in any form: "qi and zhong both had money problems — were the causes the same?" reads as a statement first)
    const same = q.same && q.cases.length >= 2 && !aims ? ctx.ev.same(scope(q, data), q.attribute) : null;
    // ("did qi and zhong contact the same agency?": one and the same thing the article never names is not said)
    const lead = same?.truth === true ? "Yes, the same." : same?.truth === false ? "No, they differ." : q.polar && q.unfamiliar.includes("#same") ? "The article does not say whether it was one and the same. Side by side:" : "Side by side:";
    return { ...v, title: `Comparison: ${LABEL[q.attribute]}`, text: `${lead} ${v.text}` };
  }
  const cases = q.cases.length >= 2 ? scope(q, data) : data.cases;
  const known = cases.filter((c) => weight(c, ctx) !== null).sort((a, b) => weight(b, ctx)! - weight(a, ctx)!);
  const unknown = cases.filter((c) => weight(c, ctx) === null);
  const texts = cases.map((c) => penaltyText(c, ctx));
  const facts = texts.flatMap((t) => t.facts);
  // ("who got the lightest punishment": the bottom of the penalties the article reports, when asked for)
  const lightest = q.superlative && q.lesser;
  const top = lightest ? known.at(-1) : known[0];
  let lead: string;
  // ("did zhong get more or less time than qi?": two named, one of them unreported, is refused first, then what is reported)
  // (not "how did qi's case end compared to zhong's", which asks for both sides)
  const refused = Boolean(top) && unknown.length > 0 && !q.superlative && q.cases.length >= 2 && (q.polar || q.choice);
  if (!top) lead = "The article does not say.";
  else if (refused) lead = `The article does not say what ${joinNames(unknown.map((c) => c.surname))} got, so it cannot compare ${unknown.length > 1 ? "them" : "him"} with ${joinNames(known.map((c) => c.surname))}.`;
  else if (unknown.length)
    // ("rank the three by punishment": the rest of those reported, in order after the first)
    lead = `${top.surname} has the ${lightest ? "lightest" : "heaviest"} penalty the article reports${known.length >= 2 ? `, then ${joinNames((lightest ? [...known].reverse() : known).slice(1).map((c) => c.surname))}` : ""}; it does not say what ${joinNames(unknown.map((c) => c.surname))} got, so it cannot settle the comparison for ${unknown.length > 1 ? "them" : "him"}.`;
  else if (known.length > 1 && weight(known[0]!, ctx) === weight(known[1]!, ctx)) lead = `They got the same.`;
  else lead = `${top.surname} got the heavier penalty.`;
  // ("was song punished more harshly than qi?": the first case named against the second, as the question puts it)
  const [a, b] = q.cases.length === 2 ? q.cases.map((id) => data.caseById.get(id)!) : [];
  const wa = a ? weight(a, ctx) : null;
  const wb = b ? weight(b, ctx) : null;
  if (q.polar && !q.choice && wa !== null && wb !== null) lead = `${(q.same ? wa === wb : q.lesser ? wa < wb : wa > wb) ? "Yes" : "No"}: ${lead}`;
  // ("was song punished more or less harshly than qi?": which way, said of the first case named)
  else if ((!q.polar || q.choice) && a && b && wa !== null && wb !== null && wa !== wb) lead = `${a.surname} got the ${wa < wb ? "lighter" : "heavier"} penalty of the two.`;
  // (refused, it tells what the article says of the unreported side only: the other's figure would read as an answer)
  const shown = refused ? unknown.map((c) => penaltyText(c, ctx)) : texts;
  return answered("Comparison: sentence", `${lead} ${shown.map((t) => t.text).join(" ")}`, refused ? shown.flatMap((t) => t.facts) : facts, cases, Boolean(top) && !refused);
}

/** A yes/no asked of a computed figure ("if doubled, would it still be below 5 years?") is answered Yes or No where the question's comparison is read. */
/** how far a worked-out term sits from a target, and which way ("1 year and 9 months (21 months) below") */
function by(value: number, target: number): string {
  if (value === target) return "exactly";
  const diff = Math.abs(value - target);
  const said = Number.isInteger(diff) ? `${months(diff)}${diff >= 12 ? ` (${diff} months)` : ""}` : `${diff} months`;
  return `${said} ${value < target ? "below" : "above"}`;
}

/** So many months in the unit asked for ("27 months", "2.25 years", "About 117 weeks"). */
function inUnits(m: number, unit: "months" | "years" | "weeks" | "days"): string {
  const y = m / 12;
  if (unit === "months") return `${m} months`;
  if (unit === "years") return y === 1 ? "1 year" : `${Number.isInteger(y) ? y : y.toFixed(2)} years`;
  return unit === "weeks" ? `About ${Math.round((m * 365.25) / 12 / 7)} weeks` : `About ${Math.round((m * 365.25) / 12)} days`;
}

/** The cited range's ends against each other: how wide it is, or how many times its bottom its top is. */
function rangeArithmetic(op: "width" | "range-ratio", ctx: Context): string {
  const r = ctx.ev.standard.range;
  if (!r.maxMonths) return "The cited range has no top to measure from.";
  if (op === "width") return widthWords(r.minMonths, r.maxMonths);
  const ratio = r.maxMonths / r.minMonths;
  return `${Number.isInteger(ratio) ? ratio : ratio.toFixed(2)} times as long: ${months(r.maxMonths)} at the top of the cited range against ${months(r.minMonths)} at its bottom.`;
}

/** "the top is twice the bottom": whether one end of the cited range is the stated multiple of the other; null with no top or no multiple */
export function rangeMultipleHolds(a: Extract<Arithmetic, { op: "range-ratio" }>, ctx: Context): boolean | null {
  const r = ctx.ev.standard.range;
  if (a.said === undefined || !a.first || !r.maxMonths) return null;
  return a.first === "max" ? r.maxMonths === a.said * r.minMonths : r.minMonths === a.said * r.maxMonths;
}

/** "33 months longer than": whether a term lies the stated gap from a target, on the side the words put it (either side without one) */
export function gapHolds(own: number, target: number, gap: number, sign: 1 | -1 | undefined): boolean {
  return sign === undefined ? Math.abs(target - own) === gap : own - target === sign * gap;
}

function yesLead(q: Query, value: number, target: number): string {
  const p = q.predicate;
  if (p?.type !== "term" || p.op === "~") return "";
  // ("is half of qi's sentence 13.5 months?": a figure asked outright is yes or no too)
  if (p.op === "=") return q.polar ? (value === target ? "Yes: " : "No: ") : "";
  const holds = p.op === ">" ? value > target : p.op === ">=" ? value >= target : p.op === "<" ? value < target : value <= target;
  return holds ? "Yes: " : "No: ";
}

function arithmetic(q: Query, ctx: Context): Answer {
  const { data, ev } = ctx;
  const given = q.arithmetic!;
  // ("how many months is 5 years", with no case in view: a term that is an end of the cited range is that end)
  const literal = given.op === "in-units" && !given.of && q.via === "none" && q.predicate?.type === "term" && !("ref" in q.predicate.amount) ? q.predicate.amount.months : null;
  const end = literal === null ? undefined : (["min", "max"] as const).find((ref) => ev.months({ ref, factor: 1 }) === literal);
  // (any other term is converted as given, not swapped for a term the article does give)
  if (given.op === "in-units" && literal !== null && !end) {
    return answered("Arithmetic", `${inUnits(literal, given.unit)}: ${months(literal)}, a term the article does not give. The range it cites is ${rangeWords(ctx).standard}.`, lawFacts(ctx), [], false);
  }
  const a: Arithmetic = given.op === "in-units" && end ? { ...given, of: { ref: end, factor: 1 } } : given;
  const cases = scope(q, data).filter((c) => weight(c, ctx) !== null && weight(c, ctx)! > 0);
  const c = cases[0];
  const rights = c ? ev.attrs(c).rights : null;
  // ("the 5-year minimum is how many times qi's political-rights ban": the rights term is the one worked on)
  const ofRights = q.attribute === "rights" || (q.predicate?.type === "term" && q.predicate.on === "rights");
  const onRights = ofRights && (a.op === "in-units" || a.op === "share" || (a.op === "scaled" && !a.against && !a.within)) && rights?.said;
  // (of the cited range alone, a case's term is no part of it: "how wide is the range", "how many months is the 5 year minimum")
  if ((a.op === "width" || a.op === "range-ratio" || (a.op === "in-units" && a.of)) && q.via !== "named") {
    // ("is the maximum double the minimum?": the multiple asked about, yes or no)
    const holds = a.op === "range-ratio" ? rangeMultipleHolds(a, ctx) : null;
    const lead = holds === null ? "" : holds ? "Yes: " : "No: ";
    const said = a.op === "in-units" ? `${inUnits(ev.months(a.of!), a.unit)}: ${amountWords(a.of!, ctx)}.` : `${lead}${rangeArithmetic(a.op, ctx)}`;
    return answered(`The ${data.law.name}, as cited`, said, lawFacts(ctx), []);
  }
  const subject = q.subjectTerm ?? (onRights && rights.said ? rights.value.months : c ? weight(c, ctx) : null);
  // ("how many months longer was qi's sentence than zhong's": a figure against a term the article never gives is no figure)
  const untermed = q.via === "named" && q.cases.length >= 2 && !q.subjectTerm ? scope(q, data).filter((x) => weight(x, ctx) === null) : [];
  if (untermed.length && c) {
    // (what the article does say of him only: the other's term restated would read as the figure asked for)
    const notes = untermed.map((x) => penaltyText(x, ctx));
    return notCovered(`The article does not say what sentence ${joinNames(untermed.map((x) => x.surname))} got, so there is nothing to work it out against. ${notes.map((n) => n.text).join(" ")}`, notes.flatMap((n) => n.facts), untermed);
  }
  if (subject === null || !c) {
    const named = scope(q, data);
    const notes = named.map((x) => penaltyText(x, ctx));
    return answered("Arithmetic", `The article does not mention a prison term to work from. ${notes.map((n) => n.text).join(" ")}`, notes.flatMap((n) => n.facts), named, false);
  }
  const base = penaltyText(c, ctx);
  const extraFacts: typeof base.facts = [];
  let text: string;
  let said = true;
  switch (a.op) {
    case "plus": {
      const target = ev.months(a.target);
      const total = subject + target;
      text = `${months(total)} (${total} months): ${months(subject)} plus ${amountWords(a.target, ctx)}.`;
      break;
    }
    case "width":
    case "range-ratio":
      // (of the cited range, whoever the question names: a case has no range of its own)
      text = rangeArithmetic(a.op, ctx);
      break;
    case "in-units": {
      const figure = inUnits(subject, a.unit);
      // ("the sum of all three prison terms in months": the one term the article gives is the whole sum, and is said to be)
      const rest = !onRights && q.quantifier === "all" ? scope(q, data).filter((x) => x !== c) : [];
      if (rest.length) {
        const notes = rest.map((x) => penaltyText(x, ctx));
        text = `${figure}: ${months(subject)}, ${c.surname}'s prison term, the only one the article gives. ${notes.map((n) => n.text).join(" ")}`;
        extraFacts.push(...notes.flatMap((n) => n.facts));
        break;
      }
      text = a.unit === "months" ? `${figure}: ${months(subject)}${onRights ? " without political rights" : ""}.` : a.unit === "years" ? (months(subject) === figure ? `${figure}.` : `${months(subject)}, or ${figure}.`) : `${figure}: ${months(subject)} (${subject} months).`;
      // ("qi's jail time in months vs the 5-year minimum in months": the range's end set beside it, in the same unit)
      if (a.beside && a.unit === "months" && !onRights) {
        const target = a.beside;
        const to = ev.months(target);
        const words = amountWords(target, ctx);
        // (the comparison asked for is the lead, the term in its own words after it)
        const gap = Math.abs(to - subject);
        text = `${subject} months against ${to}: ${c.surname}'s term is ${gap} months (${months(gap)}) ${subject <= to ? "short of" : "more than"} ${words}.`;
        extraFacts.push(...lawFacts(ctx));
        break;
      }
      // ("is qi's term in months 30?": the figure asked about, yes or no)
      if (q.predicate?.type === "term" && "months" in q.predicate.amount) text = `${yesLead(q, subject, q.predicate.amount.months)}${text}`;
      break;
    }
    case "to": {
      const target = ev.months(a.target);
      const rights = ev.attrs(c).rights;
      // (of the years without political rights: "how much longer is the minimum than his rights deprivation")
      const from = a.of === "rights" && rights.said ? rights.value.months : subject;
      const diff = Math.abs(target - from);
      const what = amountWords(a.target, ctx);
      // ("how many months did qi get, and is that less than 3 years": the term in months too)
      const own = a.of === "rights" && rights.said ? `${c.surname}'s ${months(from)} without political rights` : from >= 12 && from % 12 !== 0 ? `${months(from)} (${from} months)` : months(from);
      text = `${months(diff)}${diff >= 12 ? ` (${diff} months)` : ""}: ${own} is ${months(diff)} ${from <= target ? "short of" : "more than"} ${what}.`;
      // ("is the 5-year minimum 33 months longer than qi's term?": the gap asked about, yes or no)
      if (q.polar && a.said !== undefined) text = `${gapHolds(from, target, a.said, a.sign) ? "Yes" : "No"}: ${text}`;
      break;
    }
    case "share": {
      const target = ev.months(a.target);
      const pct = (subject / target) * 100;
      const what = amountWords(a.target, ctx);
      const times = target / subject;
      // (and the other way up: "how many times longer is the max than what qi got")
      const share = `${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
      const ratio = `${Number.isInteger(times) ? times : times.toFixed(2)} times`;
      text = a.times
        ? `${ratio} as long: ${what} (${target} months) against ${months(subject)} (${subject} months), which is ${share} of it.`
        : `${share}: ${months(subject)} (${subject} months) of ${what} (${target} months). Put the other way, ${what} is ${ratio} as long.`;
      break;
    }
    case "sum-rights": {
      const rights = ev.attrs(c).rights;
      const rm = rights.said ? rights.value.months : 0;
      const total = subject + rm;
      text = `${months(total)} in all (${total} months${a.decimal ? `, or ${Number.isInteger(total / 12) ? total / 12 : (total / 12).toFixed(2)} years` : ""}): ${months(subject)} in prison plus ${months(rm)} without political rights.`;
      if (a.against) {
        const target = ev.months(a.against);
        // ("how much longer is the 10 year top than his prison and rights put together": the gap asked is the answer, no yes or no)
        text = a.gap ? `The total is ${by(total, target)} ${amountWords(a.against, ctx)}. ${text}` : `${yesLead(q, total, target)}${text} That is ${by(total, target)} ${amountWords(a.against, ctx)}.`;
      }
      break;
    }
    case "scaled": {
      // (a third of 27 months is 9, not 8.999…)
      const scaled = Math.round(subject * a.factor * 1e6) / 1e6;
      // (half of 27 months is 13.5: said in months, not rounded to a term the question never gave)
      const said = Number.isInteger(scaled) ? `${months(scaled)}${scaled >= 12 ? ` (${scaled} months)` : ""}` : `${scaled} months`;
      const how = a.factor === 2 ? "doubled" : a.factor === 3 ? "tripled" : a.factor === 0.5 ? "halved" : a.factor === 2 / 3 ? "less a third" : a.factor < 1 && Number.isInteger(1 / a.factor) ? `divided by ${1 / a.factor}` : `times ${a.factor}`;
      text = `${said}: ${months(subject)}${onRights ? " without political rights" : ""} ${how}.`;
      if (a.within) {
        const r = ev.standard.range;
        const inside = scaled >= r.minMonths && (r.maxMonths === null || scaled <= r.maxMonths);
        const where = inside ? "within" : scaled < r.minMonths ? "below" : "above";
        text = `${q.polar ? (inside ? "Yes: " : "No: ") : ""}${text} That is ${where} the ${rangeWords(ctx).standard} the article cites.`;
      }
      if (a.against) {
        const target = ev.months(a.against);
        text += ` That is ${by(scaled, target)} ${amountWords(a.against, ctx)}.`;
        // ("was qi's 1 year rights ban less than half his prison term?": the rights term is what is compared)
        const rightsFirst = q.predicate?.type === "term" && q.predicate.on === "rights";
        text = `${rightsFirst ? yesLead(q, target, scaled) : yesLead(q, scaled, target)}${text}`;
      }
      break;
    }
    case "diff-rights":
    case "ratio-rights": {
      const rights = ev.attrs(c).rights;
      if (!rights.said) {
        text = `The article does not say how long ${c.surname} lost his political rights.`;
        said = false;
        break;
      }
      const rm = rights.value.months;
      const ratio = subject / rm;
      text =
        a.op === "diff-rights"
          ? `${months(Math.abs(subject - rm))}${Math.abs(subject - rm) >= 12 ? ` (${Math.abs(subject - rm)} months)` : ""} ${subject >= rm ? "longer" : "shorter"}: ${months(subject)} in prison against ${months(rm)} without political rights.`
          : `${Number.isInteger(ratio) ? ratio : ratio.toFixed(2)} times as long: ${months(subject)} (${subject} months) in prison against ${months(rm)} (${rm} months) without political rights. Put the other way, the loss of political rights is ${((100 * rm) / subject).toFixed(1).replace(/\.0$/u, "")}% of the prison term.`;
      break;
    }
  }
  return answered(`${c.surname}: arithmetic`, `${text} ${base.text}`, [...base.facts, ...extraFacts, ...(a.op === "to" || a.op === "share" || a.op === "plus" || ((a.op === "sum-rights" || a.op === "scaled") && a.against) || (a.op === "scaled" && a.within) ? lawFacts(ctx) : [])], [c], said);
}

/** Who published the article: publication metadata, not the article's words, so said as such and never quoted. */
export function published(ctx: Context): string {
  const p = ctx.data.article.publication;
  return `${p.publisher} published the article on ${longDate(p.published)}.`;
}

function meta(q: Query, ctx: Context): Answer {
  const art = ctx.data.article;
  const fact = art.facts.find((f) => f.topic === "source") ?? art.facts[0]!;
  // (when the cases were handled, in the article's own overview: "recently")
  // (and of who handled them: "who handled the cases" is the organs the overview names, not only the ministry that spoke)
  const handled = q.attribute === "date" || q.words.some((w) => w.startsWith("handl")) ? art.facts.find((f) => f.topic === "overview") : undefined;
  const text =
    q.attribute === "date" && !q.publishedOn
      ? `${art.disclosedWhen.replace(/^on /u, "On ")}: the ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}. The article gives no calendar date for the events. ${handled?.statement ?? ""}`.trim()
      : q.attribute === "title"
        ? `The article is titled "${art.title}". The ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}.`
        : q.outlet || q.publishedOn
          ? `${published(ctx)} The ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}.`
          : q.toldBy
            ? `The ${art.disclosedBy} (${art.disclosedByShort}), which revealed these cases ${art.disclosedWhen}. ${handled ? `${handled.statement} ` : ""}${published(ctx)}`
            : `${handled ? `${handled.statement} ` : ""}The ${art.disclosedBy} (${art.disclosedByShort}) revealed these cases ${art.disclosedWhen}. ${published(ctx)}`;
  return answered(q.attribute === "date" && !q.publishedOn ? "When" : q.attribute === "title" ? "The article" : q.outlet || q.publishedOn ? "Who published the article" : "Who revealed the cases", text, handled ? [fact, handled] : [fact], []);
}

function overview(q: Query, ctx: Context): Answer {
  const { data } = ctx;
  // (every case named is the article's overview: "钟、齐、宋三个人分别是什么情况", "zhong, qi, song — in order")
  if (q.cases.length && q.cases.length < data.cases.length) {
    const named = q.cases.map((id) => data.caseById.get(id)!);
    // "what color was Qi's car": something of the case's the article never mentions, and no attribute, so
    // a refusal, not the case's summary (which would read as the answer)
    if (q.possessed.length) return notCovered(`The article does not say that. It reports nothing of the kind about ${joinNames(named.map((c) => c.surname))}.`, [], named);
    const keys: AttrKey[] = ["employment", "moneyTrouble", "contact", "falseClaim", "actions", "secrets"];
    // ("tell me about song and zhong": every case named, in the order asked; of two, each in brief: who, what he did, how it ended)
    const brief: AttrKey[] = ["employment", "actions"];
    const each = named.map((c) => {
      const first = penaltyOrOutcome(c, "outcome", ctx);
      const rest = (named.length > 1 ? brief : keys).map((k) => ctx.ev.attrs(c)[k]).filter((a) => a.said);
      return { text: `${first.text} ${rest.map((a) => (a.said ? a.statement : "")).join(" ")}`, facts: [...first.facts, ...rest.flatMap((a) => a.facts)] };
    });
    return answered(`${joinNames(named.map((c) => c.surname))}: the case${named.length > 1 ? "s" : ""}`, each.map((e) => e.text).join(" "), [...new Set(each.flatMap((e) => e.facts))], named);
  }
  const parts = data.cases.map((c) => `${c.surname}: ${statementOf(c, ctx)}`);
  const facts = [...data.article.facts.filter((f) => f.topic === "overview" || f.topic === "source"), ...data.cases.map((c) => ctx.ev.attrs(c).outcome).flatMap((a) => a.facts)];
  return answered(
    "What the article reports",
    `${overviewLine(ctx)} ${parts.join(" ")}`,
    facts,
    data.cases,
  );
}

/** The article's own overview statement, or who revealed how many cases. */
function overviewLine(ctx: Context): string {
  const art = ctx.data.article;
  const general = art.facts.find((f) => f.topic === "overview");
  const revealed = `The ${art.disclosedBy} (${art.disclosedByShort}) revealed ${ctx.data.cases.length} cases ${art.disclosedWhen}.`;
  return general ? `${revealed} ${general.statement}` : revealed;
}

function statementOf(c: Case, ctx: Context): string {
  const A = ctx.ev.attrs(c);
  return A.penalty.said ? A.penalty.statement : A.outcome.said ? A.outcome.statement : A.penalty.note;
}

function silent(q: Query, ctx: Context): Answer {
  const topic = ctx.data.lexicon.silent.find((s) => s.id === q.silent);
  const cases = q.cases.map((id) => ctx.data.caseById.get(id)!);
  // "did qi get the death penalty?": a case whose penalty the article gives had no other, so the yes/no is a no
  // (asked whether he got it, in any words: "qi get the death penalty?")
  const gotIt = q.polar || q.predicate?.type === "punished" || q.predicate?.type === "jailed" || q.predicate?.type === "sentenced";
  if (gotIt && !q.negated && cases.length === 1) {
    for (const key of topic?.excludedBy ?? []) {
      const a = ctx.ev.attrs(cases[0]!)[key];
      if (a.said) return answered(`${cases[0]!.surname}: ${LABEL.penalty}`, `No. ${a.statement}`, a.facts, cases);
    }
  }
  let text = `The article does not say ${!topic || topic.says === "that detail" ? "that" : topic.says}.`;
  const facts: Fact[] = [];
  // the nearest thing it does say may follow the refusal, never replace it, and never a sentence
  const first = cases[0];
  const pen = first ? ctx.ev.attrs(first).penalty : null;
  const jailed = pen?.said === true && pen.value.kind === "prison";
  const statesTerm = jailed && ["penalty", "outcome", "rights", "offence"].includes(q.attribute ?? "");
  const key: AttrKey | null = isCaseAttr(q.attribute, ctx.data) && !statesTerm ? q.attribute : first && !ctx.ev.attrs(first).penalty.said ? "penalty" : first ? "employment" : null;
  // asked how a jailed case came to light: the investigation, without the term it led to
  const found = first && jailed && q.attribute === "outcome" ? ctx.ev.attrs(first).outcome.facts.filter((f) => !pen?.facts.includes(f)) : [];
  // (a refusal about the law, asked of a case, shows what the law says: "why did qi get less than the law's five years")
  const lawNear = topic?.about?.startsWith("law") && topic.near.length ? topic.near.map((id) => ctx.data.factById.get(id)!) : [];
  const near = lawNear.length ? { text: lawNear.map((f) => f.statement).join(" "), facts: lawNear } : found.length ? { text: found.map((f) => f.statement).join(" "), facts: found } : first && key ? statement(first, key, ctx) : null;
  if (near && near.facts.length && (lawNear.length || found.length || !(jailed && (key === "penalty" || key === "outcome")))) {
    text += ` What it does say: ${near.text}`;
    facts.push(...near.facts);
  } else if (!first && topic?.near.length) {
    // the nearest thing the article says on the topic, as the lexicon names it
    const near = topic.near.map((id) => ctx.data.factById.get(id)!);
    facts.push(...near);
    text += ` What it does say: ${near.map((f) => f.statement).join(" ")}`;
  } else if (!first && q.attribute?.startsWith("law")) {
    facts.push(...lawFacts(ctx));
    text += ` What it does say: ${ctx.data.law.provisions.map((p) => p.statement).join(" ")}`;
  } else if (!first) {
    // about no one in particular: who the article does name, in its own words
    const named = ctx.data.cases.map((c) => ctx.ev.attrs(c).employment).filter((a) => a.said);
    text += ` It names the suspects by surname only: ${named.map((a) => (a.said ? a.statement : "")).join(" ")}`;
    facts.push(...named.flatMap((a) => a.facts));
  }
  return notCovered(text, facts, cases);
}

/** The typed value of an attribute that two cases can share, or undefined where it is no value to compare. */
const SHARED: Partial<Record<AttrKey, { label: string; value: (v: unknown) => unknown }>> = {
  contact: { label: LABEL.contact, value: (v) => (v as { channel: string }).channel },
  employment: { label: LABEL.employment, value: (v) => v },
  outcome: { label: LABEL.outcome, value: (v) => v },
  secrets: { label: LABEL.secrets, value: (v) => v },
  unlawful: { label: "acting against the law", value: (v) => v },
  penalty: { label: LABEL.penalty, value: (v) => (v as { kind: string }).kind },
};

/** What the cases share: what the article says of all the suspects, then each typed value they all have. */
function common(q: Query, ctx: Context): Answer {
  const cases = q.cases.length >= 2 ? scope(q, ctx.data) : ctx.data.cases;
  const group = ctx.data.article.facts.filter((f) => f.topic === "motive");
  const facts: Fact[] = [...group];
  const parts = group.length ? [`What the article says of all the suspects: ${group.map((f) => f.statement).join(" ")}`] : [];
  // (then each typed value they all have, in the case base's words for each)
  for (const [key, shared] of Object.entries(SHARED) as Array<[AttrKey, { label: string; value: (v: unknown) => unknown }]>) {
    const values = cases.map((c) => ctx.ev.attrs(c)[key]);
    if (!values.every((a) => a.said)) continue;
    const seen = new Set(values.map((a) => JSON.stringify(shared.value(a.said ? a.value : null))));
    if (seen.size !== 1) continue;
    parts.push(`${cases.length === 2 ? "Both" : "All of them"}, ${shared.label}: ${values.map((a) => (a.said ? a.statement : "")).join(" ")}`);
    facts.push(...values.flatMap((a) => a.facts));
  }
  if (!parts.length) return notCovered("The article says nothing that all of them share.", [], cases);
  return answered(`${whose(cases, ctx.data)}: in common`, parts.join(" "), facts, cases);
}

function greeting(_q: Query, ctx: Context): Answer {
  return {
    status: "not-covered",
    title: "Hello",
    text: `Hello! That holds no question about the article, so there is nothing in it to look up. Casebook answers questions about ${joinNames(ctx.data.cases.map((c) => `${c.surname}'s`))} cases and the sentencing ranges the article cites. Try /ask question:What happened to ${ctx.data.cases.at(-1)!.surname}?`,
    facts: [],
    cases: [],
    said: false,
  };
}

function offtopic(_q: Query, ctx: Context): Answer {
  return notCovered(
    `The article does not cover that. Casebook only answers questions about the article: the cases of ${joinNames(ctx.data.cases.map((c) => c.surname))}, and the sentencing ranges it cites.`,
  );
}

/** Whom a deed belongs to, against the case or cases a question or claim puts forward. */
export interface DeedOwner {
  /** true: the (only) case put forward did it; false: the article says it of others, or says he did not */
  truth: Truth;
  answer: Answer;
}

/**
 * "is the guy who lost money the one who photographed documents?", "was it the
 * unemployed guy or the investor who got caught?": the deed's cases, from its
 * own predicate on every case, against the ones put forward.
 */
export function deedOwner(subjects: readonly Case[], deed: Query, ctx: Context): DeedOwner | null {
  const { data, ev } = ctx;
  const p = deed.predicate ?? (isCaseAttr(deed.attribute, data) ? { type: "said" as const, on: deed.attribute } : null);
  if (!p || p.type === "said") return null;
  // ("song is the one whose materials did not contain state secrets": the one it is false of)
  const findings = data.cases.map((c) => ev.holds(c, p)).map((f) => (deed.negated && f.truth !== "unknown" ? { ...f, truth: !f.truth } : f));
  const fits = findings.filter((f) => f.truth === true).map((f) => f.case);
  const own = findings.filter((f) => subjects.includes(f.case));
  const chosen = fits.filter((c) => subjects.includes(c));
  const others = fits.filter((c) => !subjects.includes(c));
  const names = (cs: readonly Case[]) => joinNames(cs.map((c) => c.surname));
  let truth: Truth;
  let lead: string;
  if (subjects.length === 1) {
    const s = subjects[0]!;
    truth = chosen.length ? true : own[0]!.truth === false || others.length ? false : "unknown";
    lead =
      truth === true
        ? `Yes: that was ${s.surname}${others.length ? `, and ${names(others)} as well` : ""}.`
        : truth === false
          ? others.length ? `No: the article says that of ${names(others)}, not ${s.surname}.` : `No: not ${s.surname}.`
          : `The article does not say that of ${s.surname}, or of anyone else.`;
  } else {
    truth = chosen.length ? true : fits.length || own.every((f) => f.truth === false) ? false : "unknown";
    lead = chosen.length
      ? `${names(chosen)}${chosen.length < subjects.length && !others.length ? `, not ${names(subjects.filter((c) => !chosen.includes(c)))}` : ""}.`
      : others.length ? `Neither: the article says that of ${names(others)}.` : truth === false ? "Neither of them." : "The article does not say which.";
  }
  const shown = findings.filter((f) => subjects.includes(f.case) || fits.includes(f.case));
  const body = caseTexts(shown, (f) => detail(f, p, ctx));
  const cases = [...new Set([...subjects, ...fits])];
  return { truth, answer: answered(`Whose deed: ${LABEL[deed.attribute ?? "outcome"]}`, `${lead} ${body}`, shown.flatMap((f) => f.facts), cases) };
}

/** the facts that tell a deed or what befell a case, in the article's order; who a case was and why are no step of it */
const STEP_TOPICS = new Set(["contact", "agency", "claim", "action", "outcome", "secrets", "sentence", "rights", "charge", "motive"]);

/**
 * "what did zhong do after the agency asked about the unit": the fact the event names, then the next the article
 * tells of the case. A fact that itself says "after" the event ("sought to make money after incurring losses") is
 * what followed it.
 */
function next(q: Query, ctx: Context): Answer {
  const cases = scope(q, ctx.data);
  if (cases.length !== 1) return value(q, ctx);
  const c = cases[0]!;
  const event = ctx.ev.widened(q.after!);
  const stemsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).map((w) => stem(w.replace(/'s$/u, "")));
  const hits = (text: string): number => new Set(stemsOf(text).filter((s) => event.has(s) && !STOPWORDS.has(s))).size;
  const steps = c.facts.filter((f) => STEP_TOPICS.has(f.topic));
  const scored = steps.map((f, i) => ({ f, i, n: hits(f.statement), after: /\bafter\b/iu.test(f.statement) ? hits(f.statement.slice(f.statement.search(/\bafter\b/iu))) : 0 }));
  const best = scored.reduce((a, b) => (b.n > a.n ? b : a), scored[0]!);
  if (!best || best.n === 0 || best.n < Math.min(2, q.after!.length)) return value(q, ctx);
  // ("after losing money on investments": the fact that tells what he did after it)
  if (best.after >= Math.min(2, q.after!.length) && best.after === best.n) {
    // (a motive tells what was done for it only as "the move": how contact was made says what that was)
    const contact = best.f.topic === "motive" ? steps.find((f) => f.topic === "contact") : undefined;
    const shown = contact ? [best.f, contact] : [best.f];
    return answered(`${c.surname}: what came next`, `As the article tells it: ${shown.map((f) => f.statement).join(" ")}`, shown, [c]);
  }
  // ("what did qi do once he had the materials at home": the fact goes on to say what the event was for, "home to photograph and send")
  const words = [...best.f.statement.matchAll(/[\p{L}']+/gu)];
  const last = words.findLastIndex((m) => event.has(stem(m[0].toLowerCase().replace(/'s$/u, ""))));
  const tail = last >= 0 ? best.f.statement.slice(words[last]!.index + words[last]![0].length) : "";
  if (/^\s+to\s+\p{L}+/u.test(tail) && !/^\s+to\s+(?:the|a|an|his|its|one|two|three|four|five|six|seven|eight|nine|ten|life|\d)\b/u.test(tail)) {
    return answered(`${c.surname}: what came next`, `As the article tells it: ${best.f.statement}`, [best.f], [c]);
  }
  // (the next step, and any the same sentence of the article tells with it; not the rest of the event's own sentence,
  // "what happened after qi was sentenced" is not his loss of political rights)
  const rest = steps.slice(best.i + 1).filter((f) => f.topic !== "motive" && f.quote !== best.f.quote);
  if (!rest.length) {
    return notCovered(`The article does not say what happened after that; it is the last thing it tells of ${c.surname}'s case. ${best.f.statement}`, [best.f], [c]);
  }
  const shown = rest.filter((f) => f.quote === rest[0]!.quote);
  return answered(`${c.surname}: what came next`, `Next, as the article tells it: ${shown.map((f) => f.statement).join(" ")}`, shown, [c]);
}

export const HANDLERS = {
  greeting,
  offtopic,
  silent,
  arithmetic,
  next,
  compare: compareCases,
  common,
  count,
  yesno,
  which,
  meta,
  overview,
  value,
} satisfies Record<Kind, Handler>;
