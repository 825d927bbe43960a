// Fact-checking: a claim is a yes/no query. Supported, contradicted and not in
// the article are the evaluator's true, false and unknown; nothing else decides.
import type { Case, Fact } from "../data/dataset.js";
import { joinNames, uniqueFacts } from "./answer.js";
import { type Context, conductLeftOut, detail, gapHolds, isCaseAttr, lawFacts, lawTruth, penaltyText, published, rangeMultipleHolds, rangeWords, unlessFineUnsaid, weight } from "./answers.js";
import { agreesWith } from "../text/dates.js";
import { combine, compare, months, type Truth } from "./evaluate.js";
import { formatTerm, parseHanTerms, parseTerms } from "./duration.js";
import type { Op, Query } from "./query.js";
import { PRETENCE_VERBS } from "./read/cues.js";
import { OVERALL, UNRECOGNISED } from "./read/read.js";
import { stem } from "./read/stem.js";
import { LIGHT_STEMS } from "./stopwords.js";

/** a case's name, then a verb of what the agency did to him */
const REQUESTED = /^\S+\s+(?:quickly\s+|then\s+|also\s+|first\s+)?(?:asked|requested|collected|responded|replied|demanded|gathered)\b/iu;

export type Verdict = "supported" | "contradicted" | "nei";

export const VERDICT_WORDS: Record<Verdict, string> = {
  supported: "Supported",
  contradicted: "Contradicted",
  nei: "Not in the article",
};

/** What the state's own authorities did to a suspect: said of the foreign agency, the roles are swapped. */
const AUTHORITIES_DID = new Set<string>(["arrested", "sentenced", "punished", "jailed", "administrative", "fined", "term"]);

export interface ClaimCheck {
  claim: string;
  verdict: Verdict;
  /** what the article does say, in our words */
  text: string;
  facts: Fact[];
  cases: Case[];
}

const verdictOf = (t: Truth): Verdict => (t === true ? "supported" : t === false ? "contradicted" : "nei");
const flip = (t: Truth): Truth => (t === "unknown" ? t : !t);

function result(claim: string, truth: Truth, text: string, facts: Fact[], cases: Case[]): ClaimCheck {
  // never an empty explanation: a verdict always says what the article does or does not say
  // (a verdict with nothing of the article to say for it settles nothing)
  const said = text.trim();
  return { claim, verdict: verdictOf(said ? truth : "unknown"), text: said || "The article says nothing that settles that.", facts: uniqueFacts(facts), cases };
}

/** the suspects as a group, as the subject of a claim */
const GROUP_SUBJECT = /\b(?:the suspects|all (?:three|3)(?: of them| suspects)?|all of them|they all|the three(?: of them| suspects)?|several (?:suspects|people|individuals)|multiple suspects|(?:the|these) cases)\b/iu;

/** a place of work, which the article never names: "the same unit", "the same company" */
const WORKPLACE = /\b(?:unit|place|company|firm|employer|workplace|organi[sz]ation|institution|office|department|lab|facility|agency)\b|单位|公司/iu;

const TOTAL = /\b(?:total(?:s|ed|ing|ling|led)?|in all|altogether|add(?:s|ed)? up|adding|combined|sum(?:s|med)?|you get|comes? to|came to|together|amounts? to|amounted to)\b|\b(?:plus|and)\b.*\b(?:is|are|equals?|makes?|gives?)\b|一共|总共|合计|总计|加起来/iu;
const SUM_OPS: Array<[RegExp, Op]> = [
  [/\b(?:at least|no less than)\b/iu, ">="],
  [/\b(?:at most|no more than)\b/iu, "<="],
  [/\b(?:more than|over|above|longer than|greater than|exceeds?)\b/iu, ">"],
  [/\b(?:less than|under|below|shorter than|fewer than)\b/iu, "<"],
];

/** A claim of a shape with a rule of its own; null where the claim is not of that shape. */
type ClaimShape = (claim: string, q: Query, ctx: Context, named: Case[]) => ClaimCheck | null;
// ("add qi's prison term and the rights ban, you get 3 years 3 months": the sum checked, not either term alone)
const CLAIM_SHAPES: readonly ClaimShape[] = [
  (claim, q, ctx) => sumClaim(claim, q, ctx),
  (claim, q, ctx) => diffClaim(claim, q, ctx),
  (claim, q, ctx) => gapClaim(claim, q, ctx),
  (claim, q, ctx) => scaledClaim(claim, q, ctx),
  (claim, q, ctx) => rangeRatioClaim(claim, q, ctx),
  (claim, q, ctx) => closerClaim(claim, q, ctx),
  (claim, q, ctx) => onlyOneOfPair(claim, q, ctx),
  (claim, q, ctx) => positionClaim(claim, q, ctx),
  (claim, _q, _ctx, named) => firstAmongClaim(claim, named),
  (claim, q, ctx) => wrongSum(claim, q, ctx),
  (claim, q, ctx, named) => casesSumClaim(claim, q, ctx, named),
];

/**
 * "qi's combined prison time with zhong's is over 5 years": the prison terms of
 * several cases added up. A case whose penalty the article leaves open leaves
 * the sum open, unless the terms it does give settle it already.
 */
function casesSumClaim(claim: string, q: Query, ctx: Context, named: Case[]): ClaimCheck | null {
  const p = q.predicate;
  const cases = named.length >= 2 ? named : q.quantifier === "all" ? ctx.data.cases : [];
  if (cases.length < 2 || p?.type !== "term" || p.on === "rights" || !("months" in p.amount) || q.arithmetic || !TOTAL.test(claim)) return null;
  const penalties = cases.map((c) => ctx.ev.attrs(c).penalty);
  const known = penalties.reduce((sum, a) => sum + (a.said && a.value.kind === "prison" ? a.value.months : 0), 0);
  const open = penalties.some((a) => !a.said);
  const op = SUM_OPS.find(([re]) => re.test(claim))?.[1] ?? p.op;
  const target = p.amount.months;
  // (terms only add: a sum already past the target stays past it, whatever the open term is)
  const settled = !open || ((op === ">" || op === ">=") && compare(known, op, target)) || ((op === "<" || op === "<=") && !compare(known, op, target));
  const truth: Truth = settled ? compare(known, op, target) : "unknown";
  // (what the article gives first, what it leaves open after)
  const order = [...penalties].sort((a, b) => Number(b.said) - Number(a.said));
  const sum = !open ? ` That is ${termWords(known)} in prison in all.` : settled ? ` The prison terms it gives already add up to ${termWords(known)}, whatever the rest.` : ` The prison terms it gives add up to ${termWords(known)}; it leaves the rest open.`;
  const text = `${order.map((a) => (a.said ? a.statement : a.note)).join(" ")}${sum}`;
  return result(claim, q.negated ? flip(truth) : truth, text, order.flatMap((a) => a.facts), cases);
}

/** "qi's sentence is closer to 2 years than to 3 years": which of two terms the case's term lies nearer. */
function closerClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  if (!CLOSER.test(claim) || q.cases.length !== 1) return null;
  const said = termsIn(claim);
  if (said.length !== 2) return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  const A = ctx.ev.attrs(c);
  const term = q.predicate?.type === "term" && q.predicate.on === "rights" ? (A.rights.said ? A.rights : null) : A.penalty.said && A.penalty.value.kind === "prison" ? A.penalty : null;
  if (!term || !("months" in term.value)) return null;
  const m = term.value.months;
  const [near, far] = said as [number, number];
  const truth: Truth = Math.abs(m - near) === Math.abs(m - far) ? false : Math.abs(m - near) < Math.abs(m - far);
  const text = `${term.statement} That is ${Math.abs(m - near)} months from ${termWords(near)} and ${Math.abs(m - far)} months from ${termWords(far)}.`;
  return result(claim, q.negated ? flip(truth) : truth, text, term.facts, [c]);
}
const CLOSER = /\b(?:closer|nearer) to\b.*\bthan\b/iu;

/** A claimed total of a case's prison term and its loss of political rights, checked exactly. */
function sumClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  const p = q.predicate;
  // ("qi got jail + 1 yr of no political rights" lists two terms; a total is said as one)
  if (q.arithmetic?.op !== "sum-rights" || p?.type !== "term" || q.cases.length !== 1 || !("months" in p.amount) || !TOTAL.test(claim)) return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  const A = ctx.ev.attrs(c);
  if (!A.penalty.said || A.penalty.value.kind !== "prison" || !A.rights.said) return null;
  const total = A.penalty.value.months + A.rights.value.months;
  // ("plus … is 3 years 3 months", "add up to": words of the sum; only words of comparison compare)
  const op = SUM_OPS.find(([re]) => re.test(claim))?.[1] ?? "=";
  // ("prison plus the 1-year ban adds up to 3 years 3 months": the total is the last term said, not the ban's)
  const said = termsIn(claim);
  const claimed = said.length >= 2 ? said[said.length - 1]! : p.amount.months;
  const truth: Truth = compare(total, op, claimed);
  const text = `${A.penalty.statement} ${A.rights.statement} That is ${termWords(total)} in all (${total} months).`;
  return result(claim, q.negated ? flip(truth) : truth, text, [...A.penalty.facts, ...A.rights.facts], [c]);
}

const termWords = (m: number): string => formatTerm({ life: false, months: m });

/** The terms a claim writes out, in months, in the order written (English and Chinese). */
const termsIn = (claim: string): number[] => [...parseTerms(claim), ...parseHanTerms(claim)].flatMap((t) => (t.life ? [] : [t.months]));

/** "2 years 3 months plus 1 year comes to 4 years": a sum said wrong is false whatever the terms are of. */
function wrongSum(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  if (!TOTAL.test(claim) || !/\bplus\b|\+|加上?/u.test(claim) || q.negated) return null;
  const said = termsIn(claim);
  if (said.length < 3) return null;
  const sum = said.slice(0, -1).reduce((x, y) => x + y, 0);
  const claimed = said[said.length - 1]!;
  if (sum === claimed) return null;
  const named = q.cases.map((id) => ctx.data.caseById.get(id)!);
  const found = named.flatMap((c) => [ctx.ev.attrs(c).penalty, ctx.ev.attrs(c).rights]).flatMap((x) => (x.said ? [x] : []));
  const text = `${found.map((f) => f.statement).join(" ")} ${said.slice(0, -1).map(termWords).join(" plus ")} is ${termWords(sum)} (${sum} months), not ${termWords(claimed)}.`;
  return result(claim, false, text, found.flatMap((f) => f.facts), named);
}

/**
 * A claimed difference between a case's prison term and its loss of political rights
 * ("the prison term is 15 months longer than the rights ban"), checked exactly.
 */
function diffClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  if (q.arithmetic?.op !== "diff-rights" || q.cases.length !== 1) return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  const A = ctx.ev.attrs(c);
  if (!A.penalty.said || A.penalty.value.kind !== "prison" || !A.rights.said) return null;
  const own = [A.penalty.value.months, A.rights.value.months];
  // (either term, where the claim repeats it, is not the difference; a lone term is, whatever it equals: "the gap … is exactly 1 year")
  const all = termsIn(claim);
  const said = all.length === 1 ? all : all.filter((m) => !own.includes(m));
  if (said.length !== 1) return null;
  const diff = A.penalty.value.months - A.rights.value.months;
  // ("shorter than the rights ban": the difference the other way)
  const shorter = /\b(?:shorter|less)\s+than\s+(?:\w+'s |his |the )?(?:(?:loss|deprivation|ban)\b|(?:political )?rights)/iu.test(claim);
  // ("exceeds his rights ban by 15 months": the verb says which is longer; what follows "by" is the difference)
  const op = SUM_OPS.find(([re]) => re.test(claim.replace(/\b(?:longer|shorter|more|less) than\b.*$|\b(?:exceed\w*|outlast\w*|outrun\w*)\b.*?\bby\b/iu, "")))?.[1] ?? "=";
  const truth: Truth = shorter ? false : compare(diff, op, said[0]!);
  const text = `${A.penalty.statement} ${A.rights.statement} The prison term is ${termWords(diff)} (${diff} months) longer.`;
  return result(claim, q.negated ? flip(truth) : truth, text, [...A.penalty.facts, ...A.rights.facts], [c]);
}

/** "pretended it was secret", "passed it off as classified": a pretence, whose negation reaches only what was pretended */
const PRETENCE = new RegExp(String.raw`\b(?:${PRETENCE_VERBS})\b`, "iu");
/** "X's punishment was the same as Y's": one value said equal to another, not a predicate likened */
const VALUE_SAME = /\b(?:was|were|is|are)\s+(?:exactly |just |basically |pretty much |essentially |practically )?(?:the same as|identical to|no different from|equal to)\b/iu;
const SHORT_OF = /\b(?:short of|shy of|away from|less than|below|under|(?:gap|difference|distance) between|minus)\b|差|少/iu;
/** "the gap between qi's term and 5 years is 33 months", "10 years minus qi's 27 months leaves 93": the gap said last */
const GAP_LAST = /\b(?:(?:gap|difference|distance) between|minus)\b.*\b(?:is|was|equals?|comes to|came to|leaves|leaving|gives|makes)\s+(?:a |an |exactly |just |only |about )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^,;]*$/iu;

/** A claimed gap between a case's prison term and a point ("2 years 9 months short of the 5-year minimum"), checked exactly. */
function gapClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  const a = q.arithmetic;
  if (a?.op !== "to" || q.cases.length !== 1 || (!SHORT_OF.test(claim) && a.said === undefined)) return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  const A = ctx.ev.attrs(c);
  if (!A.penalty.said || A.penalty.value.kind !== "prison") return null;
  const own = A.penalty.value.months;
  const terms = termsIn(claim);
  // (the case's own term, where the claim repeats it, is neither the gap nor the point)
  const at = terms.indexOf(own);
  const rest = at >= 0 ? [...terms.slice(0, at), ...terms.slice(at + 1)] : terms;
  const refTarget = "ref" in a.target;
  const last = a.said === undefined && !refTarget && rest.length >= 2 && GAP_LAST.test(claim);
  const target = refTarget || a.said !== undefined ? ctx.ev.months(a.target) : last ? rest[0] : rest[rest.length - 1];
  // (the gap the reader found beside its comparison word, "33 months longer than", whatever order the terms come in)
  // ("the gap between the 10-year top and qi's term is 93 months": the range's own figure, restated, is not the gap)
  const gap = a.said !== undefined ? a.said : refTarget ? rest.find((t) => t !== target) : last ? rest[rest.length - 1] : rest.length >= 2 ? rest[0] : undefined;
  if (target === undefined || gap === undefined) return null;
  // (the side the claim puts above: "qi's term is 33 months longer than the minimum" is false, whatever the gap)
  const truth: Truth = a.said !== undefined ? gapHolds(own, target, gap, a.sign) : target - own === gap;
  const gapMonths = Math.abs(target - own);
  const text = `${A.penalty.statement} That is ${termWords(gapMonths)}${gapMonths >= 12 ? ` (${gapMonths} months)` : ""} ${own <= target ? "short of" : "more than"} ${termWords(target)}.`;
  return result(claim, q.negated ? flip(truth) : truth, text, [...A.penalty.facts, ...(refTarget ? lawFacts(ctx) : [])], [c]);
}

/** "half of qi's prison term is 13.5 months": the case's own term scaled, checked exactly against the figure claimed. */
function scaledClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  const a = q.arithmetic;
  if (a?.op !== "scaled" || !a.against || !("months" in a.against) || a.within || q.cases.length !== 1) return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  const A = ctx.ev.attrs(c);
  const ofRights = q.attribute === "rights";
  const own = ofRights ? (A.rights.said ? A.rights.value.months : null) : A.penalty.said && A.penalty.value.kind === "prison" ? A.penalty.value.months : null;
  if (own === null) return null;
  const scaled = Math.round(own * a.factor * 1e6) / 1e6;
  const claimed = a.against.months;
  const truth: Truth = scaled === claimed;
  const how = a.factor === 0.5 ? "Half of that" : a.factor === 2 ? "Twice that" : a.factor === 3 ? "Three times that" : `That times ${Number.isInteger(a.factor) ? a.factor : a.factor.toFixed(3)}`;
  const says = ofRights && A.rights.said ? A.rights : A.penalty.said ? A.penalty : null;
  if (!says) return null;
  const text = `${says.statement} ${how} is ${termWords(scaled)}${truth ? "" : `, not ${termWords(claimed)}`}.`;
  return result(claim, q.negated ? flip(truth) : truth, text, [...says.facts], [c]);
}

/** "the top of the normal range is twice the bottom": one end of the cited range a multiple of the other, checked exactly. */
function rangeRatioClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  const a = q.arithmetic;
  const r = ctx.ev.standard.range;
  const holds = a?.op === "range-ratio" ? rangeMultipleHolds(a, ctx) : null;
  if (holds === null || !r.maxMonths) return null;
  const truth: Truth = holds;
  const ratio = r.maxMonths / r.minMonths;
  const text = `The cited range is ${rangeWords(ctx).standard}: the top, ${termWords(r.maxMonths)}, is ${Number.isInteger(ratio) ? ratio : ratio.toFixed(2)} times the bottom, ${termWords(r.minMonths)}.`;
  return result(claim, q.negated ? flip(truth) : truth, text, lawFacts(ctx), []);
}

/**
 * "qi only photographed materials": one of two deeds the article tells together ("copied and photographed"),
 * said to be the only one. The pair is read off the case's own statements, never off the claim's words.
 */
function onlyOneOfPair(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  const p = q.predicate;
  if (!q.onlyDeed || q.negated || q.cases.length !== 1 || p?.type !== "words") return null;
  const c = ctx.data.caseById.get(q.cases[0]!)!;
  for (const f of c.facts) {
    // (only a claim about that statement alone: "only started copying after his investments failed" is about when)
    const said = new Set((f.statement.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stem(w)));
    if (!q.words.every((w) => [...ctx.ev.widened([w])].some((x) => said.has(x)))) continue;
    for (const m of f.statement.matchAll(/\b(\p{L}+ed) and (\p{L}+ed)\b/gu)) {
      const [a, b] = [stem(m[1]!.toLowerCase()), stem(m[2]!.toLowerCase())];
      const hasA = q.words.includes(a);
      const hasB = q.words.includes(b);
      if (hasA === hasB) continue;
      return result(claim, false, `${f.statement} Not only ${hasA ? m[1] : m[2]}: ${m[1]} and ${m[2]}.`, [f], [c]);
    }
  }
  return null;
}

const ORDINAL: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, 一: 1, 二: 2, 三: 3 };
const FIRST_AMONG = /\bthe (?:first|last|earliest|latest)(?: one)?(?: of (?:the three|them|the suspects|all))? to (?:be |get )?\w+/iu;
// ("the piece opens with song's case": first; "… ends with zhong's": last)
const POSITION = /\b(first|1st|second|2nd|third|3rd|last|final)\b|第([一二三])(?:个|起)?(?:案|案子|案例|案件)?|\b((?:opens?|opened|opening|starts?|started|begins?|began|leads?|led|kicks? off|kicked off) (?:off )?with)\b|\b((?:ends?|ended|closes?|closed|finish(?:es|ed)?|wraps? up|wrapped up) (?:up )?with)\b/iu;
/** the words a claim about where a case sits in the article may use, besides the ordinal */
const POSITION_WORDS = /^(?:case|one|describ|mention|list|cover|report|discuss|articl|piec|stori|present|told|tell|laid|come|came|order|appear|mss|ministri|disclos|reveal|open|start|begin|began|lead|led|kick|end|close|finish|wrap|run|goe|go|walk|through)$/u;
/** "in the order zhong, qi, song", "zhong, then qi, then song": the order the claim lists the cases in is its claim */
const LISTED_ORDER = /\border\b|\bthen\b|顺序/iu;

/** Where a clause puts its case: 1 for first, the number of cases for last; null when it names no place. */
function claimedPlace(text: string, cases: number): number | null {
  const m = POSITION.exec(text);
  if (!m) return null;
  if (m[3]) return 1;
  if (m[4]) return cases;
  const word = (m[1] ?? m[2] ?? "").toLowerCase();
  return word === "last" || word === "final" ? cases : (ORDINAL[word] ?? null);
}

/** The one case a clause is about, as the reader reads it, or null. */
function caseIn(text: string, ctx: Context): Case | null {
  const found = ctx.casesIn(text);
  return found.length === 1 ? ctx.data.caseById.get(found[0]!)! : null;
}

/**
 * "zhong's case is the first one described", "the piece opens with song's case", "song's case first and
 * zhong's last", "in the order zhong, qi, song": where cases sit among the article's cases, in its order.
 */
/** "zhong was the first of the three to get caught": an order in time across cases, which the article never gives */
function firstAmongClaim(claim: string, named: Case[]): ClaimCheck | null {
  if (!FIRST_AMONG.test(claim) || /\b(?:case|described|mentioned|listed)\b/iu.test(claim)) return null;
  return result(claim, "unknown", "The article does not say in what order the suspects were caught or dealt with; it gives no dates.", [], named);
}

/** Where a case sits: among the article's cases, or first among the suspects in time, which the article never gives. */
export function placeClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  return positionClaim(claim, q, ctx) ?? firstAmongClaim(claim, q.cases.map((id) => ctx.data.caseById.get(id)!));
}

function positionClaim(claim: string, q: Query, ctx: Context): ClaimCheck | null {
  if (!q.cases.length || !/\b(?:case|cases|one|described|mentioned|listed|order|opens?|starts?|begins?|ends?|closes?)\b|案/iu.test(claim)) return null;
  // ("the one who photographed documents ended up with 2 years 3 months": a term got, not a place in the article)
  if (q.predicate && q.predicate.type !== "words" && q.predicate.type !== "said") return null;
  if (q.words.some((w) => !POSITION_WORDS.test(w) && !POSITION.test(w))) return null;
  const order = [...ctx.data.cases].sort((a, b) => a.order - b.order);
  const n = order.length;
  // (each case's first sentence: "In one case …", "In another case …", "In a third case …")
  const facts = order.flatMap((o) => [...o.facts].sort((x, y) => x.paragraph - y.paragraph).slice(0, 1));
  // (no numbered list: the reply's bold lead ends at the first full stop)
  const text = `The article describes the cases in this order: ${order.map((o) => o.surname).join(", then ")}.`;
  const at = (c: Case) => order.indexOf(c) + 1;
  let truth: boolean;
  if (q.cases.length === 1) {
    const claimed = claimedPlace(claim, n);
    if (!claimed) return null;
    truth = at(ctx.data.caseById.get(q.cases[0]!)!) === claimed;
  } else {
    // one place per clause ("song's case first and zhong's case last"), else the order they are listed in
    const placed = claim.split(/\s*(?:[,;，；]|\band\b|\bwhile\b|\bbut\b|\bwhereas\b)\s*/iu).flatMap((part) => {
      const c = caseIn(part, ctx);
      const place = claimedPlace(part, n);
      return c && place ? [at(c) === place] : [];
    });
    if (placed.length >= 2) truth = placed.every(Boolean);
    else if (LISTED_ORDER.test(claim)) {
      const listed = q.cases.map((id) => at(ctx.data.caseById.get(id)!));
      truth = listed.every((p, i) => i === 0 || p > listed[i - 1]!);
    } else return null;
  }
  return result(claim, q.negated ? flip(truth) : truth, text, facts, order);
}

/** "四起案件", "三个案子": a count of cases in Chinese */
const ZH_CASE_COUNT = /[一两二三四五六七八九十\d]+\s*(?:个|起|宗)(?:不同的|独立的)?(?:案件|案子|案例)/u;

/** "handled more than ten cases": a count of what the organs handled, not of the cases the article describes */
const HANDLED_COUNT = /\bhandl(?:ed|es|e|ing)\b(?=[^.?!]*\b(?:cases?|suspects?|people)\b)(?![^.?!]*\b(?:describ\w*|reveal\w*|disclos\w*|report\w*|in (?:the|this) article)\b)/iu;

/** A calendar date, a year or an hour beside a weekday. */
const CALENDAR_DETAIL = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b|\b(?:morning|afternoon|evening|night|noon|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm))\b|[0-9一二三四五六七八九十]+月|[0-9]+日|上午|下午|晚上|早上/iu;

/** "in March", "in late december": a month by itself */
const IN_MONTH = /\b(?:in|during|early|late|mid-?|this|last|next) (?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** the agency telling a suspect what to do: "told qi which documents to photograph", "asked him to send …" */
const INSTRUCTED = /\b(?:told|tells|tell|asked|asks|instructed|instructs|directed|directs|ordered|orders|tasked|tasks|pushed|pressured|guided|coached|trained)\b (?:\p{L}+ )?(?:exactly |precisely |specifically )?(?:which|what|where|how|to)\b/iu;

/** Checks one claim, already read into a query. */
export function checkClaim(claim: string, q: Query, ctx: Context): ClaimCheck {
  const { data, ev } = ctx;
  const named = q.cases.map((id) => data.caseById.get(id)!);
  const art = data.article;
  // a weekday: the article names the one the cases were revealed on
  const day = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/iu.exec(claim)?.[1]?.toLowerCase() ?? ZH_DAYS[/[周星期礼拜]+([一二三四五六日天])/u.exec(claim)?.[1] ?? ""];
  if (day && !named.length) {
    const fact = art.facts.find((f) => f.topic === "source") ?? art.facts[0]!;
    const when = art.disclosedWhen.toLowerCase();
    const onDay = day === "weekend" ? when.includes("saturday") || when.includes("sunday") : when.includes(day);
    // ("on Monday, March 3", "Monday morning", "a Monday in March"): the right weekday with a date or an hour the article never gives
    // ("the Ministry of Public Security revealed them on Monday", "公安部周一通报了这些案件": the right day, another body)
    const truth: Truth = q.authority ? false : onDay && (CALENDAR_DETAIL.test(claim) || IN_MONTH.test(claim)) ? "unknown" : onDay;
    const text = `The ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}${truth === "unknown" ? "; the article gives no date or hour" : ""}.`;
    return result(claim, q.negated ? flip(truth) : truth, text, [fact], []);
  }
  // (the claims of a shape of their own, each checked by its own rule, in this order; the first that applies settles it)
  for (const shape of CLAIM_SHAPES) {
    const found = shape(claim, q, ctx, named);
    if (found) return found;
  }
  // "it came out in December 2024": the publication metadata settles the date
  if (q.publishedOn) {
    const fact = art.facts.find((f) => f.topic === "source") ?? art.facts[0]!;
    const truth = agreesWith(q.publishedOn, art.publication.published);
    return result(claim, q.negated ? flip(truth) : truth, `${published(ctx)} The ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}.`, [fact], []);
  }
  // ("the law the article cites is the Anti-Terrorism Law", "the ranges come from the State Secrets Law": which law it cites, and it names one)
  const other = !named.length && q.cases.length === 0 && CITED_AS.test(claim) && !ARTICLE_NUMBER.test(claim) ? otherLaw(claim, data.law.name) : null;
  if (other) {
    const { standard, severe } = rangeWords(ctx);
    return result(claim, q.negated ? true : false, `The ${data.law.citedBy} cites the ${data.law.name}, not the ${other}: offenders can face ${standard} in prison${severe ? `, and ${severe} in especially severe cases` : ""}.`, lawFacts(ctx), []);
  }
  if (!named.length && q.others.length) {
    return result(claim, "unknown", `The article has no case under the surname ${joinNames(q.others)}; its cases are ${joinNames(data.cases.map((c) => c.surname))}.`, [], []);
  }
  // ("the MSS handled exactly three suspects in total": all the suspects handled, which the article leaves at "several")
  const overall = q.overall || OVERALL.test(claim.toLowerCase());
  // ("the MSS handled more than ten of these cases": the organs handled cases of "several suspects", a number never given, at least those described)
  const handled = HANDLED_COUNT.test(claim) ? numberIn(claim) : null;
  const handledCount = handled ?? q.count;
  if ((overall || handled !== null) && !named.length && handledCount !== null && handledCount >= data.cases.length && !q.negated) {
    return result(claim, "unknown", `The article does not say how many suspects there were in total; it describes ${data.cases.length} cases: ${joinNames(data.cases.map((c) => c.surname))}.`, data.article.facts.filter((f) => f.topic === "overview"), data.cases);
  }
  // how many cases: only when the words say nothing else ("the article has three cases", not "two were former soldiers")
  // ("the MSS disclosed four separate cases": who disclosed them is the article's source, which it names)
  // (the disclosing body's own name is no other topic, when a count of cases is what is said of it)
  const countSaid = numberIn(claim) !== null;
  const aboutCount = q.words.every((w) => (countSaid && ctx.bodyStems.has(w)) || ctx.ev.cueOf("cases", w) || ctx.ev.cueOf("overview", w) || ctx.ev.cueOf("source", w) || LIGHT_STEMS.has(w) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|fewer|few|less|more|least|most|separ|differ|distinct|individu|disclos|reveal|report|announc|describ|mention|list|publish|talk|discuss|cover|featur|of|the)$/u.test(w));
  // ("the article covers five cases": "covers" is no word of the law here)
  // ("only two cases were disclosed": the cases counted, "disclosed" no deed of Zhong's)
  const casesCounted = /\b(?:\d+|one|a single|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate |different |distinct |individual )?cases?\b/iu.test(claim) || ZH_CASE_COUNT.test(claim);
  const ofCases = q.attribute === "cases" || q.attribute === "overview" || (q.attribute === "actions" && casesCounted) || ((q.attribute === "lawConduct" || (q.attribute === "source" && (/\b(?:\d+|one|a single|two|three|four|five|six|seven|eight|nine|ten|all three|all 3)\s+(?:separate |different |distinct |individual )?cases?\b/iu.test(claim) || ZH_CASE_COUNT.test(claim)))) && (/\bcases?\b/iu.test(claim) || ZH_CASE_COUNT.test(claim)));
  if (ofCases && aboutCount && (q.silent === null || q.silent === UNRECOGNISED) && q.predicate?.type !== "term" && !named.length && q.kind !== "yesno") {
    const n = data.cases.length;
    // ("the article is about just a single case": the reader's "one" is the count)
    const claimed = numberIn(claim) ?? (q.quantifier === "all" ? n : q.quantifier === "one" ? 1 : null);
    // ("exactly three suspects in total": beyond the cases it describes, the article says only "several suspects")
    const total = /\b(?:suspects?|people|persons|individuals)\b/iu.test(claim) && /\b(?:in total|total|altogether|in all|overall|exactly|only)\b/iu.test(claim);
    // ("more than three suspects": beyond the cases it describes, the article says only "several")
    const op = SUM_OPS.find(([re]) => re.test(claim))?.[1];
    const truth: Truth = claimed === null ? "unknown" : total && claimed >= n && op !== "<" && op !== "<=" ? "unknown" : !op ? claimed === n : compare(n, op, claimed) || (op === ">" || op === ">=" ? "unknown" : false);
    return result(claim, truth, `The article describes ${n} cases: ${joinNames(data.cases.map((c) => c.surname))}.`, data.article.facts.filter((f) => f.topic === "overview"), data.cases);
  }
  // "the suspects were wealthy": words the article never uses, whose opposite it says of the suspects
  // (or of the one case named: "zhong contacted the agency, but it never replied")
  if (q.silent === UNRECOGNISED && (!named.length || named.length === 1) && !q.description?.length && !q.negated && (q.quantifier === "all" || q.quantifier === null)) {
    const opposed = (named.length ? named : data.cases).map((c) => ev.opposed(c, q.words)).find((f) => f !== null);
    if (opposed) return result(claim, false, opposed.says, opposed.facts, [opposed.case]);
  }
  if (q.silent) {
    const topic = data.lexicon.silent.find((s) => s.id === q.silent);
    // ("钟 met the foreign agents in a hotel before he got caught": a detail of what the article says never happened)
    for (const c of named.length === 1 && !q.negated && !q.intended ? named : []) {
      const not = ev.didNot(c, q.before ? q.asserted : q.words, false, q.agent === "agency", q.predicate?.type === "words" && q.predicate.active === true);
      if (not) return result(claim, false, not.says, not.facts, named);
    }
    // ("qi was sentenced to death": a case whose penalty the article gives had no other)
    for (const key of named.length === 1 ? (topic?.excludedBy ?? []) : []) {
      const a = ev.attrs(named[0]!)[key];
      if (a.said) return result(claim, q.negated ? true : false, a.statement, a.facts, named);
    }
    // ("the cases were only handled in Beijing": which city is unsaid, but "organs across China" rules out one place alone)
    if (q.restricted && topic?.near.length) {
      const near = topic.near.map((id) => data.factById.get(id)!);
      return result(claim, q.negated, `${near.map((f) => f.statement).join(" ")} The article does not say ${topic.says}.`, near, named);
    }
    // "the article never names the agencies": true of a topic it is silent on; "it gives their full names": false
    if (q.coverage && q.silent !== UNRECOGNISED) {
      // ("none of the three is named in full": the quantifier denies it of each, as "not" would)
      return result(claim, q.negated || q.quantifier === "none", `The article does not say ${!topic || topic.says === "that detail" ? "that" : topic.says}.`, data.article.facts.filter((f) => f.topic === "overview"), named);
    }
    // (the nearest thing the article does say on the topic, as the lexicon names it, is shown as its words)
    return result(claim, "unknown", `The article does not say ${!topic || topic.says === "that detail" ? "that" : topic.says}.`, named.length ? [] : (topic?.near ?? []).map((id) => data.factById.get(id)!), named);
  }
  if (!named.length && (q.attribute === "source" || q.attribute === "date")) {
    const fact = art.facts.find((f) => f.topic === "source") ?? art.facts[0]!;
    const said = `The ${art.disclosedBy} (${art.disclosedByShort}) revealed the cases ${art.disclosedWhen}.`;
    const said2 = `${said} The article gives no calendar date.`;
    // ("Xinhua broke this story first", "Reuters covered it too": who else ran it, or first, is no part of the metadata)
    if (q.outlet === "elsewhere" && !q.negated) {
      return result(claim, "unknown", `The article does not say who else reported the story, or who reported it first. ${published(ctx)}`, [], []);
    }
    // "China Daily ran this story", "this is from Xinhua": the publication metadata settles it
    if (q.outlet === "ours" || q.outlet === "other" || q.outlet === "elsewhere") return result(claim, q.negated ? flip(q.outlet === "ours") : q.outlet === "ours", `${published(ctx)} ${said}`, [fact], []);
    // "a court announced these cases": another body than the one the article names
    // ("the cases were first revealed by a foreign newspaper": whoever "by" names, if not the body the article names)
    // ("revealed by China's Ministry of State Security": the body's country said with it is no other body)
    const byOther = q.byAgent !== undefined && !ev.names(`${art.disclosedBy} ${art.disclosedByShort}`, q.byAgent.filter((s) => !ev.names((art.disclosedIn ?? []).join(" "), [s])));
    if (q.authority || byOther) return result(claim, q.negated ? true : false, said, [fact], []);
    const known = `${art.disclosedBy} ${art.disclosedByShort} ${art.disclosedWhen} reveal revealed disclos announc source cases`.toLowerCase();
    const cover = q.words.filter((w) => known.includes(w)).length / Math.max(1, q.words.length);
    // "the Ministry of Public Security revealed them": another body named where the article names one
    const body = /\bministry of ([a-z]+(?: [a-z]+)?)/iu.exec(claim)?.[1]?.toLowerCase();
    if (body && !art.disclosedBy.toLowerCase().includes(body)) return result(claim, q.negated ? true : false, said2, [fact], []);
    // ("the MSS revealed the cases in March", "… in 2024"): a month, year or date the article never gives with the day it does
    const dated = CALENDAR_DETAIL.test(claim) || IN_MONTH.test(claim);
    return result(claim, q.negated ? flip(cover >= 0.6 && !dated || "unknown") : cover >= 0.6 && !dated ? true : "unknown", said2, [fact], []);
  }
  // the cited law: ranges, life imprisonment, what it covers
  if (!named.length && !q.quantifier && (q.attribute?.startsWith("law") || (!q.cases.length && q.predicate?.type === "life" && !q.quantifier))) {
    const { standard, severe: severeText } = rangeWords(ctx);
    // (of the conduct it covers, that first: "the law only covers stealing")
    const covered = q.attribute === "lawConduct" ? `it covers ${ev.standard.covers}, and ` : "";
    const says = `As the ${data.law.citedBy} cites the ${data.law.name}, ${covered}offenders can face ${standard} in prison${severeText ? `, and ${severeText} in especially severe cases` : ""}.`;
    // "the law only covers stealing": it covers more than the words name
    // ("the range applies only to chinese citizens": it covers people who do those things, no narrower group of them)
    const narrowed = q.only && q.unfamiliar.length > 0;
    // ("the cited range only covers stealing secrets": what the range is for is the law's conduct too)
    // (of the range, only where the claim names some of the conduct: "the range is only 5 to 10 years" names none)
    const conduct = q.only && (q.attribute === "lawConduct" || q.attribute === "lawRange") ? conductLeftOut(q, ctx) : null;
    const leftOut = conduct !== null && conduct.left.length > 0 && (q.attribute === "lawConduct" || conduct.recipients !== null || conduct.left.length < conductLeftOut({ ...q, words: [] }, ctx).left.length);
    const truth = narrowed || leftOut ? false : lawTruth(q, ctx);
    const signed = q.negated ? flip(truth) : truth;
    // ("the law's top penalty is caning": a penalty the cited law never names is not supported by the rest of it;
    // of the conduct it covers, or of who cited it, its own words decide)
    const detailed = signed === true && q.attribute !== "lawConduct" && q.unfamiliar.length > 0 && (q.predicate?.type === "punished" || q.predicate?.type === "words");
    return result(claim, detailed ? "unknown" : signed, says, lawFacts(ctx), []);
  }
  // "qi and song both worked for the same classified unit": one shared value, from the typed values
  // (not a likening, "qi's case didn't involve secrets, same as song's": each case's own claim, below)
  // (nor "song's punishment was the same as qi's": the two values set equal, compared below)
  const likening = typeof q.likened === "string" && named.length >= 2 && !q.contrasted && !VALUE_SAME.test(claim);
  if (q.same && !likening && named.length >= 2 && q.attribute && q.attribute !== "penalty" && q.attribute !== "outcome" && !q.attribute.startsWith("law")) {
    const same = ev.same(named, q.attribute as Parameters<typeof ev.same>[1]);
    // ("qi worked at the same unit as zhong": the article names no workplace, so only a case with no job shares none)
    if (same && q.attribute === "employment" && WORKPLACE.test(claim)) {
      const jobless = named.some((c) => {
        const e = ev.attrs(c).employment;
        return e.said && e.value === "unemployed";
      });
      const truth: Truth = jobless ? false : "unknown";
      return result(claim, q.negated ? flip(truth) : truth, same.findings.map((f) => f.says).join(" "), same.findings.flatMap((f) => f.facts), named);
    }
    if (same) return result(claim, q.negated ? flip(same.truth) : same.truth, same.findings.map((f) => f.says).join(" "), same.findings.flatMap((f) => f.facts), named);
  }
  // comparisons between cases: whose penalty was heavier ("qi only had public info, same as song" is each case's own claim)
  if (q.kind === "compare" && named.length >= 2 && !likening && !(q.same && q.attribute !== "penalty" && q.attribute !== "outcome")) {
    const [a, b] = named as [Case, Case];
    // ("song is younger than qi": a comparison in words the article never uses is not one of their penalties)
    if (!q.attribute && q.predicate?.type === "words" && q.predicate.stems.every((s) => q.unfamiliar.includes(s))) {
      return result(claim, "unknown", `The article does not compare ${a.surname} and ${b.surname} on that.`, [], named);
    }
    const wa = weight(a, ctx);
    const wb = weight(b, ctx);
    const texts = [penaltyText(a, ctx), penaltyText(b, ctx)];
    // ("qi and song got the same punishment": equal weights, not a heavier one)
    const truth: Truth = wa === null || wb === null ? "unknown" : q.same ? wa === wb : q.lesser ? wa < wb : wa > wb;
    return result(claim, q.negated ? flip(truth) : truth, texts.map((t) => t.text).join(" "), texts.flatMap((t) => t.facts), named);
  }
  // "song got the harshest punishment of the three": the case against every case's penalty
  if (q.superlative && named.length === 1 && (q.attribute === "penalty" || q.attribute === "outcome" || q.attribute === "rights")) {
    const c = named[0]!;
    const own = weight(c, ctx);
    const others = data.cases.filter((o) => o.id !== c.id).map((o) => weight(o, ctx));
    const known = others.filter((w): w is number => w !== null);
    const beaten = own !== null && known.some((w) => (q.lesser ? w < own : w > own));
    // (of what the article reports, a case it is silent on does not count)
    const truth: Truth = own === null ? "unknown" : beaten ? false : known.length === others.length || q.reported ? true : "unknown";
    const texts = data.cases.map((o) => penaltyText(o, ctx));
    return result(claim, q.negated ? flip(truth) : truth, texts.map((t) => t.text).join(" "), texts.flatMap((t) => t.facts), data.cases);
  }
  // "the article doesn't mention any prison time for song": whether the article says it, not whether it happened
  if (q.coverage && named.length === 1 && q.predicate && q.quantifier !== "one") {
    const f = ev.holds(named[0]!, q.predicate);
    const mentioned = f.truth === true;
    return result(claim, q.negated ? !mentioned : mentioned, f.says, f.facts, named);
  }
  // a claim that something happened which the article says did not
  // (not of the agency as the subject: "the agency sent song documents" is no deed of Song's)
  // (of all the suspects, one who did not is enough: "the suspects were all recruited by foreign spies")
  const subjects = named.length ? named : q.quantifier === "all" ? data.cases : [];
  for (const c of subjects) {
    const active = q.predicate?.type === "words" && q.predicate.active === true;
    const not = q.intended ? null : q.before ? ev.didNot(c, q.asserted, false, q.agent === "agency", active) : ev.didNot(c, q.words, false, q.agent === "agency", active);
    if (not) return result(claim, q.negated ? true : false, not.says, not.facts, subjects);
  }
  // the roles reversed: the agency said to do a suspect's deed, or a suspect said to do what the agency did
  const p0 = q.predicate;
  // (the suspects as a group too: "all three were contacted by the agency first" reverses what each of them did)
  const doers = named.length === 1 ? named : !named.length && q.agent === "agency" && q.quantifier !== "one" && (q.count === null || q.count === data.cases.length) ? data.cases : [];
  const about = doers.length && p0?.type === "words" ? (q.attribute && q.attribute !== "overview" ? q.attribute : ev.bestAttribute(doers[0]!, p0.stems).key) : null;
  // (of a case as the subject, only with a verb of the agency's own: "Zhong asked the agency for details", not "Zhong got a response")
  // (not the agency telling him what to do, "the agency told qi which documents to photograph": a deed of its own the article never gives)
  const instructed = q.agent === "agency" && INSTRUCTED.test(claim);
  const reversed = (q.agent === "agency" && !instructed && (about === "actions" || about === "falseClaim" || about === "contact")) || (q.agent === "case" && about === "agency" && REQUESTED.test(claim.trim()));
  if (reversed && p0 && !q.unfamiliar.length) {
    const found = doers.map((c) => ev.holds(c, p0));
    if (found.every((f) => f.truth === true)) {
      const names = joinNames(doers.map((c) => c.surname));
      const who = about === "agency" ? `the foreign agency did that, not ${names}` : `${names} did that, not the agency`;
      return result(claim, q.negated ? true : false, `${found.map((f) => f.says).join(" ")} In the article, ${who}.`, found.flatMap((f) => f.facts), doers);
    }
  }
  // "the foreign agency apprehended zhong": the authorities caught and punished the suspects, never the agency
  if (q.agent === "agency" && named.length === 1 && p0 && AUTHORITIES_DID.has(p0.type)) {
    const f = ev.holds(named[0]!, p0);
    if (f.truth === true) return result(claim, q.negated ? true : false, `${f.says} In the article, that came from the Chinese authorities, not the foreign agency.`, f.facts, named);
  }
  // what the agency did to a case the article does not say ("the agency offered song a job"): not settled by his own deeds
  // (a deed of the case's own that the claim gives the agency, where the case did not do it either, is settled here too)
  if (q.agent === "agency" && named.length === 1) {
    const a = ev.attrs(named[0]!).agency;
    // ("song was first contacted by an agent over social media": how contact was made, said the other way, settles it first)
    const how = q.attribute === "contact" ? ev.opposed(named[0]!, q.words, "contact") : null;
    if (how) return result(claim, q.negated ? true : false, how.says, how.facts, named);
    if (!a.said) return result(claim, "unknown", a.note, a.facts, named);
    // (what the agency did is its own attribute: the case's own deeds in the same words are not the agency's —
    // "the agency handed zhong its info" is not Zhong disclosing his)
    if (p0?.type === "words" && !ev.opposed(named[0]!, q.words, "agency")) {
      const f = ev.holds(named[0]!, { ...p0, on: "agency" });
      if (f.truth !== true) return result(claim, "unknown", `${a.statement} The article does not say the agency did more than that.`, a.facts, named);
    }
  }
  // "song stole classified documents": the materials he handled held no secrets, as the case base types it
  if (q.secretTaken && named.length === 1 && !q.negated) {
    const s = ev.attrs(named[0]!).secrets;
    if (s.said && s.value === false) return result(claim, false, s.statement, s.facts, named);
  }
  // a word whose opposite the article says of the case ("acquitted", "his business was thriving")
  // (of the suspects as a group, any case the article says the opposite of settles it)
  // (not of the cited law: "the law punishes people who buy secrets" says nothing of the suspects)
  const group = !named.length && !q.description?.length && (q.quantifier === "all" || q.quantifier === null) && !q.attribute?.startsWith("law") && !/\blaws?\b/u.test(q.words.join(" "));
  // (not a man or a woman, which is typed and settled below with the words that show it: "zhong is a woman")
  for (const c of q.predicate?.type === "sex" ? [] : named.length ? named : group ? data.cases : []) {
    const opposed = ev.opposed(c, q.words, q.attribute) ?? (named.length ? ev.posedAs(c, q.words, q.identity) : null);
    // (a negation flips the opposite only where it reaches it: "not acquitted" holds; "no money trouble, just greed" denies twice)
    // (nor a pretence, "offered public info and pretended it was secret": what is pretended is denied, not the word opposed)
    const reached = !PRETENCE.test(claim) && (!q.denied.length || q.denied.some((s) => ev.opposed(c, [s])) || (!ev.opposed(c, q.words) && q.identity.length > 0));
    // ("neither zhong nor song is a current employee": an opposite is what "neither" says; settled case by case below)
    if (opposed && q.quantifier !== "none") return result(claim, q.negated && reached ? true : false, opposed.says, opposed.facts, [c]);
  }
  // the suspects as a group: the article's own general statements about them
  if (!named.length && q.attribute === "moneyTrouble") {
    const { facts: general, cover } = ev.groupMotive(q.words);
    if (cover >= 0.6) {
      // (of them all: "only one of them", "two of them" is false as "none" is)
      const truth: Truth = q.quantifier === "none" || q.quantifier === "one" || (q.count !== null && q.count !== data.cases.length) ? false : true;
      return result(claim, q.negated ? flip(truth) : truth, general.map((f) => f.statement).join(" "), general, data.cases);
    }
  }
  // the suspects as a group, in the article's general sentences: every word of the claim must be there
  // ("the suspects tried to sell classified information to foreign spy agencies"; not "they sold secrets")
  // (a typed predicate is settled case by case: "all three had state secrets in their materials")
  // (two words are enough when the claim's subject is the suspects themselves: "the suspects actively reached out to the agencies")
  // ("only one of the three tried to sell info for money", "two of them reached out": fewer than all, which the group's sentence denies)
  // (one word is enough where it is the group's alone: "the suspects actively reached out")
  const groupWord = q.predicate?.type === "words" && isCaseAttr(q.predicate.on, data) && ctx.ev.groupOnly(q.words, q.predicate.on);
  // (not "one of the suspects tried …", true of each; nor a count above the cases told, which "several" leaves open)
  const fewer = (q.quantifier === "one" && EXACTLY_ONE.test(claim)) || (q.count !== null && q.count > 1 && q.count < data.cases.length && !q.atLeast);
  if (!named.length && !q.description?.length && (q.count === null || fewer) && (q.words.length >= (fewer || GROUP_SUBJECT.test(claim) ? 2 : 3) || groupWord) && (!q.predicate || q.predicate.type === "words" || q.predicate.type === "said")) {
    const general = ctx.ev.saidOfGroup(q.words.filter((w) => !ctx.ev.hasOpposite(w)));
    if (general && !q.unfamiliar.length) {
      // ("these cases were handled outside China": a word whose opposite the group's sentence says)
      const truth: Truth = q.quantifier === "none" || fewer || ctx.ev.opposedInGroup(q.words, general) ? false : true;
      return result(claim, q.negated ? flip(truth) : truth, general.map((f) => f.statement).join(" "), general, data.cases);
    }
  }
  // "zhong tried to sell classified information for money": what the article says of all the suspects holds of each of them
  // (before any swap: Song's own sentence saying much the same does not make it his alone)
  // (not of state secrets: whether a case's materials held any is typed per case)
  // (an offer of secrets is a deed in two words: "zhong tried to sell secrets")
  const offer = q.predicate?.type === "words" && q.predicate.on === "actions" && (q.words.includes("secret") || q.words.includes("classifi") || (q.intended === true && (q.words.includes("info") || q.words.includes("inform")))) && q.words.some((w) => SELLING.has(w));
  // ("zhong didn't try to sell secrets": the attempt denied whole is what the article says of them all)
  if (named.length && (!q.negated || offer) && q.quantifier !== "one" && q.count === null && (q.words.length >= (offer ? 2 : 3) || groupWord) && q.predicate?.type === "words" && !q.unfamiliar.length && !q.only && (!q.words.includes("secret") || offer)) {
    // (a sentence about the suspects as such, not one that names the cases)
    // (every word in one sentence: words gathered from two sentences say what neither does)
    const ofGroup = (f: Fact) => ctx.ev.group.facts.includes(f);
    const general = data.article.facts.find((f) => ofGroup(f) && ctx.ev.saidOfGroup(q.words, (g) => g === f));
    if (general) return result(claim, !q.negated, `${general.statement} That is said of all the suspects.`, [general], named);
    // (an offer to sell secrets, and what for, in the group's two sentences together: both are said of every suspect,
    // "tried to sell classified information" and "to offer state secrets for monetary gain")
    const both = offer ? ctx.ev.saidOfGroup(q.words, ofGroup) : null;
    if (both) return result(claim, !q.negated, `${both.map((f) => f.statement).join(" ")} That is said of all the suspects.`, both, named);
  }
  const p = q.predicate;
  if (!p) return result(claim, "unknown", "The article says nothing that settles that.", [], named);
  const cases = named.length ? named : data.cases;
  // ("neither qi nor zhong is described as unemployed": of what the article describes, its silence is a no)
  // ("the only one who didn't pledge allegiance": with "only", the negation is the predicate's, each case's own)
  const ownNegation = q.negated && q.quantifier === "one";
  const holds = (c: Case) => {
    const held = ev.holds(c, p);
    // ("neither zhong nor song was a current employee": a word whose opposite the article says of a case is false of it)
    // (of the cases named, in one clause: "none of them used the official website, it was all dark web" says the opposite too)
    const opposite = q.quantifier === "none" && named.length >= 2 && !/[,;]|\b(?:it|they) (?:was|were)\b/u.test(claim) && held.truth === true ? ev.opposed(c, q.words, q.attribute) : null;
    const f = opposite ?? held;
    return ownNegation ? { ...f, truth: flip(f.truth) } : f;
  };
  const findings = cases.map(holds).map((f) => (q.reported && q.quantifier === "none" && f.truth === "unknown" ? { ...f, truth: false as const } : f));
  let truth: Truth;
  // ("三个人一个都没被抓", "none of the three": the number is the group's size; the quantifier counts)
  // ("三个人里只有一个": "only one of the three", the three being the group)
  if (q.count !== null && !named.length && !((q.quantifier === "none" || q.quantifier === "all" || q.quantifier === "one") && q.count === data.cases.length)) {
    const yes = findings.filter((f) => f.truth === true).length;
    // (of an attribute the article tells in full, a case it gives none of is not among those counted: "two of the three lied about themselves")
    const told = ctx.ev.toldInFull(p) && !q.negated;
    const unknown = told ? 0 : findings.filter((f) => f.truth === "unknown").length;
    // ("one of them contacted an agency", without "only": one at least)
    const atLeast = q.atLeast || (q.count === 1 && !EXACTLY_ONE.test(claim));
    truth = atLeast
      ? yes >= q.count ? true : yes + unknown < q.count ? false : "unknown"
      : yes === q.count && !unknown ? true : yes > q.count || yes + unknown < q.count ? false : "unknown";
    // "two of them were former soldiers": a count of something the article never mentions is not settled
    if (truth === false && q.unfamiliar.length && p.type === "words") truth = "unknown";
    // ("exactly five suspects were handled in total": more than the cases it describes, among the "several suspects" it gives no number for)
    if (truth === false && q.count > data.cases.length && p.type !== "term" && p.type !== "range") truth = "unknown";
  } else if (q.quantifier === "one" && !named.length) {
    // "only one of them was jailed": one case the article reports so, and no other
    const yes = findings.filter((f) => f.truth === true).length;
    const unknown = findings.some((f) => f.truth === "unknown");
    // (a case the article is silent on could be a second one, unless the claim is about what the article reports)
    // ("one of the suspects tried to sell …", without "only": one at least, which more than one makes true)
    truth = yes === 1 ? (unknown && !q.reported ? "unknown" : true) : yes > 1 ? !EXACTLY_ONE.test(claim) : unknown ? "unknown" : false;
  } else if (likening && q.negated) {
    // ("…didn't involve state secrets, same as song's": the denial holds of each case, the one likened to as well)
    truth = combine(findings.map((f) => flip(f.truth)), "all");
  } else {
    truth = combine(findings.map((f) => f.truth), named.length === 1 ? null : (q.quantifier ?? (named.length ? "all" : "any")));
    // "only Qi went to prison": Qi did, and no one else the article reports on did
    if (q.quantifier === "one" && named.length === 1) {
      const rest = data.cases.filter((c) => c.id !== named[0]!.id).map(holds);
      const own = findings[0]!.truth;
      // a case the article is silent on could be another, unless the claim is about what the article reports
      truth = own === false || rest.some((f) => f.truth === true) ? false : own === true && (q.reported || rest.every((f) => f.truth === false)) ? true : "unknown";
      findings.push(...rest);
    }
  }
  // ("zhong only passed along public info, nothing about any classified project": the negation reaches only its own words;
  // what is asserted without them, false of the case, stays false)
  const asserted = p.type === "words" && q.denied.length ? p.stems.filter((s) => !q.denied.includes(s)) : [];
  const assertedFalse = asserted.length >= 2 && named.length === 1 && p.type === "words" && ev.holds(named[0]!, { ...p, stems: asserted }).truth === false;
  // ("qi just got a fine and walked": the negation is of the prison term, which "just a fine" already denies; no flip)
  const fineAlone = p.type === "fined" && p.alone === true && !q.denied.some((d) => d.startsWith("fine"));
  if (q.negated && !ownNegation && !assertedFalse && !fineAlone && !likening) truth = flip(truth);
  // supported only as far as the article goes: a detail it never gives leaves the claim unsettled
  // (a term or a range is typed in full: words beyond it are phrasing, not details)
  // (a word the lexicon knows by its opposite was weighed case by case: "neither … was a current employee")
  if (truth === true && q.unfamiliar.some((u) => !(q.quantifier === "none" && named.length >= 2 && ev.hasOpposite(u))) && !TYPED_IN_FULL.has(p.type)) truth = "unknown";
  truth = unlessFineUnsaid(truth, q, cases, ctx);
  // ("qi sold the secrets to a foreign company": one passed to whom the article never names of him is a detail it never gives)
  // ("zhong's bank accounts were frozen by state security": a doer the statement it rests on never names is a detail it never gives)
  if (truth === true && !ev.bearsOut(q, cases, findings)) truth = "unknown";
  // ("qi and song both worked on classified projects": the case that breaks an "all" leads what is said)
  const all = q.quantifier === "all" || (q.quantifier === null && named.length > 1);
  // ("only one of them was reported jailed", "the guy who worked on classified projects lost money": the one it holds for
  // leads, then the rest)
  const counted = q.quantifier === "one" || q.count !== null;
  const shown =
    truth === false && all && !q.negated && q.count === null
      ? [...findings.filter((f) => f.truth === false), ...findings.filter((f) => f.truth !== false)]
      : truth === false && q.quantifier === "none" && !q.negated
        ? [...findings.filter((f) => f.truth === true), ...findings.filter((f) => f.truth !== true)]
      : (counted || !all) && truth === true
        ? [...findings.filter((f) => f.truth === true), ...findings.filter((f) => f.truth !== true)]
        : findings;
  const text = shown.map((f) => detail(f, p, ctx)).join(" ");
  return result(claim, truth, text || "The article says nothing that settles that.", shown.flatMap((f) => f.facts), cases);
}

/** the stems of selling or offering: with secrets, a deed the article gives every suspect */
const SELLING: ReadonlySet<string> = new Set(["sell", "sold", "offer", "trade"]);

/** predicates typed in full (a term, a range, life): words beyond them are phrasing, not details */
const TYPED_IN_FULL: ReadonlySet<string> = new Set(["term", "terms", "range", "life"]);

const ZH_DAYS: Record<string, string> = { 一: "monday", 二: "tuesday", 三: "wednesday", 四: "thursday", 五: "friday", 六: "saturday", 日: "sunday", 天: "sunday" };

const HAN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** one and no more: "only one", "just one", "a single", "只有一" */
const EXACTLY_ONE = /\b(?:only|just|exactly|solely|merely)\s+(?:one|1)\b|\b(?:a|one) single\b|\bone and only\b|\bonly\b|只有一|仅有一|只有1|唯一/iu;

/** what the article or its ranges are said to rest on: "cites", "comes from", "is based on" */
const CITED_AS = /\b(?:cite[sd]?|citing|quote[sd]?|quoting|refers? to|referred to|invoke[sd]?|invoking|(?:comes?|came|taken|drawn) from|based on|(?:the|that|this) law (?:is|was)|is the law)\b/iu;

/** "Article 111 of the Criminal Law": a numbered article, a detail the article never gives */
const ARTICLE_NUMBER = /\b(?:article|section|clause) \d+/iu;

/** Words that open a law's title without naming it ("the", "China's", "that"). */
const TITLE_FILLER: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "same", "china's", "chinese", "cited", "some", "another", "other", "of", "prc", "new", "relevant"]);

/** A law named in the words other than the one the article cites ("the Anti-Terrorism Law"), by its title; null if none. */
function otherLaw(text: string, cited: string): string | null {
  const own = new Set(cited.toLowerCase().split(/[\s-]+/u));
  for (const m of text.matchAll(/((?:[\p{L}']+[\s-]+){1,3}?)(law|act)\b/giu)) {
    const words = m[1]!.trim().split(/[\s-]+/u).map((w) => w.toLowerCase());
    const title = words.slice(words.findLastIndex((w) => TITLE_FILLER.has(w)) + 1);
    if (title.length && !title.every((w) => own.has(w))) return m[0].trim().replace(/^(?:the|a|an|this|that)\s+/iu, "");
  }
  return null;
}

/** counts written as words ("dozens" is at least two dozen) */
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, dozen: 12, dozens: 24 };

function numberIn(text: string): number | null {
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|\d{1,3})\b(?! (?:years?|months?|yrs?)\b)/iu.exec(text);
  // ("四起案件", "三个案子": a count in Chinese before its measure word)
  const han = m ? null : /([一两二三四五六])(?:个|起|宗|名|位)/u.exec(text);
  if (han) return HAN_COUNT[han[1]!]!;
  if (!m) return null;
  return COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
}

export { months };
