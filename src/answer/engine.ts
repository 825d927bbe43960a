// The answering engine behind /ask: understand the question, pick what kind
// of answer it wants, answer from the records with their quotes, or say
// plainly that the article does not cover it.
import type { Case, Dataset, Fact, Topic } from "../data/dataset.js";
import { FactIndex, type FactSearch } from "../search/facts.js";
import { type Answer, joinNames, uniqueFacts } from "./answer.js";
import type { Concept } from "./lexicon.js";
import { lawAnswer, type LawFocus, penaltiesAcrossCases, penaltyAnswer, rangeAnswer } from "./sentencing.js";
import { STOPWORDS } from "./stopwords.js";
import { Understander, type Understanding } from "./understand.js";

/** Concepts that map to a topic of the records. */
const TOPICAL: Partial<Record<Concept, Topic>> = {
  motive: "motive",
  contact: "contact",
  claim: "claim",
  identity: "identity",
  action: "action",
  agencyAct: "agency",
  outcome: "outcome",
  secrets: "secrets",
  rights: "rights",
  charge: "charge",
};

/** Which intent wins a tie: the more specific first. */
const PRIORITY: Concept[] = [
  "range", "rights", "charge", "secrets", "claim", "agencyAct", "contact", "motive", "sentence", "law",
  "outcome", "identity", "action", "when", "source", "count", "list", "summary",
];

const TOPIC_LABEL: Record<Topic, string> = {
  identity: "who he was",
  motive: "motive",
  contact: "how he made contact",
  claim: "what he claimed",
  action: "what he did",
  agency: "what the agency did",
  secrets: "state secrets",
  outcome: "outcome",
  sentence: "penalty",
  rights: "political rights",
  charge: "charge",
  source: "source",
  overview: "overview",
};

// What the article does not say, in words for the reply.
const SILENT_SUBJECTS: Array<[RegExp, string]> = [
  [/\b(age|old|born|birth)\b/u, "anyone's age or date of birth"],
  [/\b(live|lives|lived|city|hometown|province|address|where)\b/u, "where the suspects live or come from"],
  [/\b(wife|family|children|married)\b/u, "the suspects' families"],
  [/\b(country|countries|nation|nationality|which (foreign )?(agency|agencies|spy agency|intelligence agency|service))\b/u, "which country or which agency was involved; it says only \"foreign\" spy and intelligence agencies"],
  [/\b(paid|payment|price|salary|much)\b/u, "how much money was offered, asked for or paid"],
  [/\b(trial|court|lawyer|appeal|judge)\b/u, "any trial, court or appeal"],
  [/\bname of the\b|\b(what|which) (is|was) the\b/u, "the names of the agencies, units, institutions or projects involved"],
];

const AGENCY_NOUN = /\b(agency|agencies|spy|spies|foreign|intelligence|handlers?|foreigners|they)\b/u;

export interface EngineOptions {
  /** fuse.js score a fact must beat to answer a question that names no topic (0 = exact) */
  retrievalMaxScore?: number;
  /** share of the question's weight that must be found in the facts */
  retrievalMinCoverage?: number;
}

export class Engine {
  readonly index: FactIndex;
  readonly understander: Understander;
  private readonly retrievalMaxScore: number;
  private readonly retrievalMinCoverage: number;

  constructor(
    readonly data: Dataset,
    options: EngineOptions = {},
  ) {
    this.index = new FactIndex(data.facts, STOPWORDS);
    this.understander = new Understander(data, this.index);
    this.retrievalMaxScore = options.retrievalMaxScore ?? 0.3;
    this.retrievalMinCoverage = options.retrievalMinCoverage ?? 0.6;
  }

  ask(question: string): Answer {
    const u = this.understander.understand(question);
    if (!u.tokens.length) return this.notCovered("That question is empty.");

    if (!u.cases.length && u.others.length) return this.noSuchCase(u.others);
    if (!u.cases.length && u.ambiguous.length) return this.ambiguous(u.ambiguous[0]!.word, u.ambiguous[0]!.cases);

    const answer = this.answerFor(u);
    if (u.others.length && answer.status === "answered") {
      answer.text += ` (The article has no case under the surname ${joinNames(u.others)}.)`;
    }
    return answer;
  }

  private answerFor(u: Understanding): Answer {
    const data = this.data;
    const s = (c: Concept) => u.scores.get(c) ?? 0;
    const named = u.cases.length ? u.cases : this.describedCase(u);

    const scores = new Map(u.scores);
    if (u.form.why) scores.set("motive", s("motive") + 3);
    if (!AGENCY_NOUN.test(u.tokens.map((t) => t.word).join(" "))) scores.delete("agencyAct");
    if (named.length) {
      scores.set("source", s("source") / 2);
      // a question naming a case is about that case, however many "everyone"s it holds
      scores.delete("list");
      scores.delete("count");
    }
    if (s("secrets") && !u.tokens.some((t) => /^(secret|secrets|classified|confidential)$/u.test(t.word))) scores.delete("secrets");

    // "hello", "thanks", "what can you do": say what Casebook is for
    if (s("greeting") >= 3 && !named.length && Math.max(0, ...[...scores.entries()].filter(([c]) => c !== "greeting").map(([, v]) => v)) < 3) {
      return this.greeting();
    }
    if (s("offtopic") >= 4) {
      return this.notCovered("Casebook only answers questions about the article; it does not take other instructions.");
    }
    // "what happened to Aldrich Ames", "was it the CIA": a name the article never mentions
    if (u.properNouns.length) {
      const answer = this.notCovered(`The article does not mention ${joinNames(u.properNouns)}.`, named);
      if (named.length) answer.text = `The article does not mention ${joinNames(u.properNouns)}. ${this.scope()}`;
      return answer;
    }
    // "the maximum penalty for murder": a penalty for something the article does not cover
    const otherCrime = penaltyForUnknown(u);
    if (otherCrime && !named.length) {
      return this.notCovered(`The article does not cover penalties for ${otherCrime}; it cites only the ${this.data.law.name}'s ranges.`);
    }
    // most of the question is about things the article never mentions, and no strong sign says otherwise
    const mostlyUnknown = u.unknown.length >= 2 && u.unknown.length * 2 >= u.content.length;
    const strongest = Math.max(0, ...scores.values());
    if (mostlyUnknown && !named.length && strongest < 5) return this.notCovered();

    if (s("fullName") >= 4 || (s("fullName") >= 3 && u.tokens.some((t) => t.word === "name" || t.word === "names"))) {
      return this.fullNames(named);
    }
    const silent = s("silent");
    const bestOther = Math.max(0, ...[...scores.entries()].filter(([c]) => c !== "silent" && c !== "summary").map(([, v]) => v));
    if (silent >= 3 && silent >= bestOther) return this.silent(u);

    // a term and words about ranges: "is 7 years within it", "does Qi's sentence fall in the range"
    const rangeScore = s("range") + (u.terms.length ? 2 : 0);
    const aboutTerms = u.terms.length > 0 || s("sentence") >= 2 || s("law") >= 2;
    if ((s("range") >= 3 && aboutTerms) || (u.terms.length && (s("range") >= 2 || s("law") >= 2 || s("sentence") >= 2))) {
      if (rangeScore >= Math.max(s("motive"), s("claim"), s("contact")) || u.terms.length) {
        return rangeAnswer(data, named, named.length ? [] : u.terms, u.form.why);
      }
    }

    // "if Qi's case had been judged especially severe, what could he have gotten": the law, not the case
    if (named.length && s("law") >= 3 && !u.form.why && HYPOTHETICAL.test(words(u))) return lawAnswer(data, lawFocus(u));
    // "is Qi's punishment lower than the law's minimum": a case's term against the law
    if (named.length && s("law") >= 3 && s("sentence") >= 3 && !u.form.why) return rangeAnswer(data, named, [], false);

    const ranked = [...scores.entries()]
      .filter(([c, v]) => v > 0 && c !== "silent" && c !== "fullName" && c !== "superlative" && c !== "anyone" && c !== "range")
      .sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
    const top = ranked[0]?.[0];
    const topScore = ranked[0]?.[1] ?? 0;

    // "why was Qi sentenced", "why was Zhong arrested": the grounds the article gives
    if (u.form.why && (s("sentence") >= 2 || s("outcome") >= 2 || s("charge") >= 2)) {
      return this.grounds(named.length ? named : data.cases);
    }

    if (!top || topScore < 2) {
      if (named.length) {
        // "Zhong's bank accounts": the case's own facts may hold the words asked about
        const found = this.retrieve(u, true);
        if (found.status === "answered") return found;
        if (u.unknown.length && !s("summary")) return this.notCovered(undefined, named);
        return this.summary(named);
      }
      return this.retrieve(u);
    }

    // "what did Qi do and what was his sentence": two things asked of the same case, both answered
    const second = ranked[1];
    if (named.length && second && second[1] >= 3 && /\band\b/u.test(words(u)) && BOTH.has(top) && BOTH.has(second[0])) {
      const a = this.byConcept(top, named, u);
      const b = this.byConcept(second[0], named, u);
      if (a.status === "answered" && b.status === "answered") {
        return { ...a, title: `${a.title}; ${b.title.replace(/^.*: /u, "")}`, text: `${a.text} ${b.text}`, facts: uniqueFacts([...a.facts, ...b.facts]) };
      }
      return a;
    }

    switch (top) {
      case "sentence":
        if (named.length) return penaltyAnswer(named);
        // "if someone hands over intelligence, how long could they be locked up": the law
        if (SOMEONE.test(words(u))) return lawAnswer(data, lawFocus(u));
        // about the suspects ("who got the longest", "were any jailed") or about the law ("harshest penalty for this")
        if (u.form.who || u.form.which || s("anyone") >= 2 || u.plural || RECEIVED.test(words(u))) return penaltiesAcrossCases(data, u.negated);
        return lawAnswer(data, lawFocus(u));
      case "law":
        if (named.length && s("charge") >= 2) return this.topical("charge", named, u);
        // "was Qi given less than the statutory minimum": the case against the law
        if (named.length && (s("range") >= 2 || s("sentence") >= 1)) return rangeAnswer(data, named, [], u.form.why);
        return lawAnswer(data, lawFocus(u));
      case "when":
        // "when can it be more than 10 years": the conditions the law gives, not a date
        if (s("law") >= 2 || u.terms.length) return lawAnswer(data, lawFocus(u));
        return this.when(named);
      case "source":
        return this.source();
      case "count":
      case "list":
        return this.list(top === "count");
      case "summary":
        return named.length ? this.summary(named) : this.retrieve(u);
      default: {
        const topic = TOPICAL[top];
        if (!topic) return this.retrieve(u);
        if (!named.length && u.form.who && s("identity") && top === "identity" && !u.content.length) return this.list(false);
        return this.topical(topic, named, u);
      }
    }
  }

  /** Fact search, done once per question for the same words among the same facts. */
  private find(u: Understanding, query: string[][], among: string, filter?: (f: Fact) => boolean): FactSearch {
    const key = `${among}|${query.map((g) => g.join("/")).join(" ")}`;
    let found = u.searches.get(key);
    if (!found) {
      found = this.index.search(query, filter);
      u.searches.set(key, found);
    }
    return found;
  }

  /** The answer about named cases for one concept (used when a question asks two things). */
  private byConcept(c: Concept, named: Case[], u: Understanding): Answer {
    if (c === "sentence") return penaltyAnswer(named);
    return this.topical(TOPICAL[c]!, named, u, false);
  }

  /**
   * "the employee who photographed the documents": a case named by what the
   * article says of him, when the question asks something else about him.
   */
  private describedCase(u: Understanding): Case[] {
    if (u.descriptor.length) {
      const found = this.find(u, u.descriptor, "cases", (f) => f.caseId !== null);
      const best = found.hits[0];
      if (best && best.score <= 0.35 && found.coverage >= 0.5) {
        const ids = new Set(found.hits.filter((h) => h.score <= best.score + 0.05).map((h) => h.fact.caseId));
        if (ids.size === 1) return [this.data.caseById.get([...ids][0]!)!];
      }
    }
    const specific = this.specificFacts(u, []);
    const ids = new Set(specific.map((f) => f.caseId));
    if (ids.size !== 1) return [];
    const asked = new Set<Topic | "sentence">();
    for (const [c, v] of u.scores) {
      if (v < 3) continue;
      const t = TOPICAL[c];
      if (t) asked.add(t);
      if (c === "sentence" || c === "range") asked.add("sentence");
    }
    if (!asked.size || specific.some((f) => asked.has(f.topic))) return [];
    return [this.data.caseById.get([...ids][0]!)!];
  }

  /** Facts of one topic: for the named cases, or across all cases with the question's words deciding. */
  private topical(topic: Topic, named: Case[], u: Understanding, byWords = true): Answer {
    const data = this.data;
    // specific words that clearly point at facts of another topic win: "did Qi pledge allegiance";
    // but "why" fixes the topic whatever else is named ("why did Song contact the agency"), and so
    // does a question that asks two things, each with its own words
    const specific = u.form.why || !byWords ? [] : this.specificFacts(u, named);
    if (named.length) {
      const facts: Fact[] = [];
      const lines: string[] = [];
      for (const c of named) {
        const pool = this.poolFor(c, topic);
        const own = specific.filter((f) => f.caseId === c.id);
        const picked = own.length && !this.narrowMatches(pool, u) ? own : this.narrow(pool, u, false);
        if (picked.length) {
          facts.push(...picked);
          lines.push(this.lead(c, topic, u) + picked.map((f) => f.statement).join(" "));
        } else {
          const silent = this.silentFor(c, topic);
          lines.push(silent.text);
          facts.push(...silent.facts);
        }
      }
      return {
        status: "answered",
        title: `${joinNames(named.map((c) => c.surname))}: ${TOPIC_LABEL[topic]}`,
        text: lines.join(" "),
        facts: uniqueFacts(facts),
        cases: named,
      };
    }
    const pool = data.cases.flatMap((c) => this.poolFor(c, topic));
    const general = data.article.facts.filter((f) => f.topic === topic);
    const picked = specific.length && !this.narrowMatches(pool, u) ? specific : this.narrow(pool, u, true);
    const withGeneral = uniqueFacts(u.plural || !u.form.who ? [...general, ...picked] : picked);
    const cases = data.cases.filter((c) => picked.some((f) => f.caseId === c.id));
    if (!withGeneral.length) return this.retrieve(u);
    const asksWho = u.form.who || u.form.which;
    const lead = asksWho && cases.length > 1 ? `${joinNames(cases.map((c) => c.surname))}. ` : "";
    return {
      status: "answered",
      title: asksWho && cases.length ? `${joinNames(cases.map((c) => c.surname))}: ${TOPIC_LABEL[topic]}` : cap(TOPIC_LABEL[topic].replace(/\bhe was\b/u, "they were").replace(/\bhe\b/u, "they")),
      text: lead + withGeneral.map((f) => f.statement).join(" "),
      facts: withGeneral,
      cases,
    };
  }

  /** A case's facts on a topic; what happened to a case includes its recorded outcome and penalty. */
  private poolFor(c: Case, topic: Topic): Fact[] {
    const own = c.facts.filter((f) => f.topic === topic);
    if (topic !== "outcome") return own;
    const evidence = c.facts.filter((f) => f.topic === "secrets" && /\binvestigation\b/u.test(f.statement));
    return uniqueFacts([...own, ...evidence, c.outcome.fact, c.penalty.fact]);
  }

  /** Words the article does not use for a case: "was Song arrested" gets "the article does not say he was arrested". */
  private lead(c: Case, topic: Topic, u: Understanding): string {
    if (topic !== "outcome" || c.outcome.kind === "apprehended") return "";
    const arrest = [...(u.triggers.get("outcome") ?? [])].some((t) => /^(arrest|caught|catch|detain|apprehend|nab|captur|bust)/u.test(t));
    return arrest ? `The article does not say ${c.surname} was arrested or apprehended. ` : "";
  }

  /** Facts anywhere (of the named cases, or of any case) that the question's specific words match strongly. */
  private specificFacts(u: Understanding, named: Case[]): Fact[] {
    if (!u.searchGroups.length) return [];
    const ids = new Set(named.map((c) => c.id));
    const found = this.find(u, u.searchGroups, `cases:${[...ids].join(",")}`, (f) => f.caseId !== null && (!ids.size || ids.has(f.caseId)));
    const best = found.hits[0];
    if (!best || best.score > 0.2 || found.coverage < 0.6) return [];
    return this.preferPolarity(found.hits.filter((h) => h.score <= best.score + 0.08).map((h) => h.fact), u);
  }

  /** True when the question's words single out some of the pool (so the topic itself answers). */
  private narrowMatches(pool: Fact[], u: Understanding): boolean {
    const ids = new Set(pool.map((f) => f.id));
    const best = this.find(u, u.searchGroups, `facts:${[...ids].join(",")}`, (f) => ids.has(f.id)).hits[0];
    return best !== undefined && best.score <= 0.2;
  }

  /**
   * Among facts of one topic, those the question's own words point to
   * ("who photographed materials" -> Qi's). When the words do not tell the
   * facts apart, all of them.
   */
  private narrow(pool: Fact[], u: Understanding, acrossCases: boolean): Fact[] {
    if (pool.length <= 1) return pool;
    const ids = new Set(pool.map((f) => f.id));
    const found = this.find(u, u.searchGroups, `facts:${[...ids].join(",")}`, (f) => ids.has(f.id));
    const best = found.hits[0];
    if (!best || best.score > 0.35) return this.preferPolarity(pool, u);
    // "which suspects used a website": every suspect the words fit, not only the closest
    const loose = acrossCases && u.plural && (u.form.who || u.form.which);
    const keep = found.hits
      .filter((h) => loose || h.score <= best.score + (acrossCases ? 0.1 : 0.2) || h.score <= 0.3)
      .map((h) => h.fact);
    return this.preferPolarity(pool.filter((f) => keep.includes(f)), u);
  }

  /** "whose materials had no state secrets": a negated question prefers negated facts, and the reverse. */
  private preferPolarity(facts: Fact[], u: Understanding): Fact[] {
    const negative = (f: Fact) => /\b(not|no|never|without)\b/u.test(f.statement);
    const neg = facts.filter(negative);
    if (!neg.length || neg.length === facts.length) return facts;
    return u.negated ? neg : facts;
  }

  /** What the article does not say about a case on a topic, and the nearest thing it does say. */
  private silentFor(c: Case, topic: Topic): { text: string; facts: Fact[] } {
    const related: Partial<Record<Topic, Topic[]>> = {
      claim: ["contact", "action"],
      agency: ["contact"],
      rights: ["sentence"],
      charge: ["outcome", "sentence"],
      secrets: ["action"],
      identity: ["motive"],
    };
    const near = (related[topic] ?? ["outcome"]).flatMap((t) => c.facts.filter((f) => f.topic === t)).slice(0, 2);
    const what: Partial<Record<Topic, string>> = {
      claim: `The article does not mention ${c.surname} making any false claim about himself.`,
      agency: `The article does not say how the agency responded to ${c.surname}.`,
      rights: `The article does not mention any deprivation of political rights for ${c.surname}.`,
      charge: `The article does not mention a charge for ${c.surname}.`,
      secrets: `The article does not say whether what ${c.surname} disclosed contained state secrets.`,
    };
    const lead = what[topic] ?? `The article does not say that about ${c.surname}.`;
    return { text: [lead, ...near.map((f) => f.statement)].join(" "), facts: near };
  }

  /** The grounds the article gives for what happened to each case. */
  private grounds(cases: Case[]): Answer {
    const facts: Fact[] = [];
    const lines: string[] = [];
    for (const c of cases) {
      const charge = c.charge;
      if (charge) {
        lines.push(charge.statement);
        facts.push(charge);
      } else {
        lines.push(`The article names no charge for ${c.surname}; it says ${lowerFirst(c.outcome.fact.statement)}`);
        facts.push(c.outcome.fact);
      }
      if (c.penalty.kind !== "not-reported" && c.penalty.fact !== charge) {
        lines.push(c.penalty.fact.statement);
        facts.push(c.penalty.fact);
      }
    }
    return {
      status: "answered",
      title: `${joinNames(cases.map((c) => c.surname))}: grounds`,
      text: lines.join(" "),
      facts: uniqueFacts(facts),
      cases,
    };
  }

  /** A short account of a case: who, why, what, outcome. */
  summary(cases: Case[]): Answer {
    const facts: Fact[] = [];
    for (const c of cases) {
      for (const topic of ["identity", "motive", "contact", "claim", "action", "outcome", "sentence"] as Topic[]) {
        const f = c.facts.find((x) => x.topic === topic);
        if (f) facts.push(f);
      }
      if (c.penalty.kind === "not-reported") facts.push(c.penalty.fact);
    }
    const unique = uniqueFacts(facts);
    const notes = cases.filter((c) => c.penalty.kind === "not-reported").map((c) => `The article reports no sentence for ${c.surname}.`);
    return {
      status: "answered",
      title: `${joinNames(cases.map((c) => c.surname))}: the case`,
      text: [...unique.map((f) => f.statement), ...notes].join(" "),
      facts: unique,
      cases,
    };
  }

  private list(count: boolean): Answer {
    const data = this.data;
    const names = data.cases.map((c) => c.surname);
    const several = data.article.facts.find((f) => f.id === "article-several-suspects") ?? data.article.facts[0]!;
    const lines = data.cases.map((c) => `${c.surname}: ${c.facts.find((f) => f.topic === "identity")?.statement ?? c.summary}`);
    const idFacts = data.cases.map((c) => c.facts.find((f) => f.topic === "identity") ?? c.facts[0]!);
    return {
      status: "answered",
      title: "The cases",
      text: `${count ? `The article describes ${numberWord(data.cases.length)} cases` : `The article names ${numberWord(data.cases.length)} suspects, by surname only`}: ${joinNames(names)}. It says they were among several suspects handled by state security organs. ${lines.join(" ")}`,
      facts: [several, ...idFacts],
      cases: data.cases,
    };
  }

  private source(): Answer {
    const a = this.data.article;
    const fact = a.facts.find((f) => f.topic === "source") ?? a.facts[0]!;
    return {
      status: "answered",
      title: "Source",
      text: `China's ${a.disclosedBy} (${a.disclosedByShort}) disclosed the cases ${a.disclosedWhen}, in the article "${a.title}". The article gives no calendar date.`,
      facts: [fact],
      cases: [],
    };
  }

  private when(named: Case[]): Answer {
    const a = this.data.article;
    const fact = a.facts.find((f) => f.topic === "source") ?? a.facts[0]!;
    const about = named.length ? ` for what happened in ${joinNames(named.map((c) => c.surname))}'s case` : " or year";
    return {
      status: "answered",
      title: "When",
      text: `The article does not say the date${about}: it says only that the ${a.disclosedBy} revealed the cases ${a.disclosedWhen}, and that state security organs handled them "recently".`,
      facts: [fact],
      cases: named,
    };
  }

  private fullNames(named: Case[]): Answer {
    const cases = named.length ? named : this.data.cases;
    return {
      status: "not-covered",
      title: "Names",
      text: `The article does not mention full names: it identifies the suspects only by surname (${joinNames(cases.map((c) => c.surname))}).`,
      facts: cases.map((c) => c.facts.find((f) => f.topic === "identity") ?? c.facts[0]!),
      cases,
    };
  }

  private silent(u: Understanding): Answer {
    const words = ` ${u.tokens.map((t) => t.word).join(" ")} `;
    const subject = SILENT_SUBJECTS.find(([re]) => re.test(words))?.[1] ?? "that";
    const answer = this.notCovered(`The article does not say ${subject}.`, u.cases);
    // what the article does say about the case asked about, so the reply is still useful
    const known = u.cases.map((c) => c.facts.find((f) => f.topic === "identity") ?? c.facts[0]!);
    if (known.length) {
      answer.text = `The article does not say ${subject}. What it does say: ${known.map((f) => f.statement).join(" ")}`;
      answer.facts = known;
    }
    return answer;
  }

  /** No topic recognised: search the facts, and abstain unless something clearly matches. */
  private retrieve(u: Understanding, strict = false): Answer {
    const found = this.index.search(u.searchGroups, u.cases.length ? (f) => u.cases.some((c) => c.id === f.caseId) : undefined);
    const best = found.hits[0];
    const minCoverage = strict ? Math.max(this.retrievalMinCoverage, 0.75) : this.retrievalMinCoverage;
    if (!best || best.score > this.retrievalMaxScore || found.coverage < minCoverage) {
      return this.notCovered(undefined, u.cases);
    }
    const facts = found.hits.filter((h) => h.score <= best.score + 0.05).slice(0, 3).map((h) => h.fact);
    const cases = this.data.cases.filter((c) => facts.some((f) => f.caseId === c.id));
    return {
      status: "answered",
      title: cases.length ? `${joinNames(cases.map((c) => c.surname))}: from the article` : "From the article",
      text: facts.map((f) => f.statement).join(" "),
      facts,
      cases,
    };
  }

  private greeting(): Answer {
    return {
      status: "not-covered",
      title: "Casebook",
      text: `Hello. ${this.scope()} It does not cover anything beyond the article. Try /cases, /case surname:Qi, /law, or /ask question:Why did Song contact the agency?`,
      facts: [],
      cases: [],
    };
  }

  notCovered(reason?: string, cases: Case[] = []): Answer {
    const about = cases.length ? ` about ${joinNames(cases.map((c) => c.surname))}` : "";
    return {
      status: "not-covered",
      title: "Not covered",
      text: `${reason ?? `The article does not cover that${about}.`} ${this.scope()}`,
      facts: [],
      cases,
    };
  }

  noSuchCase(names: string[]): Answer {
    return {
      status: "no-such-case",
      title: "No such case",
      text: `There is no case under the surname ${joinNames(names)} in the article. ${this.scope()}`,
      facts: [],
      cases: [],
    };
  }

  ambiguous(word: string, cases: Case[]): Answer {
    return {
      status: "ambiguous",
      title: "Which case?",
      text: `"${word}" could be ${joinNames(cases.map((c) => c.surname)).replace(/ and /u, " or ")}; ask again with the surname, for example /case surname:${cases[0]!.surname}.`,
      facts: [],
      cases,
    };
  }

  /** What Casebook can answer, without stating any case's outcome. */
  scope(): string {
    const names = joinNames(this.data.cases.map((c) => c.surname));
    return `Casebook answers questions about the ${numberWord(this.data.cases.length)} cases in the article (${names}): who they were, why they did it, how they contacted the agencies, what they did, what happened to them, and the sentencing ranges it cites from the ${this.data.law.name}.`;
  }
}

const PENALTY_WORDS = /^(penalty|penalties|punishment|punishments|sentence|sentences|jail|prison|time|years|max|maximum|minimum)$/u;

/** The unknown word after "penalty for" / "sentence for", if any: another crime. */
function penaltyForUnknown(u: Understanding): string | null {
  const w = u.tokens.map((t) => t.word);
  for (let i = 0; i + 2 < w.length; i++) {
    if (!PENALTY_WORDS.test(w[i]!) || (w[i + 1] !== "for" && w[i + 1] !== "of")) continue;
    let j = i + 2;
    while (j < w.length && /^(a|an|the|doing|committing)$/u.test(w[j]!)) j++;
    if (j < w.length && u.unknown.includes(w[j]!)) return u.tokens[j]!.raw;
  }
  return null;
}

/** Concepts that can be answered side by side for the same case. */
const BOTH = new Set<Concept>(["sentence", ...(Object.keys(TOPICAL) as Concept[])]);
const SOMEONE = /\b(someone|somebody|a person|anyone who|if i|if you|if one|suppose|supposing|hypothetically|what if|(can|could) (you|i|one|people|someone|a person) (get|face|be|receive))\b/u;
const HYPOTHETICAL = /\b(if|would|could|might|hypothetically|had been)\b/u;
const RECEIVED = /\b(got|get|gets|getting|receive|received|given|handed|serve|served|serving|impose|imposed)\b/u;
const words = (u: Understanding) => u.tokens.map((t) => t.word).join(" ");

function lawFocus(u: Understanding): LawFocus {
  const t = [...(u.triggers.get("law") ?? []), ...(u.triggers.get("superlative") ?? [])].join(" ");
  if (/maxim|max|harsh|tough|strict|heavi|highest|most|worst|life|up to|upper|ceil|cap/u.test(t)) return "maximum";
  if (/minim|min\b|lowest|light|least|lower|floor/u.test(t)) return "minimum";
  if (/sever/u.test(t)) return "severe";
  return "all";
}

function numberWord(n: number): string {
  return ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n] ?? String(n);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/u.test(s) && !/^(Zhong|Qi|Song|China|State)/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
