import Fuse from "fuse.js";
import type { Case } from "../data/dataset.js";
import { editDistance, fold, type Token, tokenize } from "../text/normalize.js";
import { ENGLISH_HOMOGRAPHS, OTHER_SURNAMES } from "./other-surnames.js";

export type NameMatch =
  | { kind: "case"; caseId: string; via: "surname" | "spelling" | "characters" | "fuzzy"; token: Token }
  | { kind: "other"; name: string; token: Token }
  | { kind: "ambiguous"; caseIds: string[]; token: Token };

interface Key {
  key: string;
  caseId: string;
  label: string;
}

// fuse.js ranks the spellings; a candidate must also be this few edits away,
// because fuse alone scores "phone" as close to "zhong" as a typo is.
const FUZZY_MIN_LENGTH = 3;
const maxEdits = (length: number) => (length >= 7 ? 2 : 1);
// two cases whose best scores are this close cannot be told apart
const AMBIGUITY_MARGIN = 0.05;
// words remembered by the fuzzy lookup before it starts afresh (a few hundred KB at most)
const FUZZY_MEMO_SIZE = 4096;

/** Finds the cases a text names: surnames, other spellings, characters and typos. */
export class NameResolver {
  private readonly exact = new Map<string, Key>();
  private readonly fuse: Fuse<Key>;
  private readonly keys: readonly Key[];

  /**
   * `han`: the dataset's own characters per case (lexicon.json), which read a
   * surname however the pinyin reading of a character goes.
   */
  constructor(
    readonly cases: readonly Case[],
    private readonly han: ReadonlyArray<readonly [string, string]> = [],
  ) {
    const keys: Key[] = [];
    for (const c of cases) {
      for (const s of [{ spelling: c.surname, system: "pinyin" }, ...c.spellings]) {
        const key = fold(s.spelling).replace(/'/gu, "");
        const k = { key, caseId: c.id, label: s.spelling };
        keys.push(k);
        if (!this.exact.has(key)) this.exact.set(key, k);
      }
    }
    this.keys = keys;
    this.fuse = new Fuse(keys, { keys: ["key"], includeScore: true, ignoreLocation: true, threshold: 0.5 });
  }

  // A word's fuzzy reading depends on the word alone, and chat reuses few words:
  // remembered, up to a bound, so a question's ordinary words cost one lookup.
  private readonly fuzzyMemo = new Map<string, { caseIds: string[]; score: number } | null>();

  private fuzzy(word: string): { caseIds: string[]; score: number } | null {
    const memo = this.fuzzyMemo.get(word);
    if (memo !== undefined) return memo;
    const result = this.fuzzyUncached(word);
    if (this.fuzzyMemo.size >= FUZZY_MEMO_SIZE) this.fuzzyMemo.clear();
    this.fuzzyMemo.set(word, result);
    return result;
  }

  private fuzzyUncached(word: string): { caseIds: string[]; score: number } | null {
    const edits = maxEdits(word.length);
    // fuse's hits count only within `edits`; a word no key is that close to can skip fuse
    if (!this.keys.some((k) => editDistance(word, k.key, edits) <= edits)) return null;
    const best = new Map<string, number>();
    for (const r of this.fuse.search(word)) {
      if (editDistance(word, r.item.key, edits) > edits) continue;
      const prev = best.get(r.item.caseId);
      if (prev === undefined || r.score! < prev) best.set(r.item.caseId, r.score!);
    }
    const ranked = [...best.entries()].sort((a, b) => a[1] - b[1]);
    const top = ranked[0];
    if (!top) return null;
    let close = ranked.filter(([, s]) => s - top[1] <= AMBIGUITY_MARGIN).map(([id]) => id);
    // equally close: the one that starts with the same letter ("zong" is Zhong before Song)
    if (close.length > 1) {
      const initial = close.filter((id) => this.keysOf(id).some((k) => k[0] === word[0]));
      if (initial.length === 1) close = initial;
    }
    return { caseIds: close, score: top[1] };
  }

  /**
   * Resolves one token. `isWord` says whether the token is an ordinary word of
   * the question (those are never bent into names); a free-text question
   * passes it, a surname option does not.
   */
  resolveToken(token: Token, isWord: (w: string) => boolean = () => false): NameMatch | null {
    const { word } = token;
    const hit = this.exact.get(word);
    if (hit) return { kind: "case", caseId: hit.caseId, via: token.han ? "characters" : hit.key === fold(this.caseById(hit.caseId).surname) ? "surname" : "spelling", token };
    if (OTHER_SURNAMES.has(word)) {
      // (title case only: "did HE do it" stresses a pronoun, it names no one)
      const capitalised = /^\p{Lu}(?!\p{Lu})/u.test(token.raw) && token.index > 0;
      if (token.han || !ENGLISH_HOMOGRAPHS.has(word) || capitalised) return { kind: "other", name: token.han ? token.raw : capitalise(word), token };
      return null;
    }
    if (token.han || word.length < FUZZY_MIN_LENGTH || /\d/u.test(word) || isWord(word)) return null;
    const fz = this.fuzzy(word);
    if (!fz) return null;
    if (fz.caseIds.length > 1) return { kind: "ambiguous", caseIds: fz.caseIds, token };
    return { kind: "case", caseId: fz.caseIds[0]!, via: "fuzzy", token };
  }

  private keysOf(id: string): string[] {
    return [...this.exact.values()].filter((k) => k.caseId === id).map((k) => k.key);
  }

  private caseById(id: string): Case {
    return this.cases.find((c) => c.id === id)!;
  }

  /** All name mentions in free text, in order. */
  findInText(text: string, isWord: (w: string) => boolean): NameMatch[] {
    const out: NameMatch[] = [];
    for (const token of tokenize(text)) {
      const m = this.resolveToken(token, isWord);
      if (m) out.push(m);
    }
    return out;
  }

  /**
   * Resolves a value typed into a surname option ("Qi", "Ch'i", "齐", "zhonh",
   * or a case id). One case, another person, ambiguous, or nothing.
   */
  resolveOption(value: string): NameMatch | null {
    const byHan = this.han.find(([h]) => value.includes(h));
    if (byHan) return { kind: "case", caseId: byHan[1], via: "characters", token: { word: byHan[0], raw: byHan[0], index: 0, han: true } };
    const tokens = tokenize(value);
    const matches = tokens.map((t) => this.resolveToken(t)).filter((m): m is NameMatch => m !== null);
    const caseIds = new Set(matches.flatMap((m) => (m.kind === "case" ? [m.caseId] : [])));
    if (caseIds.size === 1) return matches.find((m) => m.kind === "case")!;
    if (caseIds.size > 1) return { kind: "ambiguous", caseIds: [...caseIds], token: tokens[0]! };
    return matches.find((m) => m.kind === "other") ?? matches.find((m) => m.kind === "ambiguous") ?? null;
  }

  /** Autocomplete: exact first, then prefix, then fuzzy; every case once. */
  rank(input: string): Case[] {
    const q = fold(input).replace(/[^\p{L}\p{N}]/gu, "");
    if (!q) return [...this.cases];
    const tiers = new Map<string, number>();
    const put = (id: string, tier: number) => {
      const prev = tiers.get(id);
      if (prev === undefined || tier < prev) tiers.set(id, tier);
    };
    for (const k of this.exact.values()) {
      if (k.key === q) put(k.caseId, 0);
      else if (k.key.startsWith(q)) put(k.caseId, 1);
    }
    const option = this.resolveOption(input);
    if (option?.kind === "case") put(option.caseId, 0);
    for (const r of this.fuse.search(q)) if (r.score! <= 0.5) put(r.item.caseId, 2 + r.score!);
    return [...tiers.entries()]
      .sort((a, b) => a[1] - b[1] || this.caseById(a[0]).order - this.caseById(b[0]).order)
      .map(([id]) => this.caseById(id));
  }
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
