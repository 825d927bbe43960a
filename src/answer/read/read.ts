// The one module that reads words. It turns a question (or a claim) into a
// typed Query; everything after it works on the query alone.
import type { ReadAttribute } from "../../data/casebase.js";
import type { Dataset } from "../../data/dataset.js";
import { NameResolver } from "../../search/names.js";
import { clean, tokenize } from "../../text/normalize.js";
import type { Amount, Arithmetic, Kind, Op, Predicate, Query } from "../query.js";
import { COMMON_WORDS, STOPWORDS } from "../stopwords.js";
import { CUES, type Cues } from "./cues.js";
import { stem } from "./stem.js";
import { unwrap } from "./wrapping.js";

/** Which kind a question is: the first entry, by priority, whose test holds. */
interface KindSpec {
  priority: number;
  test(c: Cues, q: Partial<Query>): boolean;
}

const textual = (a: ReadAttribute | null | undefined): boolean =>
  a === "actions" || a === "falseClaim" || a === "moneyTrouble" || a === "agency" || a === "offence" || a === "law" || a === "contact" || a === "employment";

export const KIND_SPECS = {
  greeting: { priority: 1, test: (c) => c.empty || c.helpRequest },
  offtopic: { priority: 2, test: (c, q) => c.instruction || (!q.cases?.length && !q.attribute && !q.others?.length && !c.lawWords && !c.hasTerm) },
  silent: { priority: 3, test: (_c, q) => q.silent !== null && q.silent !== undefined },
  arithmetic: { priority: 4, test: (c) => c.arithmetic !== null },
  compare: { priority: 5, test: (c, q) => (c.comparative && (q.cases?.length ?? 0) >= 2) || (c.superlative && (q.cases?.length ?? 0) !== 1) },
  count: { priority: 6, test: (c) => c.howMany },
  yesno: { priority: 7, test: (c) => c.yesno },
  which: { priority: 8, test: (c, q) => c.which && (q.via !== "named" || q.quantifier === "all") && q.attribute !== "source" },
  meta: { priority: 9, test: (_c, q) => q.attribute === "source" || q.attribute === "date" },
  overview: { priority: 10, test: (_c, q) => !q.attribute || q.attribute === "overview" || q.attribute === "cases" },
  value: { priority: 11, test: () => true },
} satisfies Record<Kind, KindSpec>;

const KIND_ORDER = (Object.entries(KIND_SPECS) as Array<[Kind, KindSpec]>).sort((a, b) => a[1].priority - b[1].priority);

/** Ties between attributes go to the more specific one. */
const ATTRIBUTE_PRIORITY: Record<ReadAttribute, number> = {
  rights: 1, secrets: 2, falseClaim: 3, agency: 4, contact: 5, moneyTrouble: 6, employment: 7, offence: 8, lawSevere: 9,
  lawConduct: 10, lawRange: 11, law: 12, penalty: 13, outcome: 14, actions: 15, date: 16, source: 17, cases: 18, overview: 19,
};

interface AttrCue {
  attribute: ReadAttribute;
  words: Set<string>;
  phrases: RegExp[];
  zh: string[];
}

export class Reader {
  private readonly names: NameResolver;
  private readonly han: Array<[string, string]>;
  private readonly cues: AttrCue[];
  private readonly silent: Array<{ id: string; patterns: RegExp[]; zh: string[] }>;
  private readonly synonyms: Map<string, string[]>;
  private readonly vocabulary = new Set<string>();

  constructor(readonly data: Dataset) {
    this.names = new NameResolver(data.cases);
    const lex = data.lexicon;
    this.han = Object.entries(lex.names).flatMap(([id, n]) => n.han.map((h) => [h, id] as [string, string]));
    this.cues = (Object.entries(lex.attributes) as Array<[ReadAttribute, (typeof lex.attributes)[ReadAttribute]]>).map(([attribute, c]) => ({
      attribute,
      words: new Set(c.words.map((w) => stem(w.toLowerCase()))),
      phrases: c.phrases.map((p) => new RegExp(p, "u")),
      zh: c.zh,
    }));
    this.silent = lex.silent.map((s) => ({ id: s.id, patterns: s.patterns.map((p) => new RegExp(p, "u")), zh: s.zh }));
    this.synonyms = new Map(Object.entries(lex.synonyms).map(([k, v]) => [stem(k), v.map((w) => stem(w))]));
    for (const w of [...STOPWORDS, ...COMMON_WORDS]) this.vocabulary.add(w);
    for (const c of Object.values(lex.attributes)) for (const w of c.words) this.vocabulary.add(w.toLowerCase());
    for (const k of Object.keys(lex.synonyms)) this.vocabulary.add(k);
  }

  readonly isWord = (w: string): boolean => this.vocabulary.has(w) || this.cues.some((c) => c.words.has(stem(w)));

  /** Stems with the lexicon's synonyms: what a predicate's words are matched on. */
  expand(stems: readonly string[]): string[][] {
    return stems.map((s) => [s, ...(this.synonyms.get(s) ?? [])]);
  }

  read(question: string): Query {
    const { core, wrapped, whether } = unwrap(question);
    const raw = clean(core);
    const en = raw.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\p{Script=Han}+/gu, " ").replace(/\s+/gu, " ").trim();
    const c = CUES(en, raw, whether);

    // cases: Han characters, then spellings and typos among the words
    const named: string[] = [];
    for (const [h, id] of this.han) if (raw.includes(h) && !named.includes(id)) named.push(id);
    const others: string[] = [];
    const ambiguous: string[] = [];
    const tokens = tokenize(en);
    for (const t of tokens) {
      const m = this.names.resolveToken(t, this.isWord);
      if (m?.kind === "case" && !named.includes(m.caseId)) named.push(m.caseId);
      else if (m?.kind === "other") others.push(m.name);
      else if (m?.kind === "ambiguous") ambiguous.push(t.raw);
    }

    // attribute: lexicon words, phrases and Chinese cues, most specific on a tie
    const nameWords = new Set(tokens.filter((t) => this.names.resolveToken(t, this.isWord)?.kind === "case").map((t) => t.word));
    const stems = tokens.filter((t) => !nameWords.has(t.word)).map((t) => stem(t.word));
    const score = new Map<ReadAttribute, number>();
    for (const cue of this.cues) {
      let s = 0;
      for (const st of stems) if (cue.words.has(st)) s += 1;
      for (const p of cue.phrases) if (p.test(en)) s += 2;
      for (const z of cue.zh) if (raw.includes(z)) s += 2;
      if (s) score.set(cue.attribute, s);
    }
    if (c.why) score.set("moneyTrouble", (score.get("moneyTrouble") ?? 0) + 2);
    if (c.hasTerm || c.arithmetic) score.set("penalty", (score.get("penalty") ?? 0) + 1);
    const attribute = [...score.entries()].sort((a, b) => b[1] - a[1] || ATTRIBUTE_PRIORITY[a[0]] - ATTRIBUTE_PRIORITY[b[0]])[0]?.[0] ?? null;

    const silent = this.silent.find((s) => s.patterns.some((p) => p.test(en)) || s.zh.some((z) => raw.includes(z)))?.id ?? null;

    const content = stems.filter((s, i) => !STOPWORDS.has(tokens.filter((t) => !nameWords.has(t.word))[i]!.word) && !/^\d+$/u.test(s));
    const predicate = this.predicate(c, attribute, content);

    const partial: Partial<Query> = {
      cases: named,
      via: named.length ? "named" : "none",
      attribute,
      silent,
      others,
      quantifier: c.quantifier,
    };
    const kind = KIND_ORDER.find(([, spec]) => spec.test(c, partial))![0];
    return {
      kind,
      cases: named,
      via: named.length ? "named" : "none",
      quantifier: c.quantifier,
      attribute,
      predicate,
      negated: c.negated,
      arithmetic: c.arithmetic,
      subjectTerm: c.subjectTerm,
      silent,
      description: !named.length && c.singular ? content : null,
      others,
      ambiguous,
      wrapped,
    };
  }

  private predicate(c: Cues, attribute: ReadAttribute | null, content: string[]): Predicate | null {
    if (c.range) return { type: "range", where: c.range };
    if (c.amount) return { type: "term", on: attribute === "rights" ? "rights" : "penalty", op: c.op, amount: c.amount };
    if (c.life) return { type: "life" };
    if (attribute === "secrets" || c.stateSecrets) return { type: "secrets" };
    if (c.jailed) return { type: "jailed" };
    if (c.fined) return { type: "fined" };
    if (c.sentenced) return { type: "sentenced" };
    if (c.arrested) return { type: "arrested" };
    if (c.punished) return { type: "punished" };
    if (c.unemployed) return { type: "unemployed" };
    if (c.employed && (attribute === "employment" || attribute === null)) return { type: "employed", now: !c.formerly };
    if (c.website) return { type: "website" };
    if (textual(attribute) && content.length) return { type: "words", on: attribute, stems: content };
    if (attribute) return { type: "said", on: attribute };
    if (content.length) return { type: "words", on: null, stems: content };
    return null;
  }
}

export type { Amount, Arithmetic, Op };
