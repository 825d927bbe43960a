import Fuse from "fuse.js";
import { stemmer } from "stemmer";
import type { Fact } from "../data/dataset.js";
import { editDistance, tokenize } from "../text/normalize.js";
import { BoundedMap } from "../util/bounded.js";

export interface FactHit {
  fact: Fact;
  /** fuse.js score: 0 is a perfect match, 1 no match */
  score: number;
}

export interface FactSearch {
  hits: FactHit[];
  /** share of the query's weight (by rarity) that the facts' words cover, 0..1 */
  coverage: number;
  /** the query words that matched the facts' vocabulary, as stems */
  terms: string[];
}

/** Inverted index: how many candidates reach fuse.js at most, so search cost stays flat as facts grow. */
const CANDIDATES_MAX = 48;
/** fuse.js indexes of recent candidate sets, and typo resolutions, kept for reuse: questions repeat. */
const CACHE_MAX = 512;

const TYPO_MIN_LENGTH = 5;

export const stem = (word: string): string => stemmer(word);

/** Stems of the words in a text, stop words removed. */
export function stems(text: string, stop: ReadonlySet<string>): string[] {
  return tokenize(text)
    .map((t) => t.word)
    .filter((w) => !stop.has(w))
    .map(stem);
}

/**
 * Fact retrieval: an inverted index of word stems picks candidates, fuse.js
 * token search ranks them. User text never reaches fuse.js as a pattern: the
 * query is rebuilt from stems that exist in the index, so extended-search
 * operators (! ^ = ' |) are never interpreted.
 */
export class FactIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly byLength = new Map<number, string[]>();
  private readonly factStems: string[][];
  private readonly statementStems: string[];
  private readonly quoteStems: string[];
  private readonly fuseCache = new BoundedMap<string, Fuse<{ fact: Fact; statement: string; quote: string }>>(CACHE_MAX);
  private readonly resolveCache = new BoundedMap<string, string | null>(CACHE_MAX * 8);

  constructor(readonly facts: readonly Fact[], stop: ReadonlySet<string>) {
    this.factStems = facts.map((f) => [...new Set(stems(`${f.statement} ${f.quote}`, stop))]);
    // the statement says what the fact is about; the quote is shared by several facts
    // each stem once: fuse.js scans these strings per query term, so shorter is faster
    this.statementStems = facts.map((f) => [...new Set(stems(f.statement, stop))].join(" "));
    this.quoteStems = facts.map((f) => [...new Set(stems(f.quote, stop))].join(" "));
    this.factStems.forEach((list, i) => {
      for (const s of list) {
        let p = this.postings.get(s);
        if (!p) this.postings.set(s, (p = []));
        p.push(i);
      }
    });
    for (const s of this.postings.keys()) {
      const bucket = this.byLength.get(s.length) ?? [];
      bucket.push(s);
      this.byLength.set(s.length, bucket);
    }
  }

  has(stemmed: string): boolean {
    return this.postings.has(stemmed);
  }

  private idf(stemmed: string): number {
    const df = this.postings.get(stemmed)?.length ?? 0;
    return Math.log(1 + this.facts.length / (1 + df));
  }

  /** The index's own stem for a query stem: itself, or one typo away for longer words. */
  private resolve(s: string): string | null {
    if (this.postings.has(s)) return s;
    if (s.length < TYPO_MIN_LENGTH) return null;
    const cached = this.resolveCache.get(s);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    search: for (const len of [s.length, s.length - 1, s.length + 1]) {
      for (const cand of this.byLength.get(len) ?? []) {
        if (editDistance(s, cand, 1) <= 1) {
          found = cand;
          break search;
        }
      }
    }
    this.resolveCache.set(s, found);
    return found;
  }

  /**
   * Searches facts for the query, optionally only among some facts. Each query
   * group is one word of the question: its stem, then other words for it; the
   * group counts as found when any of them is in the index.
   */
  search(query: ReadonlyArray<string | readonly string[]>, among?: (f: Fact) => boolean): FactSearch {
    const groups = query.map((g) => (typeof g === "string" ? [g] : [...g]));
    if (!groups.length) return { hits: [], coverage: 0, terms: [] };
    const unknownWeight = Math.log(1 + this.facts.length);
    let total = 0;
    let covered = 0;
    const terms = new Set<string>();
    const seen = new Set<string>();
    for (const group of groups) {
      const key = group.join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      // the word itself if the facts use it, else the other words for it that they use:
      // adding synonyms of a word the facts already use would only dilute fuse.js's scores
      const own = this.resolve(group[0]!);
      const found = own ? [own] : group.slice(1).map((q) => this.resolve(q)).filter((x): x is string => x !== null);
      if (found.length) {
        const w = Math.max(...found.map((r) => this.idf(r)));
        total += w;
        covered += w;
        for (const r of found) terms.add(r);
      } else total += unknownWeight;
    }
    return this.rank([...terms], covered / total, among);
  }

  private rank(termList: string[], coverage: number, among?: (f: Fact) => boolean): FactSearch {
    const terms = termList;
    if (!terms.length) return { hits: [], coverage: 0, terms };
    const overlap = new Map<number, number>();
    for (const t of terms) {
      const w = this.idf(t);
      for (const i of this.postings.get(t) ?? []) {
        if (among && !among(this.facts[i]!)) continue;
        overlap.set(i, (overlap.get(i) ?? 0) + w);
      }
    }
    const chosen = [...overlap.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES_MAX)
      .map(([i]) => i)
      .sort((a, b) => a - b);
    if (!chosen.length) return { hits: [], coverage, terms };

    const key = chosen.join(",");
    let fuse = this.fuseCache.get(key);
    if (!fuse) {
      const candidates = chosen.map((i) => ({ fact: this.facts[i]!, statement: this.statementStems[i]!, quote: this.quoteStems[i]! }));
      fuse = new Fuse(candidates, {
        keys: [
          { name: "statement", weight: 2 },
          { name: "quote", weight: 1 },
        ],
        includeScore: true,
        useTokenSearch: true,
        ignoreLocation: true,
        // query terms are already the index's own stems (typos resolved above), so matching is exact
        threshold: 0,
      });
      this.fuseCache.set(key, fuse);
    }
    const hits = fuse
      .search(terms.join(" "))
      .map((r) => ({ fact: r.item.fact, score: r.score ?? 1 }))
      .sort((a, b) => a.score - b.score || this.facts.indexOf(a.fact) - this.facts.indexOf(b.fact));
    return { hits, coverage, terms };
  }
}
