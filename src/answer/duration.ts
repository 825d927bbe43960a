// Sentencing arithmetic: durations in words or digits, and where a term sits
// against the ranges the article cites. Terms are whole months; life is apart.
import type { Law } from "../data/dataset.js";

export type Term = { life: false; months: number } | { life: true };

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
};
const TENS = "twenty|thirty|forty|fifty|sixty";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const SIMPLE = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
// one captured number: digits, "twenty-one", or a single number word
const NUM = `(\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${UNITS})|${SIMPLE})`;
// bare "y" and "m" only right after digits ("2y3m"), or "any" would read as "an y(ear)"
const YEARS = `(?:(?:years?|yrs?)\\b|(?<=\\d)y(?=\\d|\\b))`;
const MONTHS = `(?:(?:months?|mos?|mths?)\\b|(?<=\\d)m\\b)`;
const HALF = `(?:\\s+and\\s+a\\s+(?:half|quarter))?`;
const TERM = new RegExp(
  `\\b(?:${NUM}\\+?(?:[- ]|\\s*)${YEARS}${HALF}` +
    `(?:\\s*(?:,|and|&|\\+)?\\s*${NUM}(?:[- ]|\\s*)${MONTHS})?` +
    `|${NUM}(?:[- ]|\\s*)${MONTHS})`,
  "giu",
);
const LIFE = /\blife\b/iu;

/** Where the first term written in `text` starts, or -1. */
export const firstTermAt = (text: string): number => text.search(TERM);
// "2 and a half years", "two-and-a-quarter years": the fraction sits before the unit
const FRACTION = new RegExp(`\\b${NUM}[- ]+and[- ]+an?[- ]+(half|quarter|third)[- ]+${YEARS}`, "giu");
const FRACTION_MONTHS: Record<string, number> = { half: 6, quarter: 3, third: 4 };
// "nine quarters of a year", "9 quarters": quarters counted are three months each
const QUARTERS = new RegExp(`\\b${NUM}[- ]+quarters(?:[- ]+of[- ]+an?[- ]+year)?\\b`, "giu");

function num(word: string | undefined): number {
  if (!word) return 0;
  if (/^\d/u.test(word)) return Number(word);
  return word
    .toLowerCase()
    .split(/[- ]/u)
    .reduce((n, w) => n + (NUMBER_WORDS[w] ?? 0), 0);
}

/** Every prison term written in the text: "two years and three months", "27 months", "7 yrs", "life". */
export function parseTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(FRACTION)) out.push({ life: false, months: num(m[1]) * 12 + FRACTION_MONTHS[m[2]!.toLowerCase()]! });
  for (const m of text.matchAll(QUARTERS)) out.push({ life: false, months: num(m[1]) * 3 });
  if (out.length) text = text.replace(FRACTION, " ").replace(QUARTERS, " ");
  for (const m of text.matchAll(TERM)) {
    const [whole, y, mo, onlyMo] = m;
    let months: number;
    if (y !== undefined) {
      const years = num(y) + (/and\s+a\s+half/iu.test(whole) ? 0.5 : /and\s+a\s+quarter/iu.test(whole) ? 0.25 : 0);
      months = Math.round(years * 12) + num(mo);
    } else months = num(onlyMo);
    out.push({ life: false, months });
  }
  if (!out.length && LIFE.test(text)) out.push({ life: true });
  return out;
}

export function termOf(years: number, months: number): Term {
  return { life: false, months: years * 12 + months };
}

/** "2 years and 3 months", "7 years", "27 months" -> words people read; "life imprisonment". */
export function formatTerm(term: Term): string {
  if (term.life) return "life imprisonment";
  // (a share of a term, "half of 27 months", is said in months: "1 year and 1.5 months" reads as a misprint)
  if (!Number.isInteger(term.months)) return `${term.months} months`;
  const y = Math.floor(term.months / 12);
  const m = term.months % 12;
  const ys = `${y} year${y === 1 ? "" : "s"}`;
  const ms = `${m} month${m === 1 ? "" : "s"}`;
  if (y && m) return `${ys} and ${ms}`;
  if (y) return ys;
  return ms;
}

export type Position = "below" | "within" | "above" | "life";

export interface Comparison {
  term: Term;
  position: Position;
  /** one sentence saying where the term sits against the cited ranges */
  text: string;
}

/** Where a term sits against the standard range and the especially-severe range. */
export function compareTerm(term: Term, law: Law): Comparison {
  const standard = law.provisions.find((p) => p.kind === "standard")!;
  const severe = law.provisions.find((p) => p.kind === "severe");
  const lo = standard.range.minMonths;
  const hi = standard.range.maxMonths ?? Infinity;
  const span = `${formatTerm({ life: false, months: lo })} to ${formatTerm({ life: false, months: hi })}`.replace(
    / years to (\d+) years/u,
    " to $1 years",
  );
  const severeText = severe
    ? `the range for especially severe cases (more than ${formatTerm({ life: false, months: severe.range.minMonths })}${severe.range.life ? " or life imprisonment" : ""})`
    : "no range the article cites";
  const what = formatTerm(term);
  if (term.life) {
    return { term, position: "life", text: `Life imprisonment is above the range of ${span} and is the top of ${severeText}.` };
  }
  if (term.months < lo) {
    const short = formatTerm({ life: false, months: lo - term.months });
    return {
      term,
      position: "below",
      text: `${cap(what)} is below the range of ${span} the article cites from the ${law.name}, ${short} short of its minimum of ${formatTerm({ life: false, months: lo })}.`,
    };
  }
  if (term.months <= hi) {
    return { term, position: "within", text: `${cap(what)} is within the range of ${span} the article cites from the ${law.name}.` };
  }
  return { term, position: "above", text: `${cap(what)} is above the range of ${span}; it falls in ${severeText}.` };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 = 10, 十二 = 12, 二十七 = 27, 27 = 27. */
function hanNumber(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  const [tens, units] = s.includes("十") ? s.split("十") : ["", s];
  const t = s.includes("十") ? (tens ? (HAN_DIGITS[tens] ?? 0) : 1) : 0;
  return t * 10 + (units ? (HAN_DIGITS[units] ?? 0) : 0);
}

const HAN_NUM = "[零〇一二两三四五六七八九十\\d]+";
const HAN_RANGE = new RegExp(`(${HAN_NUM})(到|至|-|~|－|—)(?=${HAN_NUM}(年|个月))`, "gu");
const HAN_TERM = new RegExp(`(${HAN_NUM})年(?:零?(${HAN_NUM})个?月)?|(${HAN_NUM})个月`, "gu");

/** Prison terms written in Chinese: 两年三个月, 十年, 27个月, 无期徒刑. */
export function parseHanTerms(text: string): Term[] {
  const out: Term[] = [];
  // "三到五年", "5-10年": a range with its unit written once, each end a term of its own
  const spelled = text.replace(HAN_RANGE, "$1$3$2$3");
  for (const m of spelled.matchAll(HAN_TERM)) {
    const [, y, mo, onlyMo] = m;
    out.push({ life: false, months: y !== undefined ? hanNumber(y) * 12 + (mo ? hanNumber(mo) : 0) : hanNumber(onlyMo!) });
  }
  if (!out.length && /无期/u.test(text)) out.push({ life: true });
  return out;
}
