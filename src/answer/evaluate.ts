// Runs a typed query over the case base. Knows nothing of words: it gets
// stems and predicates, and returns true, false or unknown with the facts used.
import type { AttrKey, AttrValue, CaseAttributes } from "../data/casebase.js";
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { formatTerm } from "./duration.js";
import type { Amount, Op, Predicate, Query } from "./query.js";
import { stem } from "./read/stem.js";
import { CRIMINAL_PROCESS_STEMS, ENDED_JOB_STEMS, HELD_JOB_STEMS, JOB_STEMS, LIGHT_STEMS, NOT_HELD_JOB, PAST_STEMS, STOP_STEMS } from "./stopwords.js";

export type Truth = true | false | "unknown";

/** What the article says of one case against one predicate. */
export interface Finding {
  case: Case;
  truth: Truth;
  /** our words for what the article says, said plainly ("Qi was sentenced to ...") */
  says: string;
  facts: Fact[];
  /** the cases the article says it of instead, already named in `says` */
  saidOf?: Case[];
}

const TEXT_ATTRIBUTES = ["actions", "falseClaim", "moneyTrouble", "contact", "employment", "agency", "offence", "law", "secrets", "outcome"] as const satisfies readonly AttrKey[];
/** Attributes with one value: a match elsewhere, or none here, says the article says otherwise. */
/** the plain heads of a body's name, which name no one by themselves */
const BODY_HEADS: ReadonlySet<string> = new Set(["authorities", "authority", "organs", "organ", "officials", "official", "officers", "officer", "agents", "personnel", "people", "staff", "government"].map((w) => stem(w)));
const SINGLE_VALUED = new Set<AttrKey>(["falseClaim", "offence", "law"]);
/** Attributes whose cue words also describe a case's circumstances ("frozen", "venture", "agency responded"). */
const CIRCUMSTANCES: ReadonlySet<AttrKey> = new Set(["moneyTrouble", "agency", "employment"]);

/** The typed values two cases can share, as comparable strings; text values are left out. */
const SAME_VALUE: { [K in AttrKey]?: (v: AttrValue<K>) => string } = {
  contact: (v) => v.channel,
  // (each case's trouble is its own cause: a failed venture, failed investments, no job)
  moneyTrouble: (v) => v,
  employment: (v) => v,
  outcome: (v) => v,
  secrets: (v) => String(v),
  penalty: (v) => (v.kind === "prison" ? `prison ${v.months}` : v.kind),
};

const MATCHED_ATTRIBUTES = [...TEXT_ATTRIBUTES, "falseClaim", "notDone"] as const;
const MATCH_MIN = 0.6;

/** "before he could meet with foreign agency personnel": a deed that did not happen, no word to match a claim on */
const UNREALISED = /\bbefore (?:he|she|they|it) (?:could|was able to|managed to|got to)\b[^.,;]*/gu;

export class Evaluator {
  /** stems of each case's attribute texts, for matching a predicate's words */
  private readonly stems = new Map<string, Map<AttrKey, Set<string>>>();
  /** every stem of what the article says of each case, for a quick "none of these words" */
  private readonly union = new Map<string, Set<string>>();
  /** stems of each case's false claim alone (its quote also holds what he did) */
  private readonly claimed = new Map<string, Set<string>>();
  /** stems of each attribute's value and statement, without the quotes (a quote can hold two attributes) */
  private readonly valueStems = new Map<string, Map<AttrKey, Set<string>>>();

  private readonly expansions = new Map<string, string[][]>();
  /** The stems with their synonyms, flat: any of them in a text speaks of the words. */
  widened(stems: readonly string[]): Set<string> {
    return new Set(this.expand(stems).flat());
  }

  /** The words with their synonyms, once per predicate: a which-question matches them against every case. */
  private expand(stems: readonly string[]): string[][] {
    const id = stems.join(" ");
    let hit = this.expansions.get(id);
    if (!hit) {
      hit = this.expandWith(stems);
      if (this.expansions.size >= 1000) this.expansions.clear();
      this.expansions.set(id, hit);
    }
    return hit;
  }

  /** claim words, stemmed, and the stems of the article's words they contradict */
  private readonly antonyms = new Map<string, string[]>();
  /** every stem some case's value of an attribute holds: a cue word among them is content, not a pointer */
  private readonly content = new Map<AttrKey, Set<string>>();
  /** A word that points at the attribute without saying anything of it ("why", "motive"; not "frozen"). */
  // (of the circumstances only: the cue words of a deed or a contact, "contacted", name the deed itself; and a word
  // with a synonym in some case's own words is content: "startup" where a value says "venture")
  private pointer(key: AttrKey, g: readonly string[]): boolean {
    return this.isCue(key, g[0]!) && !(CIRCUMSTANCES.has(key) && g.some((s) => this.content.get(key)?.has(s)));
  }
  /** the words the lexicon reads as a word of the article ("scientist" for "researcher") */
  private readonly synonymsOf = new Map<string, string[]>();
  /** verbs of what the article says the suspects did as a group, stemmed */
  private readonly groupDeedStems: ReadonlySet<string>;

  constructor(
    readonly data: Dataset,
    private readonly expandWith: (stems: readonly string[]) => string[][],
    /** words that point at an attribute need not be found in its value ("contact" in "did he contact them by phone") */
    private readonly isCue: (attribute: string, stem: string) => boolean = () => false,
    /** words the article's vocabulary knows; the others are details it never gives, judged apart */
    private readonly isFamiliar: (stem: string) => boolean = () => true,
  ) {
    for (const [word, targets] of Object.entries(data.lexicon.synonyms)) for (const t of targets) this.synonymsOf.set(t, [...(this.synonymsOf.get(t) ?? []), word]);
    this.groupDeedStems = new Set(data.lexicon.groupDeeds.map((w) => stem(w.toLowerCase())));
    for (const [word, opposite] of Object.entries(data.lexicon.antonyms)) this.antonyms.set(stem(word.toLowerCase()), opposite.map((o) => stem(o.toLowerCase())));
    for (const c of data.cases) {
      const byAttr = new Map<AttrKey, Set<string>>();
      for (const key of MATCHED_ATTRIBUTES) {
        const a = this.attrs(c)[key];
        // the value, our statement and the quotes it rests on: claims use the article's own words too
        const words = a.said ? `${JSON.stringify(a.value)} ${a.statement} ${a.facts.map((f) => f.quote).join(" ")}` : "";
        // (what follows "before he could" did not happen: "apprehended before he could meet" says no meeting)
        byAttr.set(key, new Set((words.toLowerCase().replace(UNREALISED, " ").match(/\p{L}+/gu) ?? []).map(stem)));
      }
      this.stems.set(c.id, byAttr);
      const byValue = new Map<AttrKey, Set<string>>();
      for (const key of MATCHED_ATTRIBUTES) {
        const a = this.attrs(c)[key];
        byValue.set(key, new Set(((a.said ? `${JSON.stringify(a.value)} ${a.statement}` : "").toLowerCase().replace(UNREALISED, " ").match(/\p{L}+/gu) ?? []).map(stem)));
      }
      this.valueStems.set(c.id, byValue);
      for (const [key, set] of byValue) for (const st of set) this.content.set(key, (this.content.get(key) ?? new Set()).add(st));
      // (not what the article says did not happen: no claim is borne out by it)
      this.union.set(c.id, new Set([...byAttr.entries()].flatMap(([k, x]) => (k === "notDone" ? [] : [...x]))));
      const fc = this.attrs(c).falseClaim;
      this.claimed.set(c.id, new Set(((fc.said ? String(fc.value) : "").toLowerCase().match(/\p{L}+/gu) ?? []).map(stem)));
    }
  }

  private motiveCache: { facts: Fact[]; text: string } | undefined;
  /**
   * The article's sentence on why the suspects as a group did it, and the share
   * of the words (with synonyms) found in it: for claims and yes/no on all of them.
   */
  groupMotive(stems: readonly string[]): { facts: Fact[]; cover: number } {
    if (!this.motiveCache) {
      const facts = this.data.article.facts.filter((f) => f.topic === "motive");
      this.motiveCache = { facts, text: facts.map((f) => `${f.statement} ${f.quote}`).join(" ").toLowerCase() };
    }
    const { facts, text } = this.motiveCache;
    const groups = this.expand(stems);
    const cover = facts.length ? groups.filter((g) => g.some((s) => text.includes(s))).length / Math.max(1, groups.length) : 0;
    return { facts, cover };
  }

  private groupCache: { facts: Fact[]; stems: Set<string> } | undefined;
  /** The article's sentences about the suspects as a group that name no case, and their stems: what it says of them all. */
  get group(): { facts: Fact[]; stems: Set<string> } {
    if (!this.groupCache) {
      const { facts, each } = this.general;
      const own = facts.filter((f) => !this.data.cases.some((o) => f.statement.includes(o.surname)));
      this.groupCache = { facts: own, stems: new Set(own.flatMap((f) => [...each.get(f)!])) };
    }
    return this.groupCache;
  }

  private generalCache: { facts: Fact[]; stems: Set<string>; each: Map<Fact, Set<string>> } | undefined;
  /** The article's sentences about the suspects as a group (overview and motive), their stems together and each sentence's own; built once. */
  get general(): { facts: Fact[]; stems: Set<string>; each: Map<Fact, Set<string>> } {
    if (!this.generalCache) {
      const facts = this.data.article.facts.filter((f) => f.topic === "motive" || f.topic === "overview");
      const each = new Map(facts.map((f) => [f, new Set((`${f.statement} ${f.quote}`.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stem(w)))]));
      this.generalCache = { facts, stems: new Set([...each.values()].flatMap((x) => [...x])), each };
    }
    return this.generalCache;
  }

  /** The article's general sentences, where every word (or a synonym) is in them: what it says of the suspects as a group. */
  saidOfGroup(stems: readonly string[], only: (f: Fact) => boolean = () => true): Fact[] | null {
    const { facts: all, each } = this.general;
    const facts = all.filter(only);
    const said = new Set(facts.flatMap((f) => [...each.get(f)!]));
    const groups = this.expand(stems);
    if (!stems.length || !groups.every((g) => g.some((s) => said.has(s)))) return null;
    // (only the sentences that hold some of the words, most first: the motive, not the overview, for "did they want money")
    const covered = new Map(facts.map((f) => [f, groups.filter((g) => g.some((s) => each.get(f)!.has(s))).length]));
    return facts.filter((f) => covered.get(f)! > 0).sort((a, b) => covered.get(b)! - covered.get(a)!);
  }

  /** A word of the claim whose opposite one of these group sentences says ("handled outside China": "across China"). */
  opposedInGroup(stems: readonly string[], facts: readonly Fact[]): boolean {
    return stems.some((s) => this.antonyms.get(s)?.some((o) => facts.some((f) => this.general.each.get(f)?.has(o))) ?? false);
  }

  /**
   * Words the article says of the suspects as a group and of no case's own
   * value of `key` ("actively" reached out): asked of "who", they are the group's.
   */
  groupOnly(stems: readonly string[], key: AttrKey): boolean {
    const said = new Set(this.general.facts.flatMap((f) => [...this.general.each.get(f)!]));
    return this.expand(stems).some((g) => g.some((s) => said.has(s)) && this.data.cases.every((c) => !g.some((s) => this.valueStems.get(c.id)!.get(key)?.has(s))));
  }

  /** Whether a stem is one of the words that point at an attribute (the reader's lexicon). */
  cueOf(attribute: string, stem: string): boolean {
    return this.isCue(attribute, stem);
  }

  /** Whether a statement names every one of the words, each in itself or a synonym ("state security" in "state security authorities"). */
  names(statement: string, stems: readonly string[]): boolean {
    const said = new Set((statement.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
    // (a body's plain head, "authorities", "organs", names no one of its own: "caught by the authorities")
    return this.expand(stems.filter((s) => !BODY_HEADS.has(s))).every((g) => g.some((s) => said.has(s)));
  }

  /**
   * Whether the statements a yes rests on name whom the words pass something to ("sold the secrets to a foreign
   * company") and the doer a passive names ("frozen by state security"); a yes that leaves either out is no yes.
   */
  bearsOut(q: Query, cases: readonly Case[], findings: readonly Finding[]): boolean {
    if (q.negated) return true;
    if (q.recipient && cases.some((c) => !this.namesOf(c, q.recipient!))) return false;
    return !(q.byAgent && q.predicate?.type === "words" && findings.some((f) => f.truth === true && !this.names(`${f.says} ${f.facts.map((x) => x.quote).join(" ")}`, q.byAgent!)));
  }

  /** Whether what the article says of a case names every one of the words, or a synonym ("the agency", "foreign entities"). */
  namesOf(c: Case, stems: readonly string[]): boolean {
    const all = this.union.get(c.id)!;
    const quotes = new Set(this.attrsFacts(c).flatMap((f) => (f.quote.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem)));
    return this.expand(stems.filter((s) => !BODY_HEADS.has(s))).every((g) => g.some((s) => all.has(s) || quotes.has(s)));
  }

  private attrsFacts(c: Case): Fact[] {
    return Object.values(this.attrs(c)).flatMap((a) => (a as { facts?: Fact[] }).facts ?? []);
  }

  /** The words with their synonyms, for matching outside the case base. */
  expandWords(stems: readonly string[]): string[][] {
    return this.expand(stems);
  }

  attrs(c: Case): CaseAttributes {
    return this.data.attributes.get(c.id)!;
  }

  get standard() {
    return this.data.law.provisions.find((p) => p.kind === "standard")!;
  }

  months(amount: Amount): number {
    if ("months" in amount) return amount.months;
    const r = this.standard.range;
    const max = r.maxMonths ?? r.minMonths;
    return Math.round((amount.ref === "min" ? r.minMonths : amount.ref === "mid" ? (r.minMonths + max) / 2 : max) * amount.factor);
  }

  /** Share of the predicate's words found in one attribute of one case. */
  coverage(c: Case, key: AttrKey, stems: readonly string[], cues = true): number {
    if (!stems.length) return 0;
    const have = this.stems.get(c.id)!.get(key)!;
    const groups = this.expand(stems);
    // words that point at the attribute need not be in its value, except for deeds, where they are the content
    const cue = (g: string[]) => cues && key !== "actions" && key !== "notDone" && this.pointer(key, g);
    return groups.filter((g) => g.some((s) => have.has(s)) || cue(g)).length / groups.length;
  }

  /** The attribute a free predicate is most about, for one case: the best-covered one. */
  bestAttribute(c: Case, stems: readonly string[]): { key: AttrKey; cover: number } {
    let best: { key: AttrKey; cover: number } = { key: "actions", cover: 0 };
    for (const key of TEXT_ATTRIBUTES) {
      const cover = this.coverage(c, key, stems);
      if (cover > best.cover) best = { key, cover };
    }
    return best;
  }

  /** Share of the words found anywhere in what the article says of a case. */
  private profile(c: Case, stems: readonly string[]): number {
    const groups = this.expand(stems);
    const attrs = this.stems.get(c.id)!;
    return groups.filter((g) => g.some((s) => TEXT_ATTRIBUTES.some((k) => attrs.get(k)!.has(s)))).length / Math.max(1, groups.length);
  }

  /** Whether a description fits any case at all ("the suspect with the purple umbrella" fits none). */
  fitsAny(stems: readonly string[]): boolean {
    return this.data.cases.some((c) => this.profile(c, stems) >= 0.5);
  }

  /** Which case a description ("the one whose venture failed") fits best, if exactly one does. */
  describe(stems: readonly string[]): Case | null {
    // ties on the words found anywhere go to the case one of whose attributes holds most of them: "the employee on
    // classified projects" is the one employed on them, not the former employee who disclosed a classified project
    const scored = this.data.cases
      .map((c) => {
        const one = Math.max(...TEXT_ATTRIBUTES.map((k) => this.coverage(c, k, stems, false)));
        return { c, s: Math.max(this.profile(c, stems), one), one };
      })
      .sort((a, b) => b.s - a.s || b.one - a.one);
    const [first, second] = scored;
    if (!first || first.s < 0.5 || (second && second.s >= first.s && second.one >= first.one)) return null;
    return first.c;
  }

  private said<K extends AttrKey>(c: Case, key: K, truth: (v: Extract<CaseAttributes[K], { said: true }>["value"]) => Truth, extra = ""): Finding {
    const a = this.attrs(c)[key];
    if (!a.said) return { case: c, truth: "unknown", says: a.note, facts: a.facts };
    const v = a.value as Extract<CaseAttributes[K], { said: true }>["value"];
    return { case: c, truth: truth(v), says: a.statement + extra, facts: a.facts };
  }

  /** Whether `p` is words of an attribute the article tells in full, so that a case given none of it is no case of them. */
  toldInFull(p: Predicate): boolean {
    return p.type === "words" && p.on !== null && this.data.toldInFull.has(p.on as AttrKey);
  }

  /** What the article says of `c` against `p`. */
  holds(c: Case, p: Predicate): Finding {
    // either of two words fits ("a startup or investments"): true if one reading holds, false only if both are false
    if ((p.type === "words" || p.type === "employed") && p.either && p.stems) {
      const [a, b] = p.either;
      const readings = [b, a].map((left) => this.holds(c, { ...p, either: undefined, stems: p.stems!.filter((s) => s !== left) }));
      return readings.find((f) => f.truth === true) ?? readings.find((f) => f.truth === "unknown") ?? readings[0]!;
    }
    const A = this.attrs(c);
    switch (p.type) {
      case "term": {
        const within = (m: number) => compare(m, p.op, this.months(p.amount)) && (p.upTo === undefined || m <= p.upTo);
        if (p.on === "rights") return this.said(c, "rights", (v) => within(v.months));
        return this.said(c, "penalty", (v) => (v.kind === "prison" ? within(v.months) : false));
      }
      case "terms": {
        const rights = A.rights;
        const f = this.said(c, "penalty", (v) => (v.kind !== "prison" || !rights.said ? "unknown" : compare(v.months, p.op, rights.value.months * p.factor)));
        if (!rights.said || f.truth === "unknown" || !A.penalty.said || A.penalty.value.kind !== "prison") return f;
        // (the figures worked out: "more than double his rights ban" is 27 months against 24)
        const term = A.penalty.value.months;
        const target = rights.value.months * p.factor;
        const ratio = term / rights.value.months;
        const scaled = p.factor === 1 ? "" : ` (${p.factor === 2 ? "twice" : p.factor === 0.5 ? "half of" : p.factor === 3 ? "three times" : `${p.factor} times`} ${rights.value.months} months)`;
        const worked = `That is ${term} months against ${Number.isInteger(target) ? target : target.toFixed(1)} months${scaled}: the prison term is ${Number.isInteger(ratio) ? ratio : ratio.toFixed(2)} times as long.`;
        return { ...f, says: `${f.says} ${rights.statement} ${worked}`, facts: [...f.facts, ...rights.facts] };
      }
      case "jailed":
        return this.said(c, "penalty", (v) => v.kind === "prison");
      case "life":
        // (no typed term is life: every term said is less than it)
        return this.said(c, p.on ?? "penalty", () => p.below === true);
      case "sentenced": {
        const f = this.said(c, "penalty", (v) => v.kind === "prison");
        return f.truth === "unknown" ? { ...f, truth: A.outcome.said && A.outcome.value === "sentenced" ? true : "unknown" } : f;
      }
      case "punished": {
        // (with what the article says he was punished for: "was song punished even though he gave nothing secret")
        const f = this.said(c, "penalty", () => true);
        const ground = A.offence;
        return f.truth === true && ground.said && !f.says.includes(ground.statement) ? { ...f, says: `${f.says} ${ground.statement}`, facts: [...f.facts, ...ground.facts] } : f;
      }
      case "administrative":
        return this.said(c, "penalty", (v) => v.kind === "administrative");
      case "fined": {
        const a = A.penalty;
        if (a.said && a.value.kind === "administrative" && a.value.fine !== undefined) return { case: c, truth: a.value.fine, says: a.statement, facts: a.facts };
        // (of a prison term, the term itself is no answer: whether a fine came with it is all that is asked)
        // ("qi was just fined": a prison term is more than a fine)
        if (a.said && a.value.kind === "prison" && p.alone) return { case: c, truth: false, says: a.statement, facts: a.facts };
        if (a.said && a.value.kind === "prison" && !p.withJail) return { case: c, truth: "unknown", says: `The article does not say whether ${c.surname} was fined; it gives his prison term only.`, facts: [] };
        const says = a.said ? `${a.statement} The article does not say whether that included a fine.` : a.note;
        return { case: c, truth: "unknown", says, facts: a.facts };
      }
      case "arrested": {
        const f = this.said(c, "outcome", (v) => (v === "apprehended" ? true : "unknown"));
        return f.truth === "unknown" && A.outcome.said ? { ...f, says: `${f.says} The article does not say whether ${c.surname} was arrested.` } : f;
      }
      case "employed": {
        // (a job in the past is no part of what the article says of an unemployed man: "song used to work at the institute")
        const f = this.said(c, "employment", (v) => (v === "employee" ? true : v === "unemployed" ? (p.former ? "unknown" : false) : p.still ? false : p.now ? "unknown" : true));
        // ("qi worked for a subsidiary": a job, but the employer is no word the article says of his)
        // (the plain words of having a job say nothing of the employer: only the others must be the case's own, anywhere
        // in what the article says of it, as a description's words may ride along: "the one whose accounts were frozen")
        const have = this.union.get(c.id)!;
        const employer = (p.stems ?? []).filter((x) => !JOB_STEMS.has(x) && !LIGHT_STEMS.has(x) && !PAST_STEMS.has(x) && this.isFamiliar(x));
        const notTheirs = f.truth === true && this.expand(employer).some((g) => !g.some((x) => have.has(x)));
        // (but another case's employer, word for word both ways, is that case's job, swapped: "song used to work for a subsidiary
        // of a classified unit", "qi worked at a subsidiary of a classified unit"; not "at a classified unit", which is less than Zhong's)
        const groups = this.expand(employer);
        const claimed = new Set(groups.flat());
        // (candidates from the memoised strong matches: this runs for every case of a question read against all of them)
        const swapped = (f.truth === "unknown" || notTheirs) && (p.former || !p.now) && groups.length ? this.strongMatches("employment", employer).find((o) => o.id !== c.id && this.employerStems(o).every((x) => claimed.has(x))) : undefined;
        const theirs = swapped ? this.attrs(swapped).employment : null;
        if (theirs?.said) return { case: c, truth: false, says: `${f.says} ${theirs.statement}`, facts: [...f.facts, ...theirs.facts] };
        return notTheirs ? { ...f, truth: "unknown" } : f;
      }
      case "unemployed":
        return this.said(c, "employment", (v) => (v === "unemployed" ? true : v === "employee" ? false : "unknown"));
      case "secrets":
        return this.said(c, "secrets", (v) => v);
      case "sex":
        return this.said(c, "sex", (v) => v === p.value);
      case "unlawful":
        return this.said(c, "unlawful", (v) => v);
      case "website":
        return this.said(c, "contact", (v) => v.channel === "official-website");
      case "range":
        return this.said(c, "penalty", (v) => {
          if (v.kind !== "prison") return false;
          const r = this.standard.range;
          const where = v.months < r.minMonths ? "below" : v.months > (r.maxMonths ?? Infinity) ? "above" : "within";
          return where === p.where;
        });
      case "said": {
        if (!(p.on in A)) return { case: c, truth: "unknown", says: "", facts: [] };
        return this.said(c, p.on as AttrKey, () => true);
      }
      case "words":
        return this.words(c, p.on, p.stems, p.before, p.also, p.active);
    }
  }

  /**
   * A word of the claim whose opposite the article says of this case ("his
   * accounts were fine": frozen; "acquitted": sentenced), with the statement
   * that says it.
   */
  /** Whether the lexicon knows a word by its opposite ("currently": "past"), so it is no detail the article leaves out. */
  hasOpposite(stem: string): boolean {
    return this.antonyms.has(stem);
  }

  opposed(c: Case, stems: readonly string[], prefer: string | null = null): Finding | null {
    // (the attribute the claim is about first, in its own words, before one whose quoted sentence only mentions the
    // opposite: "by phone" is answered with how he made contact, not with a deed from the same sentence)
    const own = MATCHED_ATTRIBUTES.find((k) => k === prefer);
    return (own && this.opposedIn(c, stems, this.valueStems.get(c.id)!, [own])) || this.opposedIn(c, stems, this.stems.get(c.id)!, MATCHED_ATTRIBUTES);
  }

  private opposedIn(c: Case, stems: readonly string[], words: Map<AttrKey, Set<string>>, keys: readonly AttrKey[]): Finding | null {
    for (const s of stems) {
      const opposite = this.antonyms.get(s);
      if (!opposite) continue;
      for (const key of keys) {
        const a = this.attrs(c)[key];
        if (a.said && opposite.some((o) => words.get(key)?.has(o))) return { case: c, truth: false, says: a.statement, facts: a.facts };
      }
    }
    return null;
  }

  /**
   * Whether `cases` share one value of `key` ("did all three reach the agencies
   * the same way?"), from the typed values only; null where the value is text
   * the case base cannot compare.
   */
  same(cases: readonly Case[], key: AttrKey): { truth: Truth; findings: Finding[] } | null {
    const project = SAME_VALUE[key];
    if (!project) return null;
    const findings = cases.map((c) => this.said(c, key, () => true));
    const values = cases.map((c) => this.attrs(c)[key]).map((a) => (a.said ? project(a.value as never) : null));
    const known = values.filter((v): v is string => v !== null);
    const truth: Truth = new Set(known).size > 1 ? false : known.length === values.length ? true : "unknown";
    return { truth, findings };
  }

  /**
   * "Song was a researcher": the identity the article says he only claimed,
   * asserted as what he was. Only for words that do not speak of claiming.
   */
  posedAs(c: Case, stems: readonly string[], identity: readonly string[]): Finding | null {
    const a = this.attrs(c).falseClaim;
    if (!a.said || !identity.length || stems.some((s) => this.isCue("falseClaim", s))) return null;
    // the head noun, unstemmed: "a researcher" is not "research"
    const head = (a.value.toLowerCase().match(/\p{L}+/gu) ?? []).find((w) => w.length >= 4 && w !== "with");
    const heads = new Set([head, ...(head ? (this.synonymsOf.get(head) ?? []) : [])]);
    if (!head || !identity.some((w) => heads.has(w) || heads.has(w.replace(/s$/u, "")))) return null;
    return { case: c, truth: false, says: a.statement, facts: a.facts };
  }

  /** What the article says did not happen, when a claim says it did ("met the agents"). */
  didNot(c: Case, stems: readonly string[], before = false, doneBy = false, active = false): Finding | null {
    const notDone = this.attrs(c).notDone;
    // (`doneBy`: the agency is the claim's doer, so only what was not done to the case by someone counts: "被境外间谍策反")
    // (`active`: the case is the claim's doer, so nothing done to him by someone counts: "zhong approached a foreign agency" is no "was approached by")
    const items = notDone.said ? notDone.value.filter((item) => (!doneBy || /\bby\b/u.test(item)) && !(active && /\bby\b/u.test(item))) : [];
    if (!notDone.said || before || !items.some((item) => this.within(item, stems))) return null;
    return { case: c, truth: false, says: notDone.statement, facts: notDone.facts };
  }

  /** Every content word of `item` is among the claim's words (or their synonyms). */
  private within(item: string, stems: readonly string[]): boolean {
    const have = new Set(this.expand(stems).flat());
    const words = (item.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !["with", "the", "and", "was", "for"].includes(w)).map(stem);
    // a long item may miss words ("met the agency's people": no "foreign"), never its verb, which comes first
    const found = words.filter((w) => have.has(w)).length;
    return words.length > 0 && (found === words.length || (words.length >= 4 && have.has(words[0]!) && found * 2 >= words.length));
  }

  /** Every word of the predicate is in the value, or is only a word pointing at the attribute. */
  private fully(c: Case, key: AttrKey, stems: readonly string[]): boolean {
    const have = this.stems.get(c.id)!.get(key)!;
    return this.expand(stems).every((g) => g.some((s) => have.has(s)) || (key !== "actions" && this.pointer(key, g)) || !this.isFamiliar(g[0]!));
  }

  /**
   * The words the attribute lacks are all said elsewhere of the same case, and
   * the attribute's own value holds at least one word that is no mere cue: "Zhong
   * lied about who he was to the foreign agencies" (the agencies are his contact).
   */
  private fullyInCase(c: Case, key: AttrKey, stems: readonly string[]): boolean {
    const have = this.stems.get(c.id)!.get(key)!;
    const value = this.valueStems.get(c.id)!.get(key)!;
    const all = this.union.get(c.id)!;
    const groups = this.expand(stems);
    const cue = (g: string[]) => key !== "actions" && this.isCue(key, g[0]!);
    return groups.some((g) => g.some((s) => value.has(s)) || cue(g)) && groups.every((g) => g.some((s) => have.has(s) || all.has(s)) || cue(g) || !this.isFamiliar(g[0]!));
  }

  /** Whether every word of a claim lies in some attribute of the case that holds at least two of them. */
  private spreadOver(c: Case, key: AttrKey, stems: readonly string[]): boolean {
    // (a word that only points at the attribute, "pretended" for a false claim, is no share of any)
    // (not one some case's value holds: "investments" is Qi's trouble, whatever else it points at)
    const pointer = (g: string[]) => this.isCue(key, g[0]!) && !this.data.cases.some((o) => g.some((s) => this.valueStems.get(o.id)!.get(key)?.has(s)));
    const groups = this.expand(stems).filter((g) => !pointer(g));
    const of = this.stems.get(c.id)!;
    const keys = TEXT_ATTRIBUTES.filter((k) => this.attrs(c)[k].said && groups.filter((g) => g.some((s) => of.get(k)!.has(s))).length >= 2);
    const holds = (g: string[], k: AttrKey) => g.some((s) => of.get(k)!.has(s));
    // (each share a run of the claim's own words: "gave the agency his bank account details" threads one attribute's words
    // through another's, a deed the article never gives; "downloaded public stuff and pretended to be a researcher" does not)
    const fits: boolean[] = [true];
    for (let end = 1; end <= groups.length; end++) {
      fits[end] = false;
      for (let start = end - 2; start >= 0 && !fits[end]; start--) {
        const run = groups.slice(start, end);
        fits[end] = fits[start]! && keys.some((k) => run.every((g) => holds(g, k)));
      }
    }
    return groups.length > 0 && fits[groups.length]!;
  }

  /** A predicate in words: does the article say it of this case, of another, or neither? */
  words(c: Case, on: string | null, stems: readonly string[], before = false, also = false, active = false): Finding {
    // ("song worked on classified projects": work held by a case the article calls unemployed)
    const job = this.attrs(c).employment;
    // (not a job sought, lost or left: "applied for jobs", "was fired from his job", "out of a job")
    const held = stems.some((s) => HELD_JOB_STEMS.has(s)) && !stems.some((s) => NOT_HELD_JOB.test(s));
    if (on === "employment" && job.said && job.value === "unemployed" && held) return { case: c, truth: false, says: job.statement, facts: job.facts };
    // ("qi was a former employee who had left the job": a job ended, said of a case the article calls an employee)
    const ended = stems.some((s) => ENDED_JOB_STEMS.has(s)) && stems.some((s) => JOB_STEMS.has(s));
    if (on === "employment" && job.said && job.value === "employee" && ended) return { case: c, truth: false, says: job.statement, facts: job.facts };
    // ("was song convicted?", "song was charged with a crime": the law he broke is no criminal case, which the article
    // never says he faced; his outcome, administrative penalties, is what it does say. Charged with what, the words decide)
    const outcome = this.attrs(c).outcome;
    if (on === "offence" && outcome.said && outcome.value === "administrative" && stems.some((s) => CRIMINAL_PROCESS_STEMS.has(s)) && stems.every((s) => CRIMINAL_PROCESS_STEMS.has(s) || this.isCue("offence", s))) {
      return { case: c, truth: "unknown", says: `The article does not say that. ${outcome.statement}`, facts: outcome.facts };
    }
    // none of the words anywhere in what the article says of this case: settled without matching attribute by attribute
    const all = this.union.get(c.id)!;
    const specific = this.expand(stems).filter((g) => on === null || !this.isCue(on, g[0]!));
    if (specific.length && !specific.some((g) => g.some((s) => all.has(s)))) {
      const key = on && (TEXT_ATTRIBUTES as readonly string[]).includes(on) ? (on as AttrKey) : null;
      const a = key ? this.attrs(c)[key] : null;
      if (a?.said && key && SINGLE_VALUED.has(key)) return { case: c, truth: false, says: a.statement, facts: a.facts };
      // ("qi just downloaded publicly available info": nothing of the kind of Qi, all of it of Song: swapped)
      // (not words the article says of all the suspects: "qi voluntarily pledged allegiance" is the group's "actively", not Song's "voluntary")
      const ofAll = specific.every((g) => g.some((s) => this.group.stems.has(s)));
      const elsewhere = (key === "actions" || key === "falseClaim" || key === "moneyTrouble") && !ofAll ? this.strongMatches(key, stems).filter((o) => o.id !== c.id) : [];
      // (only where the case has its own, other value: of a case the article says nothing of here, it stays unsaid)
      // (not with "too": "zhong photographed documents too" adds him to the one it was said of, which the article leaves open)
      if (elsewhere.length === 1 && a?.said && !also) {
        const other = this.attrs(elsewhere[0]!)[key!];
        return { case: c, truth: false, says: `The article says that of ${elsewhere[0]!.surname}, not ${c.surname}. ${a.statement}`, facts: [...a.facts, ...(other.said ? other.facts : [])], saidOf: elsewhere };
      }
      return { case: c, truth: "unknown", says: a ? (a.said ? `The article does not say that. ${a.statement}` : a.note) : "The article does not say that.", facts: a?.facts ?? [] };
    }
    // ("did song have money problems?": words that only name the attribute, all of them in what the article says of the
    // suspects' motive as a group, ask whether it gives one at all; "frozen accounts" names one case's own)
    if (on === "moneyTrouble" && stems.length && !specific.length) {
      const a = this.attrs(c).moneyTrouble;
      const { each } = this.general;
      const group = this.group.facts.filter((f) => f.topic === "motive");
      const covered = group.length > 0 && this.expand(stems).every((g) => g.some((s) => group.some((f) => each.get(f)!.has(s))));
      // (the group's sentence said too: the case's own may not name money at all, "after failing to secure a job")
      if (covered && a.said) return { case: c, truth: true, says: `${a.statement} ${group.map((f) => f.statement).join(" ")}`, facts: [...a.facts, ...group] };
    }
    const best = this.bestAttribute(c, stems);
    let key: AttrKey = on && (TEXT_ATTRIBUTES as readonly string[]).includes(on) ? (on as AttrKey) : best.key;
    // the words fit another attribute fully where the one they pointed at falls short
    if (!this.fully(c, key, stems)) {
      const alt = TEXT_ATTRIBUTES.find((k) => this.attrs(c)[k].said && this.coverage(c, k, stems) >= MATCH_MIN && this.fully(c, k, stems));
      // ("qi was jailed for losing money on investments": his circumstances are no ground the article gives for his penalty)
      const ground = this.attrs(c).offence;
      if (alt && on === "offence" && ground.said && CIRCUMSTANCES.has(alt)) return { case: c, truth: false, says: ground.statement, facts: ground.facts };
      // ("qi was sentenced for pledging allegiance": a deed of his, but not the offence the article names; whether it counted, it does not say)
      if (alt === "actions" && on === "offence" && ground.said) return { case: c, truth: "unknown", says: `The article does not say that. ${ground.statement}`, facts: ground.facts };
      if (alt) key = alt;
    }
    const a = this.attrs(c)[key];
    const own = this.coverage(c, key, stems);
    // "was Song really a researcher?": what he falsely claimed to be is not what he was
    const claimed = this.attrs(c).falseClaim;
    const claimCover = this.expand(stems).filter((g) => g.some((s) => this.claimed.get(c.id)!.has(s))).length / Math.max(1, stems.length);
    const valueHave = this.valueStems.get(c.id)!.get(key)!;
    const ownValue = this.expand(stems).filter((g) => g.some((s) => valueHave.has(s))).length / Math.max(1, stems.length);
    if (on !== "falseClaim" && claimed.said && claimCover >= MATCH_MIN && (key === "falseClaim" || claimCover >= ownValue)) {
      return { case: c, truth: false, says: `${claimed.statement} ${c.surname} only claimed it.`, facts: claimed.facts };
    }
    // what the article says did not happen, when every word of it is in the claim
    const not = this.didNot(c, stems, before, false, active);
    if (not) return not;
    // a deed or a false claim the article gives to someone else: attributions swapped between cases
    // (a motive too: "Qi's accounts were frozen" is Zhong's trouble, not Qi's)
    // (a motive said "too" is added to another case's, not taken from it: "qi's bank accounts were frozen too" is a detail the article never gives of Qi)
    const swappable = key === "actions" || key === "falseClaim" || (key === "moneyTrouble" && !also);
    // every word this case's value lacks, cue words too, is in another case's: "齐因为创业失败缺钱" is Zhong's venture, not Qi's investments
    // (worked out only where attributions can be swapped: this runs for every case of every predicate)
    const lacking = swappable ? this.expand(stems).filter((g) => !g.some((s) => this.stems.get(c.id)!.get(key)!.has(s))) : [];
    // every one of these words is in another case's value of the attribute
    const holdsAll = (o: Case, groups: string[][]) => groups.length > 0 && groups.every((g) => g.some((s) => this.valueStems.get(o.id)!.get(key)!.has(s)));
    const theirs = (o: Case) => holdsAll(o, lacking);
    const swappedAway = key === "moneyTrouble" && !also && this.data.cases.some((o) => o.id !== c.id && theirs(o) && this.coverage(o, key, stems) >= own);
    // (an offence is what the article names, word for word: "sentenced for selling secrets" is not Qi's, though he sought to sell them)
    // ("song downloaded public stuff and pretended to be a researcher": two deeds of one case, each in its own attribute, every word
    // in what the article says of him; the attribute pointed at holds only its share of them)
    // (each share at least two words of one attribute: "work" alone, in "did zhong's startup work out", is no deed of his)
    const spread = own > 0 && own < MATCH_MIN && key !== "offence" && stems.length >= 4 && this.spreadOver(c, key, stems);
    if (a.said && (own >= MATCH_MIN || spread) && !swappedAway && (this.fully(c, key, stems) || (key !== "offence" && this.fullyInCase(c, key, stems)))) return { case: c, truth: true, ...this.item(c, key, stems, a.statement, a.facts) };
    // (not a deed the article gives the suspects as a group, whatever words one case's own sentence shares with it:
    // "zhong tried to sell secrets" is what all of them did, not Song's alone)
    const unionLacking = this.expand(stems).filter((g) => !g.some((s) => all.has(s)));
    const ofAll = swappable && unionLacking.length > 0 && unionLacking.every((g) => g.some((s) => this.group.stems.has(s)));
    // ("which of them tried selling stuff to foreigners": a deed the article says all the suspects tried, every word in its
    // sentences on them as a group, holds of each; only with one of those deeds named, not the organs' handling of the cases)
    const groupDeed = key === "actions" && active && a.said && !also && stems.some((x) => this.groupDeedStems.has(x)) ? this.saidOfGroup(stems, (f) => this.group.facts.includes(f) && f.topic !== "source") : null;
    if (a.said && groupDeed?.length) return { case: c, truth: true, says: `${groupDeed.map((f) => f.statement).join(" ")} ${a.statement}`, facts: [...groupDeed, ...a.facts] };
    // ("zhong wanted money from the foreign agency": every word in what the article says of the suspects' motive as a group,
    // and so of each of them, whatever one case's own sentence holds besides)
    // (only sentences naming no case: a sentence that names Song is his)
    const ofGroup = key === "moneyTrouble" && a.said && !also ? this.saidOfGroup(stems, (f) => this.group.facts.includes(f))?.filter((f) => f.topic === "motive") : undefined;
    if (a.said && ofGroup?.length) return { case: c, truth: true, says: `${a.statement} ${ofGroup.map((f) => f.statement).join(" ")}`, facts: [...a.facts, ...ofGroup] };
    // ("zhong's financial pressure came from failing to secure a job": every word of the cause his own trouble lacks is another
    // case's cause, which covers the claim at least as well: that case's trouble, swapped, though the pressure itself is his too)
    // (the attribute's own words, "pressure", "money", are no cause: what is left is)
    const cause = key === "moneyTrouble" ? lacking.filter((g) => !this.isCue(key, g[0]!)) : [];
    const causeOf = a.said && !ofAll && !also && cause.length >= 2 ? this.data.cases.filter((o) => o.id !== c.id && holdsAll(o, cause)) : [];
    const elsewhere = swappable && !ofAll ? (causeOf.length === 1 ? causeOf : this.strongMatches(key, stems).filter((o) => o.id !== c.id && (this.coverage(o, key, stems) > own || (this.coverage(o, key, stems) === own && theirs(o))))) : [];
    // a deed the article gives to one other case is swapped; one it gives to several is no one's alone
    // ("Zhong also pledged allegiance": Qi and Song did; of Zhong the article is silent)
    // (not with "too": "zhong photographed documents too" adds him to the one it was said of, which the article leaves open)
    if ((elsewhere.length === 1 && !also) || (elsewhere.length > 1 && a.said && SINGLE_VALUED.has(key))) {
      const names = elsewhere.map((o) => o.surname).join(" and ");
      const other = this.attrs(elsewhere[0]!)[key];
      const ownSays = a.said ? a.statement : a.note;
      return {
        case: c,
        truth: false,
        says: `The article says that of ${names}, not ${c.surname}. ${ownSays}`,
        facts: [...a.facts, ...(other.said ? other.facts : [])],
        saidOf: elsewhere,
      };
    }
    if (a.said && SINGLE_VALUED.has(key)) return { case: c, truth: false, says: a.statement, facts: a.facts };
    return { case: c, truth: "unknown", says: a.said ? `The article does not say that. ${a.statement}` : a.note, facts: a.facts };
  }

  private readonly strong = new Map<string, Case[]>();
  private readonly employers = new Map<string, string[]>();
  /** The cases whose `key` holds 80% of the words, computed once per predicate (a which-question asks it of every case). */
  /** The words of a case's employer as the article states it: no job words, times or names. */
  private employerStems(o: Case): string[] {
    let hit = this.employers.get(o.id);
    if (!hit) {
      const a = this.attrs(o).employment;
      const words = a.said ? (a.statement.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stem(w)) : [];
      hit = words.filter((x) => !STOP_STEMS.has(x) && !JOB_STEMS.has(x) && !LIGHT_STEMS.has(x) && !ENDED_JOB_STEMS.has(x) && !PAST_STEMS.has(x) && x !== stem(o.surname));
      this.employers.set(o.id, hit);
    }
    return hit;
  }

  private strongMatches(key: AttrKey, stems: readonly string[]): Case[] {
    const id = `${key}|${stems.join(" ")}`;
    let hit = this.strong.get(id);
    if (!hit) {
      // (words that only point at the attribute and are in no case's value of it, "qi's problem was …", weigh nothing)
      const pointing = key === "actions" || key === "notDone" ? [] : stems.filter((s) => this.pointer(key, [s]) && this.data.cases.every((o) => !this.valueStems.get(o.id)!.get(key)?.has(s)));
      const content = pointing.length < stems.length ? stems.filter((s) => !pointing.includes(s)) : stems;
      hit = this.data.cases.filter((o) => this.attrs(o)[key].said && this.coverage(o, key, content, false) >= 0.8);
      if (this.strong.size >= 1000) this.strong.clear();
      this.strong.set(id, hit);
    }
    return hit;
  }

  /** Of a list (what someone did), the item the words are about, said with the fact that quotes it. */
  private item(c: Case, key: AttrKey, stems: readonly string[], statement: string, facts: Fact[]): { says: string; facts: Fact[] } {
    const a = this.attrs(c)[key];
    if (!a.said || !Array.isArray(a.value) || a.value.length < 2) return { says: statement, facts };
    const groups = this.expand(stems);
    // (the deed whose own verb is asked weighs most: "did he disclose anything to the agency" is the disclosure, not the contact)
    const score = (t: string) => {
      const words = (t.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem);
      const have = new Set(words);
      return groups.filter((g) => g.some((s) => have.has(s))).length + (groups.some((g) => g.includes(words[0]!)) ? 2 : 0);
    };
    const best = [...(a.value)].sort((x, y) => score(y) - score(x))[0]!;
    if (statement.toLowerCase().includes(best.toLowerCase())) return { says: statement, facts };
    const fact = [...c.facts].sort((x, y) => score(y.quote) - score(x.quote))[0]!;
    return { says: `${c.surname} ${best}.`, facts: [fact] };
  }

  /** Every case, with what the article says against `p`. */
  all(p: Predicate): Finding[] {
    return this.data.cases.map((c) => this.holds(c, p));
  }
}

export function compare(value: number, op: Op, target: number): boolean {
  switch (op) {
    case ">":
      return value > target;
    case ">=":
      return value >= target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case "=":
      return value === target;
    case "~":
      return Math.abs(value - target) <= Math.max(3, Math.round(target * 0.125));
  }
}

export const OP_WORDS: Record<Op, string> = {
  ">": "more than",
  ">=": "at least",
  "<": "less than",
  "<=": "at most",
  "=": "exactly",
  "~": "about",
};

export const months = (m: number): string => formatTerm({ life: false, months: m });

/**
 * How one term stands to another, in words: what the question asked when it holds, and when it
 * does not, the way it does stand ("2 years and 3 months is less than 5 years", never "is not more than").
 */
export function relationWords(m: number, op: Op, target: number, holds: boolean): string {
  if (holds) return OP_WORDS[op];
  return m < target ? "less than" : m > target ? "more than" : "exactly";
}

/** Combines per-case truths under a quantifier. */
export function combine(truths: Truth[], quantifier: "all" | "any" | "none" | "one" | null): Truth {
  const yes = truths.filter((t) => t === true).length;
  const no = truths.filter((t) => t === false).length;
  const unknown = truths.length - yes - no;
  switch (quantifier) {
    case "none":
      return yes ? false : unknown ? "unknown" : true;
    case "any":
      return yes ? true : unknown ? "unknown" : false;
    case "one":
      return yes > 1 ? false : yes === 1 && !unknown ? true : yes === 0 && !unknown ? false : "unknown";
    case "all":
    default:
      return no ? false : unknown ? "unknown" : true;
  }
}
