// Question understanding: who is asked about, what kind of thing is asked,
// and which words are left over for fact search.
import type { Case, Dataset } from "../data/dataset.js";
import { FactIndex, type FactSearch, stem } from "../search/facts.js";
import { NameResolver, type NameMatch } from "../search/names.js";
import { clean, editDistance, fold, type Token, tokenize } from "../text/normalize.js";
import { parseTerms, type Term } from "./duration.js";
import { CHINESE_CUES, CHINESE_FORMS, CONCEPT_WORDS, PHRASES, QUESTION_WORDS, SYNONYMS, type Concept } from "./lexicon.js";
import { COMMON_WORDS, STOPWORDS } from "./stopwords.js";

export interface Understanding {
  tokens: Token[];
  /** cases named, in the order first named */
  cases: Case[];
  /** surnames named that are not in the data */
  others: string[];
  /** tokens that could be several cases */
  ambiguous: Array<{ word: string; cases: Case[] }>;
  scores: Map<Concept, number>;
  /** the matched trigger stems per concept, for choosing a wording */
  triggers: Map<Concept, Set<string>>;
  form: { who: boolean; which: boolean; why: boolean; how: boolean; when: boolean; what: boolean; yesNo: boolean };
  terms: Term[];
  /** stems of the words that are neither names, stop words nor question words */
  content: string[];
  /** per content word: its stem and the article's own words for it (synonyms), for fact search */
  searchGroups: string[][];
  /** the same, for the words of a relative clause that describes who is meant */
  descriptor: string[][];
  /** tokens no vocabulary knows: the question is mostly about something else when these dominate */
  unknown: string[];
  /** the question negates ("no", "not", "without", "didn't") */
  negated: boolean;
  /** capitalised words no vocabulary knows, not at the start: names of people or places the article lacks */
  properNouns: string[];
  /** fact searches already made for this question (the engine asks the same one from several places) */
  searches: Map<string, FactSearch>;
  /** "they", "them", "suspects": a question about all the cases */
  plural: boolean;
}

const PLURAL = new Set(["they", "them", "their", "suspects", "men", "people", "everyone", "all", "anyone", "anybody", "each", "cases", "both"]);
const TYPO_MIN = 5;
const NEGATIONS = new Set(["no", "not", "never", "without", "didnt", "didn't", "none", "nothing", "wasnt", "werent", "isnt", "doesnt", "dont"]);

const PERSON_NOUN = /^(employee|one|man|guy|suspect|person|fellow|individual|worker|defendant|people|men|ones|suspects)$/u;
const CLAUSE_END = /^(given|got|get|gets|received|receive|was|is|were|are|be|been|sentenced|punished|jailed|penalized|penalised|treated|and|but|did|does|do|has|had|have|face|faces|risk|risks|expect|serve|serves)$/u;

/** Token positions of "(the man) who/that <clause>", ending at the main verb or the end. */
function relativeClause(words: string[]): Set<number> {
  const at = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!/^(who|that|whom)$/u.test(words[i]!) || !PERSON_NOUN.test(words[i - 1]!)) continue;
    for (let j = i + 1; j < words.length && !(j > i + 1 && CLAUSE_END.test(words[j]!)); j++) at.add(j);
    break;
  }
  return at;
}

/** Everything the understanding step needs, built once per dataset. */
export class Understander {
  private readonly conceptsByStem = new Map<string, Array<[Concept, number]>>();
  private readonly conceptWords: Array<[string, Concept, number]> = [];
  private readonly vocabulary = new Set<string>();
  private readonly synonyms = new Map<string, string[]>();
  readonly names: NameResolver;

  constructor(
    readonly data: Dataset,
    readonly index: FactIndex,
  ) {
    this.names = new NameResolver(data.cases);
    for (const [concept, entries] of Object.entries(CONCEPT_WORDS) as Array<[Concept, Array<[string, number]>]>) {
      for (const [word, weight] of entries) {
        // short words match only themselves: Porter makes "his" into "hi"
        const s = word.length <= 3 ? `=${word}` : stem(word);
        const list = this.conceptsByStem.get(s) ?? [];
        const same = list.find(([c]) => c === concept);
        if (same) same[1] = Math.max(same[1], weight);
        else list.push([concept, weight]);
        this.conceptsByStem.set(s, list);
        this.vocabulary.add(word);
        this.conceptWords.push([word, concept, weight]);
      }
    }
    for (const w of [...STOPWORDS, ...COMMON_WORDS, ...QUESTION_WORDS]) this.vocabulary.add(w);
    for (const t of tokenize(data.article.text)) this.vocabulary.add(t.word);
    for (const f of data.facts) for (const t of tokenize(f.statement)) this.vocabulary.add(t.word);
    for (const [word, alts] of Object.entries(SYNONYMS)) {
      this.vocabulary.add(word);
      this.synonyms.set(word, alts.map(stem));
    }
    for (const c of data.cases) {
      // the article's own surnames and spellings are names, not vocabulary
      this.vocabulary.delete(fold(c.surname));
      for (const s of c.spellings) this.vocabulary.delete(fold(s.spelling).replace(/'/gu, ""));
    }
  }

  /** True for ordinary words: they are never bent into a surname. */
  readonly isWord = (w: string): boolean => this.vocabulary.has(w) || this.conceptsByStem.has(stem(w));

  private conceptsOf(word: string): Array<[Concept, number]> {
    const exact = this.conceptsByStem.get(`=${word}`);
    if (exact) return exact;
    const s = stem(word);
    const direct = this.conceptsByStem.get(s);
    if (direct) return direct;
    if (word.length < TYPO_MIN || this.vocabulary.has(word)) return [];
    // a typo in a longer word: "sentense", "punishmnet", "imprisoment"; two in a long one
    const allowed = word.length >= 9 ? 2 : 1;
    let best = allowed + 1;
    let found: Array<[Concept, number]> = [];
    for (const [w, c, weight] of this.conceptWords) {
      if (w.length < TYPO_MIN || w[0] !== word[0] || Math.abs(w.length - word.length) > allowed) continue;
      const d = editDistance(word, w, allowed);
      if (d < best) {
        best = d;
        found = [[c, weight]];
      } else if (d === best && d <= allowed && !found.some(([fc]) => fc === c)) found.push([c, weight]);
    }
    return best <= allowed ? found : [];
  }

  understand(question: string): Understanding {
    const tokens = tokenize(question);
    const folded = ` ${tokens.map((t) => t.word).join(" ")} `;
    const matches = tokens.map((t) => this.names.resolveToken(t, this.isWord));
    const nameAt = new Set<number>();
    const cases: Case[] = [];
    const others: string[] = [];
    const ambiguous: Understanding["ambiguous"] = [];
    matches.forEach((m: NameMatch | null, i) => {
      if (!m) return;
      nameAt.add(i);
      if (m.kind === "case") {
        const c = this.data.caseById.get(m.caseId)!;
        if (!cases.includes(c)) cases.push(c);
      } else if (m.kind === "other") {
        if (!others.includes(m.name)) others.push(m.name);
      } else {
        ambiguous.push({ word: m.token.raw, cases: m.caseIds.map((id) => this.data.caseById.get(id)!) });
      }
    });

    // "the third case", "the second guy": the article's own order
    const ORDINALS = ["first", "second", "third", "fourth", "fifth"];
    const words = tokens.map((t) => t.word);
    words.forEach((w, i) => {
      const n = ORDINALS.indexOf(w.replace(/^(1st|2nd|3rd)$/u, (m) => ORDINALS[Number(m[0]) - 1]!));
      if (n < 0 || !/^(case|guy|man|suspect|person|one|individual|defendant)s?$/u.test(words[i + 1] ?? "")) return;
      const c = this.data.cases.find((x) => x.order === n + 1);
      if (c && !cases.includes(c)) cases.push(c);
      nameAt.add(i);
      nameAt.add(i + 1);
    });

    const scores = new Map<Concept, number>();
    const triggers = new Map<Concept, Set<string>>();
    const add = (c: Concept, w: number, why: string) => {
      scores.set(c, (scores.get(c) ?? 0) + w);
      const set = triggers.get(c) ?? new Set<string>();
      set.add(why);
      triggers.set(c, set);
    };
    const content: string[] = [];
    const searchGroups: string[][] = [];
    const unknown: string[] = [];
    // "the employee who photographed the documents": that clause says who is meant, not what is asked
    const descriptorAt = relativeClause(tokens.map((t) => t.word));
    const descriptor: string[][] = [];
    tokens.forEach((t, i) => {
      if (nameAt.has(i)) return;
      if (descriptorAt.has(i)) {
        if (!STOPWORDS.has(t.word) && !QUESTION_WORDS.has(t.word)) descriptor.push([stem(t.word), ...(this.synonyms.get(t.word) ?? [])]);
        return;
      }
      const concepts = this.conceptsOf(t.word);
      for (const [c, w] of concepts) add(c, w, stem(t.word));
      // Han characters other than a surname are read through CHINESE_CUES, not as English words
      if (t.han) return;
      if (!STOPWORDS.has(t.word) && !QUESTION_WORDS.has(t.word)) {
        content.push(stem(t.word));
        searchGroups.push([stem(t.word), ...(this.synonyms.get(t.word) ?? [])]);
        if (!concepts.length && !this.vocabulary.has(t.word) && !this.index.has(stem(t.word)) && !/^\d+$/u.test(t.word)) {
          unknown.push(t.word);
        }
      }
    });
    const phraseWords = new Set<string>();
    for (const [re, c, w, search] of PHRASES) {
      const m = folded.match(re);
      if (!m) continue;
      add(c, w, m[0].trim());
      for (const pw of m[0].trim().split(" ")) phraseWords.add(pw);
      if (search) searchGroups.push(search.map(stem));
    }
    // questions typed in Chinese: the characters say what is asked
    const raw = clean(question);
    for (const [re, c, w] of CHINESE_CUES) if (re.test(raw)) add(c, w, re.source);
    const stillUnknown = unknown.filter((w) => !phraseWords.has(w));

    const first = tokens.find((t, i) => !nameAt.has(i) && !["so", "and", "but", "ok", "okay", "hey", "hi", "please", "tell"].includes(t.word))?.word ?? "";
    const has = (w: string) => tokens.some((t) => t.word === w) || (CHINESE_FORMS[w]?.test(raw) ?? false);
    const form = {
      who: has("who") || has("whom") || has("whose"),
      which: has("which"),
      why: has("why"),
      how: has("how"),
      when: has("when"),
      what: has("what"),
      yesNo: ["did", "does", "do", "is", "was", "were", "are", "can", "could", "has", "had", "have", "will", "would"].includes(first),
    };
    return {
      tokens,
      cases,
      others,
      ambiguous,
      scores,
      triggers,
      form,
      terms: parseTerms(fold(question)),
      content,
      searchGroups,
      descriptor,
      unknown: stillUnknown,
      negated: tokens.some((t) => NEGATIONS.has(t.word)),
      searches: new Map(),
      properNouns: tokens.filter((t) => t.index > 0 && /^\p{Lu}/u.test(t.raw) && stillUnknown.includes(t.word)).map((t) => t.raw),
      plural: tokens.some((t) => PLURAL.has(t.word)),
    };
  }
}
