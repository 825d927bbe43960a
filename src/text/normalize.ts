import { createRequire } from "node:module";

// pinyin-pro's dictionaries take ~27 MB and a noticeable part of start-up;
// most questions hold no Han characters, so it loads on the first one.
type Pinyin = typeof import("pinyin-pro").pinyin;
let pinyinFn: Pinyin | undefined;
const pinyin: Pinyin = ((text: string, options: object) => {
  pinyinFn ??= (createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  return pinyinFn(text, options as never);
}) as Pinyin;

// Characters that change how text looks or flows but carry no meaning for a
// question: zero-width joiners, bidi overrides and isolates, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
// Every apostrophe people type for Wade-Giles aspiration (Ch'i, Chʻi, Ch’i).
const APOSTROPHES = /[\u2018\u2019\u201B\u02BB\u02BC\u02BD\u02B9\u0060\u00B4\u2032\uFF07]/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Removes invisible characters and folds apostrophe variants to `'`. */
export function clean(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(APOSTROPHES, "'");
}

/**
 * Han characters become space-separated toneless pinyin. The first character of
 * a run is read as a surname, because a name is what people type in characters.
 */
export function hanToPinyin(text: string): string {
  return text.replace(HAN_RUN, (run) => {
    const syllables = pinyin(run, { toneType: "none", type: "array", surname: "head" });
    return ` ${syllables.join(" ")} `;
  });
}

/** Lower-case, invisible-free, pinyin-for-Han text: what matching works on. */
export function fold(text: string): string {
  return hanToPinyin(clean(text))
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export interface Token {
  /** folded form used for matching, apostrophes and possessive removed */
  word: string;
  /** the token as typed (after cleaning), for capitalisation checks */
  raw: string;
  /** position among the tokens of the text */
  index: number;
  /** true when the token is the pinyin reading of Han characters */
  han: boolean;
}

const LETTER = "(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])";
const WORD_OR_HAN = new RegExp(`\\p{Script=Han}+|${LETTER}+(?:'${LETTER}+)*`, "gu");

const ASCII = /^[\x20-\x7e]*$/u;

/** Splits text into word tokens; "Qi's" -> "qi", "Ch'i" -> "chi", "齐" -> "qi". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, raw: string, han: boolean) => {
    if (word) tokens.push({ word, raw, index: tokens.length, han });
  };
  for (const match of clean(text).matchAll(WORD_OR_HAN)) {
    const raw = match[0];
    if (/^\p{Script=Han}/u.test(raw)) {
      for (const syllable of hanToPinyin(raw).trim().split(/\s+/u)) push(syllable, raw, true);
    } else {
      // possessives and contractions: "Qi's" -> qi, "why'd" -> why, "they're" -> they; "didn't" -> didnt
      // British -isation as the article's -ization ("organisations")
      // (plain ASCII, the common case, needs only lower case: `clean` ran on the whole text)
      let word = ASCII.test(raw) ? raw.toLowerCase() : fold(raw);
      if (word.includes("'")) word = word.replace(/'(s|d|re|ll|ve|m)$/u, "").replace(/'/gu, "");
      if (word.includes("isation")) word = word.replace(/isation/u, "ization");
      push(word, raw, false);
    }
  }
  return tokens;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Collapses runs of white space, for comparing quotes with the article. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
