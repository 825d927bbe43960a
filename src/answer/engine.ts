// The answering core behind /ask (and /check): read the words into a typed
// query, evaluate it on the case base, render a grounded answer.
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { type NameMatch, NameResolver } from "../search/names.js";
import { type Answer, joinNames, sentencesOnce } from "./answer.js";
import { type Context, type DeedOwner, deedConsequence, deedOwner, HANDLERS, isCaseAttr } from "./answers.js";
import { Evaluator } from "./evaluate.js";
import { tellingVerbs } from "./read/telling.js";
import { stem } from "./read/stem.js";
import type { AttrKey } from "../data/casebase.js";
import type { Query } from "./query.js";
import { Reader, UNRECOGNISED } from "./read/read.js";
import { type ClaimCheck, checkClaim, placeClaim } from "./check.js";
import { opensSupposing } from "./read/cues.js";
import { CLAIMS_MAX, claimParts, counterfactual, orderedParts, preventedParts, type ReportingClaim, reportingClaim, splitClaims } from "./read/claims.js";
import { choiceQuestion, type IdentityQuestion, identityClaim, identityQuestion, asksAboutArticle, inQuestionForm, isAgencyNoun, lastQuestion, orderQuestion, splitQuestions, withoutConcession } from "./read/questions.js";
import { inOrderAnswer, placeOf, timeline } from "./order.js";

/** What a posted message holds once checked: its claims' verdicts, or why there is nothing to check. */
export type CheckResult =
  | { kind: "claims"; checks: ClaimCheck[] }
  | { kind: "question"; question: string }
  | { kind: "none" };

/** "it never says …", "it mentions …": the article telling, not a deed of "it" */
const IT_TELLS = new RegExp(String.raw`^it\s+(?:\w+\s+)?(?:${tellingVerbs(["base", "s", "past"])})\b`, "iu");
/** "pretty sure he did", "i don't think he did": a yes or no to the question just asked, with nothing of its own */
const ELIDED = /^(?:(?:i'?m |im |i am )?(?:pretty |fairly |quite |100% )?sure|(i (?:don'?t|do not) think|i doubt)|i think|i believe|i bet|i reckon|i guess|probably|surely|yes|yeah|yep|nope|no)\b[\s,]*(?:that )?(?:he|they|she|it) (did|didn'?t|did not|was|wasn'?t|was not|were|weren'?t|had|hadn'?t|has|hasn'?t|is|isn'?t)\s*[.!]*$/iu;

/** The engine has no tuning knobs: no thresholds to set per deployment. */
/** A verb in the past, as a claim's halves use them ("collected", "got", "sent"). */
const PAST_VERB = "(?:\\w+ed|got|took|sent|sold|made|met|gave|went|lost|stole|told|kept|paid|brought|sought|spent)";
/** the words before a claim's first verb: its subject ("the agency collected …") */
const SUBJECT_THEN_VERB = new RegExp(`^(.*?\\S)\\s+${PAST_VERB}\\b`, "iu");
/** a half that starts with its verb, its subject left to the other half ("… and then asked him …") */
const BARE_VERB = new RegExp(`^(?:(?:quickly|then|later|also|eventually|soon|immediately|promptly)\\s+)?${PAST_VERB}\\b`, "iu");
/** A number in digits or a small number word, as in "2 years, not 10" or "not ten". */
const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Words a claim's object hangs on: the second half of "X, not Y" takes the place of what follows them. */
const LINKS = new Set(["because", "by", "through", "thru", "via", "with", "for", "to", "from", "as", "on", "in", "at", "of"]);
const ANCHORS = new Set(["be", "got", "get", "gets", "received", "is", "was", "were", "became"]);

/** The case attribute each typed predicate is settled on (the rest have none of their own). */
const PREDICATE_ATTRIBUTE: Partial<Record<NonNullable<Query["predicate"]>["type"], AttrKey>> = {
  term: "penalty", jailed: "penalty", sentenced: "penalty", punished: "penalty", administrative: "penalty", fined: "penalty", life: "penalty",
  arrested: "outcome", employed: "employment", unemployed: "employment", secrets: "secrets", website: "contact",
};

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

export type EngineOptions = Record<never, never>;

/** "was it X or Y (or what)": a choice between two options, each a yes/no */
const EITHER_OR = /^(?:is|was|were|are|did|does|do|had|has)\b.*?\b([\p{L}-]+) or ([\p{L}-]+)(?: or (?:what|something|smth|sth|whatever|anything))?[\s?？.!]*$/iu;

export class Engine {
  readonly reader: Reader;
  readonly evaluator: Evaluator;
  private readonly names: NameResolver;
  private readonly ctx: Context;

  constructor(readonly data: Dataset, _options: EngineOptions = {}) {
    this.reader = new Reader(data);
    this.evaluator = new Evaluator(
      data,
      (s) => this.reader.expand(s),
      (a, s) => this.reader.isCue(a, s),
      (s) => this.reader.isFamiliar(s),
    );
    this.names = new NameResolver(data.cases, Object.entries(data.lexicon.names).flatMap(([id, n]) => n.han.map((h) => [h, id] as const)));
    const art = data.article;
    this.ctx = {
      data,
      ev: this.evaluator,
      casesIn: (text) => this.read(text).cases,
      bodyStems: new Set(`${art.disclosedBy} ${art.disclosedByShort}`.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).map(stem)),
    };
  }

  /** What a question reads into (for tests and the CLI's debugging). */
  read(question: string): Query {
    const q = this.reader.read(question);
    return this.resolveDescription(q);
  }

  ask(question: string): Answer {
    return this.respond(question).answer;
  }

  /**
   * The answer to a message, and the reading it rests on. A message asking two
   * things gets both answers, in order; a pronoun in the second is the case of
   * the first ("…？他坐牢了吗？").
   */
  respond(message: string): { reading: Query; answer: Answer } {
    // a remark before the question ("wild how careless some people are. did qi …?"): the question is read alone,
    // and a pronoun in it takes the case the remark names
    const conceded = withoutConcession(message);
    let question = conceded;
    let remarkCases: string[] = [];
    let whole: Query | null = null;
    const remarked = lastQuestion(question);
    if (remarked) {
      const q = this.read(remarked.question);
      // ("song: was he jailed or fined?": "he" is the case the remark names, not whoever the words would describe)
      // ("song's admin penalty: was it a fine, and how many days?": a remark naming the case whose attribute the question asks)
      const named = !q.pronoun && !q.cases.length && !q.quantifier && isCaseAttr(q.attribute, this.data) ? this.read(remarked.context) : null;
      const before = (!q.cases.length || q.via === "described") && q.pronoun ? this.read(remarked.context) : named?.cases.length ? named : null;
      // ("the guy who sent photos... how long is he locked up": a "he" the remark only describes is read with it, whole)
      if (q.kind !== "offtopic" && q.kind !== "greeting" && (!before || before.cases.length)) {
        question = remarked.question;
        remarkCases = before?.cases ?? [];
        whole = before?.cases.length && q.via === "described" ? { ...q, cases: before.cases, via: "named", description: null } : q;
      }
    }
    // "who had it worse, the guy who took docs home or the guy who downloaded public info": each description, its case
    const named = this.namedDescriptions(question);
    if (named) {
      question = named;
      whole = null;
    }
    // (the question is read once: the remark's reading is kept when it was the question)
    whole ??= this.read(question);
    // ("did the agency respond when song reached out?": the time clause is given, not asked, but the case it names is the one asked about)
    if (!whole.cases.length && !whole.quantifier && question === conceded && conceded !== message) {
      const given = this.read(message).cases;
      if (given.length) whole = { ...whole, cases: given, via: "named" };
    }
    // (the question's own words, unwrapped once for the shapes read before the rest)
    const core = this.reader.core(question);
    // ("is this article about hackers or what": what the article is about, whatever the guess)
    if (asksAboutArticle(core) && !whole.cases.length) return { reading: whole, answer: this.answer({ ...whole, kind: "overview", silent: null, attribute: "overview", polar: false }) };
    // ("what happens if you pledge allegiance but your stuff isn't secret": the cases the article reports doing just that, each
    // checked as the claim that he did, then the cited law; not a detail the article never gives, "in the US")
    if (whole.supposed && !whole.cases.length && whole.kind !== "silent" && whole.kind !== "offtopic") {
      const fits = this.data.cases.filter((c) => {
        const r = this.check(`${c.surname} ${whole!.supposed!.deed.replace(/^(?:just|only|simply|merely|even) /u, "")}`);
        return r.kind === "claims" && r.checks.every((k) => k.verdict === "supported");
      });
      // (no case like it: the question is read as it stands, "what happens if someone reports a spy")
      const [first, ...rest] = fits;
      if (first) return { reading: whole, answer: deedConsequence(whole, [first, ...rest], this.ctx) };
    }
    const iq = identityQuestion(core);
    const owner = this.owner(iq);
    if (owner) return { reading: whole, answer: owner.answer };
    // ("so zhong met the spies and then got busted?": a statement asked back, in two parts; one the article denies is a no)
    // (not a condition the question works on: "if you offer public info but pretend it's secret, is that still illegal")
    if (whole.polar && !inQuestionForm(core) && !opensSupposing(core) && claimParts(core.replace(/[?？]+\s*$/u, "")).length >= 2) {
      const c = this.check(core.replace(/[?？]+\s*$/u, ""));
      const found = c.kind === "claims" ? c.checks[0] : undefined;
      if (found?.verdict === "contradicted") return { reading: whole, answer: { status: "answered", title: whole.cases.length ? `${joinNames(found.cases.map((x) => x.surname))}: the case` : "The cases", text: `No. ${found.text}`, facts: found.facts, cases: found.cases, said: true } };
      // ("qi got 2 yrs 3 months plus a year without political rights, right?": each term stated is confirmed, not added up)
      if (found?.verdict === "supported" && whole.kind === "arithmetic") return { reading: whole, answer: { status: "answered", title: whole.cases.length ? `${joinNames(found.cases.map((x) => x.surname))}: the case` : "The cases", text: `Yes. ${found.text}`, facts: found.facts, cases: found.cases, said: true } };
    }
    // ("was song the third case in the article?": where a case sits among the article's cases, checked as the claim it asks)
    const place = whole.polar && whole.cases.length ? placeClaim(core, whole, this.ctx) : null;
    if (place) {
      const lead = place.verdict === "supported" ? "Yes. " : place.verdict === "contradicted" ? "No. " : "";
      return { reading: whole, answer: { status: "answered", title: "The order of the cases", text: `${lead}${place.text}`, facts: place.facts, cases: place.cases, said: place.verdict !== "nei" } };
    }
    // ("was song contacted by the agency?": the agency as the doer of what the case did himself, checked as the claim it asks)
    if (whole.kind === "yesno" && whole.agent === "agency" && whole.passive && whole.cases.length && !whole.negated) {
      const k = checkClaim(core.replace(/[?？]+\s*$/u, ""), { ...whole, kind: "value" }, this.ctx);
      if (k.verdict === "contradicted") return { reading: whole, answer: { status: "answered", title: `${joinNames(k.cases.map((x) => x.surname))}: the case`, text: `No. ${k.text}`, facts: k.facts, cases: k.cases, said: true } };
    }
    // ("were the spy agencies the ones who made the first move": the agency's deed, checked as the claim it asks about)
    // (not with a time clause: "did the agency respond when song reached out" is asked of Song, read below)
    if (iq && iq.subjects.length === 1 && isAgencyNoun(iq.subjects[0]!) && !(whole.cases.length && /\b(?:when|while|once)\b/iu.test(core))) {
      const c = this.check(`${iq.subjects[0]!.trim()} ${iq.deed.replace(/^who\s+/u, "")}`);
      const found = c.kind === "claims" ? c.checks[0] : undefined;
      if (found && found.verdict !== "nei") {
        const lead = found.verdict === "supported" ? "Yes." : "No.";
        return { reading: whole, answer: { status: "answered", title: "What the agencies did", text: `${lead} ${found.text}`, facts: found.facts, cases: found.cases, said: true } };
      }
    }
    const ordered = this.orderAnswer(core, question, whole);
    if (ordered) return { reading: whole, answer: ordered };
    const chosen = this.choiceAnswer(core, question, whole);
    if (chosen) return { reading: whole, answer: chosen };
    // ("were qi's projects military or aerospace or what": options in words the article never uses, asked as the yes/no it settles, or does not)
    const options = EITHER_OR.exec(core);
    const unfamiliar = whole.unfamiliar;
    const unsaidOption = (w: string | undefined) => w !== undefined && unfamiliar.includes(stem(w.toLowerCase()));
    if (!whole.polar && whole.cases.length && options && unsaidOption(options[1]) && unsaidOption(options[2]) && (whole.kind === "overview" || whole.kind === "value")) {
      return { reading: whole, answer: this.answer({ ...whole, kind: "yesno", polar: true }) };
    }
    if (!whole.cases.length && whole.pronoun && remarkCases.length) whole = { ...whole, cases: remarkCases, via: "named" };
    // (arithmetic and comparisons take every part of the message: "add up X and Y, how long is that")
    // (split without the wrapping: "…? please" is one question, not a question and a "please")
    const texts = whole.kind === "arithmetic" || whole.kind === "compare" ? [question] : splitQuestions(this.reader.unwrapped(question));
    if (texts.length < 2) return { reading: whole, answer: this.answer(whole) };
    let earlier: string[] = remarkCases;
    const readings: Query[] = [];
    let prior: Query | null = null;
    for (const t of texts) {
      // ("which law did song violate? and what are the prison terms under it?": "it" is the law the part before asked after)
      const ofLaw = prior?.attribute === "law" && /\b(?:under|by|in|of) (?:it|that)\s*[?？.!]*$/iu.test(t);
      let q: Query = this.read(ofLaw ? t.replace(/\b(under|by|in|of) (?:it|that)(?=\s*[?？.!]*$)/iu, "$1 the law") : t);
      // ("did the one who photographed stuff pledge allegiance? and the former subsidiary worker?": a part that only names
      // or describes a case asks the part before it again, of that case)
      const onlyWho = q.cases.length && !q.words.length && !q.quantifier && (q.kind === "greeting" || q.kind === "overview") && (!q.predicate || q.predicate.type === "said");
      if (onlyWho && prior && prior.kind !== "overview" && prior.kind !== "greeting" && (prior.attribute || prior.predicate)) q = { ...prior, cases: q.cases, via: q.via, description: q.description };
      prior = q;
      // (the law's own terms: no case carried over to them)
      if (ofLaw && !q.cases.length) q = { ...q, pronoun: false };
      else if (!q.cases.length && q.pronoun && earlier.length) q = { ...q, cases: earlier, via: "named", kind: q.kind === "offtopic" ? "value" : q.kind };
      // ("was zhong ever put on trial, and what was the verdict": a part naming no one, of an attribute of a case, is about the case named before;
      // so is "…, and how many days": the term worked on is that case's, not the only one the article gives)
      else if (!q.cases.length && !q.quantifier && earlier.length && (q.kind === "value" || q.kind === "yesno" || q.kind === "arithmetic") && isCaseAttr(q.attribute, this.data)) q = { ...q, cases: earlier, via: "named" };
      if (q.cases.length) earlier = q.cases;
      if (q.kind !== "greeting") readings.push(q);
    }
    // (a question and a greeting, or parts that do not read as questions: the message as one)
    if (readings.length < 2 || readings.some((q) => q.kind === "offtopic" && !q.cases.length)) return { reading: whole, answer: this.answer(whole) };
    // ("what about that case where an engineer spied for mi6, what happened there": the rest asks after what was refused, so the refusal stands alone)
    const refusal = readings.find((q) => q.kind === "silent");
    // (so does "…, what did that guy get": a part that points back at the refused one and names no case)
    // ("…, did the mss name them": whether the article names what was refused)
    const asksAfter = (q: Query) => !q.cases.length && (q.kind === "overview" || q.pronoun || q.coverage);
    if (refusal && readings.every((q) => q === refusal || asksAfter(q))) return { reading: refusal, answer: this.answer(refusal) };
    const answers = readings.map((q) => this.answer(q));
    // (and where every other part is one the article leaves open too, the refusal, with its nearest facts, answers them all)
    if (refusal && answers.every((a, i) => readings[i] === refusal || a.status !== "answered" || !a.said)) return { reading: refusal, answer: this.answer(refusal) };
    const answered = answers.filter((a) => a.status === "answered");
    if (!answered.length) return { reading: whole, answer: this.answer(whole) };
    const facts = [...new Set(answers.flatMap((a) => a.facts))];
    const cases = [...new Set(answers.flatMap((a) => a.cases))];
    const titles = [...new Set(answers.map((a) => a.title))];
    return {
      reading: readings[0]!,
      // (a sentence both answers give is said once)
      answer: { status: "answered", title: titles.join(" · "), text: onceEach(answers.flatMap((a) => a.text.split(/(?<=[.!?])\s+/u))).join(" "), facts, cases, said: answers[0]!.said },
    };
  }

  /** The answer to a question already read (a door that also needs the reading reads once). */
  answer(q: Query): Answer {
    if (!q.cases.length && q.others.length && q.kind !== "offtopic" && q.kind !== "greeting") {
      return {
        status: "no-such-case",
        title: "No such case",
        text: `The article has no case under the surname ${joinNames(q.others)}. Its cases are ${joinNames(this.data.cases.map((c) => c.surname))}.`,
        facts: [],
        cases: [],
        said: false,
      };
    }
    if (!q.cases.length && q.ambiguous.length) {
      const cases = this.data.cases;
      return {
        status: "ambiguous",
        title: "Which case?",
        text: `"${q.ambiguous[0]}" could be more than one surname. The cases are ${joinNames(cases.map((c) => c.surname))}; ask again with one of them.`,
        facts: [],
        cases,
        said: false,
      };
    }
    return HANDLERS[q.kind](q, this.ctx);
  }

  /** Checks every claim in a message (up to CLAIMS_MAX), each read as a yes/no query on the same case base. */
  check(message: string): CheckResult {
    const parts = splitClaims(message);
    const claims = parts.filter((p) => p.kind === "claim").slice(0, CLAIMS_MAX);
    if (!claims.length) {
      const question = parts.find((p) => p.kind === "question");
      return question ? { kind: "question", question: question.text } : { kind: "none" };
    }
    const checks: ClaimCheck[] = [];
    let earlier: string[] = [];
    // ("did qi really take stuff home? pretty sure he did": the answer the poster gives to his own question is the claim)
    const asked = parts.findIndex((p) => p.kind === "question");
    const elided = asked >= 0 ? parts.slice(asked + 1).find((p) => p.kind === "claim" && ELIDED.test(p.text.trim())) : undefined;
    if (elided && claims.length === 1) {
      const question = parts[asked]!.text;
      const m = ELIDED.exec(elided.text.trim())!;
      const denied = /n'?t\b|\bnot\b|\bdoubt\b/iu.test(`${m[1] ?? ""} ${m[2]!}`);
      const q = this.read(question);
      const found = checkClaim(question, { ...q, kind: q.kind === "offtopic" ? "value" : q.kind === "yesno" ? "value" : q.kind, negated: denied ? !q.negated : q.negated }, this.ctx);
      return { kind: "claims", checks: [{ ...found, claim: `${question.replace(/[?？]+\s*$/u, "")} (${elided.text.trim()})` }] };
    }
    for (const c of claims) {
      // ("harsher than the guy who photographed documents": the description read as the case it fits)
      const text = this.namedDescriptions(c.text) ?? c.text;
      let q = this.read(text);
      // "Qi got 2 years. He also lost his rights": the pronoun is the case named before
      if (!q.cases.length && q.pronoun && earlier.length) q = { ...q, cases: earlier, via: "named", kind: q.kind === "offtopic" ? "value" : q.kind };
      if (q.cases.length) earlier = q.cases;
      // wrapping only ("lol", "good morning"): not a claim
      if (q.kind === "greeting" || (q.kind === "offtopic" && !q.cases.length && !q.predicate)) continue;
      // names and nothing said of them ("… right? zhong and qi"): the answer to the poster's own question, not a claim
      // (read again only when the reading found names and no words)
      if (q.cases.length && !q.words.length && this.reader.namesOnly(text)) continue;
      const found = this.checkParts(text, q);
      // ("yeah right, qi's stuff was totally harmless /s": the poster means the opposite, so that is what is checked)
      const meant = c.sarcastic && found.verdict !== "nei" ? { ...found, verdict: found.verdict === "supported" ? ("contradicted" as const) : ("supported" as const), text: `${found.text} (Read as sarcasm: checked as meaning the opposite of its words.)` } : found;
      checks.push({ ...meant, claim: c.sarcastic ? `${c.text} /s` : c.text });
    }
    return checks.length ? { kind: "claims", checks } : { kind: "none" };
  }

  /**
   * A claim with two halves ("X, not Y", "it was A, not B, who P", "X while Y")
   * holds when both do: one contradicted half contradicts it, and it is
   * supported only when every half is.
   */
  private checkParts(text: string, whole: Query): ClaimCheck {
    // ("if zhong had met the agents he'd have gotten life": what would have happened is no fact the article gives)
    if (counterfactual(text)) return { claim: text, verdict: "nei", text: "The article does not say what would have happened had things gone otherwise; it reports only what did.", facts: this.nearFacts(text), cases: whole.cases.map((id) => this.data.caseById.get(id)!) };
    // "the article never says X": true when the article is silent on X, false when it says something about it;
    // "the article mentions X": true when it does, false when it is silent
    const reporting = reportingClaim(text);
    // ("the article never names the agencies": a topic it is silent on, settled as such)
    if (whole.coverage && whole.silent && whole.silent !== UNRECOGNISED) return checkClaim(text, whole, this.ctx);
    if (reporting?.asks || (reporting && !reporting.said)) return this.checkLeftOut(text, reporting, whole.cases.length ? whole : null);
    const said = this.checkSaid(text, whole);
    // (a claim that the article says what it leaves out is false of the article, when there are its own words to show for it)
    // (not a topic the article is silent on throughout, unless its nearest words settle it: "the article says the maximum is death")
    const settles = !whole.silent || this.data.lexicon.silent.some((t) => t.id === whole.silent && t.nearSettles);
    if (reporting && said.verdict === "nei" && said.facts.length && settles) {
      // (settled by a silent topic's nearest words: they are what shows it, so they are said)
      const shown = whole.silent && !said.text.includes("What it does say") ? ` What it does say: ${said.facts.map((f) => f.statement).join(" ")}` : "";
      return { ...said, verdict: "contradicted", text: /^the article does not/iu.test(said.text) ? `${said.text}${shown}` : `The article does not say that. ${said.text}` };
    }
    return said;
  }

  /**
   * "the article never says what Qi got", "…, and the article never mentions his rights": a claim about
   * what the article leaves out (or, asked, says). `context` is the claim's earlier half, whose case
   * the left-out words are about when they name none ("what sentence he got").
   */
  /** Words with no subject of their own, or only a pronoun for one, said of one case by its surname ("he still broke …", "pledging …", "send anything"). */
  private saidOf(text: string, id: string): string {
    const name = this.data.caseById.get(id)!.surname;
    // (the first pronoun only: "he just said he was" is the case saying it of himself)
    const t = text.trim().replace(/\b(?:he|him|she|his)\b/iu, (p) => (p.toLowerCase() === "his" ? `${name}'s` : name));
    // (a pronoun put the case in the words; with none, the case goes first, as the subject)
    return t !== text.trim() ? t : `${name} ${t}`;
  }

  /** A clause given the case as its subject: its own if it names the case, else the case for a leading pronoun, or set before it. */
  private subjectOf(text: string, id: string): string {
    const t = text.trim();
    const r = this.read(t);
    if (r.via === "named" && r.cases.includes(id)) return t;
    const name = this.data.caseById.get(id)!.surname;
    if (/^(?:he|she|they)\b/iu.test(t)) return t.replace(/^(?:he|she|they)\b/iu, name);
    if (/^(?:his|her|their)\b/iu.test(t)) return t.replace(/^(?:his|her|their)\b/iu, `${name}'s`);
    return `${name} ${t}`;
  }

  /** The words read as said of one case; null when they then read as about another. */
  private readOf(text: string, id: string): Query | null {
    const q = this.read(this.saidOf(text, id));
    return q.cases.length === 1 && q.cases[0] === id ? q : null;
  }

  private checkLeftOut(text: string, reporting: ReportingClaim, context: Query | null): ClaimCheck {
    const read = (inner: string): Query => {
      const q = this.read(inner);
      const cases = context?.cases ?? [];
      if (!cases.length || q.quantifier || (q.cases.length && !(q.pronoun && q.via === "described"))) return q;
      // ("what sentence he got": "he" is the earlier half's case, not the one the words describe)
      if (q.pronoun && cases.length === 1) {
        const named = this.readOf(inner, cases[0]!);
        if (named) return named;
      }
      return { ...q, cases, via: "named", description: null };
    };
    if (reporting.asks) {
      // "... never says what Qi got": the question the article would have to answer
      const a = this.answer(read(reporting.inner));
      const silent = a.status !== "answered" || !a.said;
      const verdict = silent !== reporting.said ? "supported" : "contradicted";
      // (the verdict word already says whether the claim is right: "Supported: Right: …" would say it twice)
      return { claim: text, verdict, text: silent || reporting.said ? a.text : `It does: ${a.text}`, facts: a.facts.length ? a.facts : this.nearFacts(reporting.inner), cases: a.cases };
    }
    const inner = this.checkParts(reporting.inner, read(reporting.inner));
    // (what the article says is otherwise is not said either: "the article doesn't mention any prison time for song";
    // but "never says whether his materials held secrets" is false when it says they did not)
    const verdict = reporting.whether ? (inner.verdict === "nei" ? "supported" : "contradicted") : inner.verdict === "supported" ? "contradicted" : "supported";
    const right = inner.verdict === "nei" ? inner.text : `The article does not say that. ${inner.text}`;
    return { ...inner, claim: text, verdict, text: verdict === "supported" ? right : inner.text, facts: inner.facts.length ? inner.facts : this.nearFacts(reporting.inner) };
  }

  /** What the article does say nearest a topic it is silent on, as the lexicon names it: shown beside a claim that it is silent. */
  private nearFacts(inner: string): Fact[] {
    const q = this.read(inner);
    const topic = q.silent ? this.data.lexicon.silent.find((s) => s.id === q.silent) : undefined;
    if (topic?.near.length) return topic.near.map((id) => this.data.factById.get(id)!);
    // (none named: whatever the words, asked, are answered with; a refusal's nearest facts among them)
    return this.answer(q).facts;
  }

  /** A claim about the cases themselves (or what the article is said to say of them), part by part. */
  private checkSaid(text: string, whole: Query): ClaimCheck {
    // "the guy whose startup failed is the one who got 27 months": whose deed it was
    const identity = identityClaim(this.reader.core(text));
    // ("the foreign spies were the ones who made the first move on zhong": the agency's deed, claimed plainly)
    // ("… weren't the ones who reached out first": the same deed, denied)
    if (identity && identity.subjects.length === 1 && isAgencyNoun(identity.subjects[0]!)) {
      const plain = `${identity.subjects[0]!.trim()} ${identity.deed.replace(/^who\s+/u, "")}`;
      const found = this.checkSaid(plain, this.read(plain));
      const flip = { supported: "contradicted", contradicted: "supported", nei: "nei" } as const;
      return { ...found, claim: text, verdict: identity.denied ? flip[found.verdict] : found.verdict };
    }
    const owner = this.owner(identity);
    if (owner) {
      const truth = identity?.denied && owner.truth !== "unknown" ? !owner.truth : owner.truth;
      const verdict = truth === true ? "supported" : truth === false ? "contradicted" : "nei";
      const said = owner.answer.text.replace(/^(?:Yes|No): (\p{L})/u, (_m, l: string) => l.toUpperCase());
      // (a sentence two findings share is said once)
      return { claim: text, verdict, text: sentencesOnce([said]), facts: owner.answer.facts, cases: owner.answer.cases };
    }
    // "song got the penalties before he ever contacted the agency": both happened, in the order the article gives?
    // "qi got caught before he could send anything": a claim that he never did it, false where the article says he did
    const prevented = preventedParts(text);
    const doer = prevented ? this.read(prevented.done) : null;
    // ("they were all caught before contacting any agency": of every case, false where any one of them did it)
    const stoppedOf = doer && !doer.negated ? (doer.cases.length === 1 ? doer.cases : !doer.cases.length && (doer.quantifier === "all" || doer.attribute === "cases" || /^(?:they|the suspects|the three|all three|all of them|both)\b/iu.test(prevented!.done)) ? this.data.cases.map((c) => c.id) : []) : [];
    for (const id of prevented ? stoppedOf : []) {
      const did = this.check(this.saidOf(prevented!.stopped, id));
      const found = did.kind === "claims" ? did.checks[0] : undefined;
      if (found?.verdict === "supported") return { ...found, claim: text, verdict: "contradicted", text: found.text };
    }
    const order = orderedParts(text);
    const inSequence = order ? this.checkOrder(text, order.earlier, order.later) : null;
    // ("zhong was caught two weeks after he contacted the agency": the order holds, the span it adds is one the article never gives)
    if (inSequence && !(inSequence.verdict === "supported" && whole.silent && whole.silent !== UNRECOGNISED)) return inSequence;
    const parts = claimParts(text);
    // "the MSS said X": X is the claim
    // (what the article is said to report stays a claim about what it reports: "the article reports a prison sentence for only one")
    if (parts.length === 1 && parts[0]!.text !== text.trim().replace(/[.!。！]+$/u, "")) whole = { ...this.read(parts[0]!.text), ...(whole.reported ? { reported: true } : {}) };
    // "it's false that X": X denied
    if (parts.length === 1 && parts[0]!.negated) whole = { ...whole, negated: !whole.negated };
    const asCheck = (q: Query) => ({ ...q, kind: q.kind === "offtopic" ? ("value" as const) : q.kind });
    if (parts.length === 1) return checkClaim(text, asCheck(whole), this.ctx);
    const read = parts.map((p) => this.read(p.text));
    let first = read[0]!;
    // ("even though he didn't hand over real secrets, song still broke the law", "even without any secrets, song …":
    // the first half's subject is the case the later half names)
    const later = read.slice(1).find((q) => q.cases.length);
    if (!first.cases.length && (first.pronoun || parts[0]!.subjectLater) && later) first = { ...first, cases: later.cases, via: "named" };
    const readings: Query[] = [];
    const checks = parts.map((part, i) => {
      let q = i === 0 ? first : read[i]!;
      if (i > 0 && part.partial) q = this.readAgainst(part.text, q, parts[0]!.text, first);
      // ("…, so he was only given administrative penalties": "he" is the first half's case, not whoever the words describe)
      const pronounLed = /^(?:he|she|they|his|their|him)\b/iu.test(part.text.trim());
      // ("…, he still broke the law by pledging allegiance": a clause with no subject of its own is read again with the first half's one case as its subject,
      // since what the words are about can turn on who did it)
      const subjectless = i > 0 && !part.partial && (!q.cases.length || pronounLed || q.pronoun || q.via !== "named") && !q.others.length && first.cases.length === 1 && q.agent === null && /^(?:\p{Ll}+ing|he|she|his|her)\b/u.test(part.text.trim());
      if (subjectless) q = this.readOf(part.text, first.cases[0]!) ?? q;
      // ("…, but the agency never responded to him": a later clause's object pronoun is the first half's one case)
      // (and "…, and the materials he had contained no state secrets": a "he" inside the clause, not what its words would describe)
      else if (i > 0 && !part.partial && !q.cases.length && first.cases.length === 1 && /\bhim\b/iu.test(part.text)) q = this.readOf(part.text, first.cases[0]!) ?? q;
      else if (i > 0 && !part.partial && q.via === "described" && first.cases.length === 1 && !q.cases.includes(first.cases[0]!) && /\b(?:him|he|his)\b/iu.test(part.text)) q = this.readOf(part.text, first.cases[0]!) ?? q;
      // ("zhong contacted the agency, but it never replied": "it" is the agency the first half names, and its reply was to that case)
      // (not the article's telling: "…, but it never says the agency wrote back to song")
      if (i > 0 && /^it\b/iu.test(part.text.trim()) && !IT_TELLS.test(part.text.trim()) && /\bagenc(?:y|ies)\b/iu.test(parts[0]!.text) && first.cases.length === 1) {
        const said = part.text.trim().replace(/^it\b/iu, "the agency").replace(/\bhim\b/iu, this.data.caseById.get(first.cases[0]!)!.surname);
        const agencyQ = this.read(said);
        return checkClaim(said, asCheck({ ...agencyQ, cases: first.cases, via: "named", negated: part.negated ? !agencyQ.negated : agencyQ.negated }), this.ctx);
      }
      // (not a clause about the cited law: "…, and the law's range is 2 to 5 years" is the law's, whoever came first)
      if ((!q.cases.length || (q.via === "described" && pronounLed)) && first.cases.length && i > 0 && !(q.attribute?.startsWith("law") && /^(?:the|that|this)\s+(?:counter-espionage\s+)?law/iu.test(part.text.trim()))) q = { ...q, cases: first.cases, via: "named", description: null };
      if (part.negated) q = { ...q, negated: !q.negated };
      // ("song went down this road after …": the case's deeds, which the article gives, whatever else the claim says)
      if (part.deedOnly && q.cases.length === 1 && !q.negated) q = { ...q, kind: "value", attribute: "actions", predicate: { type: "said", on: "actions" }, words: [], unfamiliar: [], silent: null };
      readings.push(q);
      // ("qi got 27 months, and the article never mentions a fine for him": what it leaves out, of the first half's case)
      const leftOut = i > 0 ? reportingClaim(part.text) : null;
      if (leftOut && (leftOut.asks || !leftOut.said)) return this.checkLeftOut(text, leftOut, first);
      // ("qi did it because his startup failed …, not because of investments": a part with halves of its own is checked half by half)
      // (a later part as said of the first part's one case: "…, but he still got punished because of his pledge")
      if (!part.partial && !part.negated && part.text !== text && claimParts(part.text).length > 1) {
        if (i === 0) return this.checkParts(part.text, q);
        if (q.cases.length === 1) {
          const own = this.subjectOf(part.text, q.cases[0]!);
          return this.checkParts(own, this.read(own));
        }
      }
      // (each part by its own words: a day named in one part is no part of another's)
      return checkClaim(part.text, asCheck(q), this.ctx);
    });
    const contradicted = checks.find((c) => c.verdict === "contradicted");
    if (contradicted) return contradicted;
    // "his accounts were frozen after he was arrested": both happened, but in the order the article gives?
    // (not of what never happened: "zhong never got to meet them because he got caught first" puts nothing in order)
    const ordered = parts[1]?.after && !readings[0]!.negated && checks.every((c) => c.verdict === "supported") ? this.cameAfter(readings[0]!, checks[0]!, readings[1]!, checks[1]!) : null;
    if (ordered === false) {
      // (said in the order the article gives: what the claim puts last came first)
      return { ...checks[0]!, verdict: "contradicted", text: `The article gives them in the other order. ${checks[0]!.text} ${checks[1]!.text}`, facts: [...new Set([...checks[0]!.facts, ...checks[1]!.facts])], cases: [...new Set([...checks[0]!.cases, ...checks[1]!.cases])] };
    }
    const unsettled = checks.find((c) => c.verdict === "nei");
    if (unsettled) return unsettled;
    // ("zhong was caught two weeks after he contacted the agency", "qi lost his political rights while in prison": each part holds,
    // but what ties them, in time or as a part of one clause, is a detail the article never gives; a silence that a part holds
    // itself is that part's, and settled there)
    if (parts.some((p) => p.after || p.partial) && whole.silent && whole.silent !== UNRECOGNISED && !readings.some((r) => r.silent === whole.silent)) return checkClaim(text, asCheck(whole), this.ctx);
    return { ...checks[0]!, text: sentencesOnce(checks.map((c) => c.text)), facts: [...new Set(checks.flatMap((c) => c.facts))], cases: [...new Set(checks.flatMap((c) => c.cases))] };
  }

  /**
   * Two things said of one case, both checked as claims, and whether the
   * first came first in the order the case base gives; null unless both hold
   * and the article places them apart.
   */
  private orderOf(text: string, firstText: string, secondText: string, subject: string[] = []): { c: Case; checks: [ClaimCheck, ClaimCheck]; firstCame: boolean } | null {
    const both = this.orderChecks(text, firstText, secondText, subject);
    if (!both || !both.checks.every((c) => c.verdict === "supported")) return null;
    const firstCame = this.cameAfter(both.second, both.checks[1], both.first, both.checks[0]);
    return firstCame === null ? null : { c: this.data.caseById.get(both.case)!, checks: both.checks, firstCame };
  }

  /** Each of two things said of one case, checked on its own: null when they are not of one case. */
  private orderChecks(text: string, firstText: string, secondText: string, subject: string[] = []): { case: string; first: Query; second: Query; firstAsRead: Query; checks: [ClaimCheck, ClaimCheck] } | null {
    const firstAsRead = this.read(firstText);
    let first = firstAsRead;
    // ("the agency collected his info and then asked him for details": the second half's subject is the first's)
    const subjectOf = SUBJECT_THEN_VERB.exec(firstText.trim());
    const bare = BARE_VERB.test(secondText.trim());
    let second = this.read(subjectOf && bare ? `${subjectOf[1]} ${secondText.trim()}` : secondText);
    const cases = subject.length ? subject : first.cases.length ? first.cases : second.cases;
    if (cases.length !== 1) return null;
    // ("… before he ever contacted the agency": "he" is the other half's case)
    const own = (q: Query): Query | null => (!q.cases.length ? { ...q, cases, via: "named", description: null } : q.cases.length === 1 && q.cases[0] === cases[0] ? q : null);
    const [a, b] = [own(first), own(second)];
    if (!a || !b) return null;
    [first, second] = [a, b];
    const asCheck = (q: Query) => ({ ...q, kind: q.kind === "offtopic" ? ("value" as const) : q.kind });
    const checks: [ClaimCheck, ClaimCheck] = [checkClaim(text, asCheck(first), this.ctx), checkClaim(text, asCheck(second), this.ctx)];
    return { case: cases[0]!, first, second, firstAsRead, checks };
  }

  /** A claim that one thing came before another in a case: settled when the article places both; null otherwise, to be read whole. */
  private checkOrder(text: string, earlierText: string, laterText: string): ClaimCheck | null {
    const order = this.orderOf(text, earlierText, laterText);
    if (!order) {
      // ("song used to work at the institute before he lost his job": what came first is asserted, and the article never says it;
      // what came after may never have happened, "caught before he could meet them", so only its holding counts)
      // (only of a deed of the case's own, plainly said: not "the agency took its sweet time before replying to zhong",
      // nor "frozen after he was caught, not before …", where the order itself is what is claimed)
      const parts = this.orderChecks(text, earlierText, laterText);
      const [a, b] = parts?.checks ?? [];
      const own = parts?.firstAsRead;
      const plain = own && own.cases.length === 1 && own.via === "named" && !own.negated && own.agent !== "agency" && !/\b(?:after|not|never)\b/iu.test(earlierText);
      // (what came first is asserted whatever the order: "song contacted the agency while employed and only lost his job afterward")
      if (plain && a && b && a.verdict === "contradicted" && b.verdict !== "contradicted") return { ...a, claim: text };
      return plain && a && b && a.verdict === "nei" && b.verdict === "supported" ? { ...a, claim: text } : null;
    }
    const [a, b] = order.checks;
    const facts = [...new Set([...a.facts, ...b.facts])];
    const cases = [...new Set([...a.cases, ...b.cases])];
    const both = sentencesOnce([a.text, b.text]);
    return order.firstCame ? { ...a, text: both, facts, cases } : { ...a, verdict: "contradicted", text: `The article gives them in the other order. ${both}`, facts, cases };
  }

  /**
   * "was qi sentenced or just investigated?": the option the article bears out,
   * when it bears out exactly one; null otherwise, for the question to be read whole.
   */
  private choiceAnswer(core: string, question: string, whole: Query): Answer | null {
    const cq = choiceQuestion(core);
    if (!cq || !whole.cases.length) return null;
    const options = [this.read(cq.first), this.read(cq.second)].map((q) => (q.cases.length ? q : { ...q, cases: whole.cases, via: "named" as const }));
    if (options.some((q) => q.cases.join() !== whole.cases.join())) return null;
    // (an option in words the article never uses is no option it bears out; the other may still be)
    const unread = (q: Query) => q.kind === "offtopic" || q.kind === "silent";
    if (unread(options[0]!)) return null;
    const [first, second] = options.map((q) => (unread(q) ? "nei" : checkClaim(question, { ...q, kind: "value" }, this.ctx).verdict));
    // ("sentenced or just investigated": "just" the second means without the first, so the first holding settles it)
    const held = first === "supported" ? 0 : first === "contradicted" && second === "supported" ? 1 : null;
    if (held === null) return null;
    // ("did zhong actually disclose anything or just talk": the first option holding is a yes to the question as put;
    // the second, with no attribute of its own, "seek collaboration", is answered as the yes it is)
    const asYes = held === 0 || !options[held]!.attribute;
    const a = this.answer({ ...options[held]!, kind: asYes ? "yesno" : "value", polar: asYes, choice: false });
    // (the second holding, with an attribute of its own, is a no to the first, then what the article says)
    return asYes || !a.said ? a : { ...a, text: `No. ${a.text}` };
  }

  /** "which came first …", "did X before Y", "order of events for zhong": answered from the case's order; null when it is no such question or the article does not settle it. */
  private orderAnswer(core: string, question: string, whole: Query): Answer | null {
    const oq = orderQuestion(core);
    if (!oq) return null;
    if (oq.kind === "timeline") return whole.cases.length === 1 ? timeline(this.data.caseById.get(whole.cases[0]!)!, this.ctx) : null;
    const subject = oq.subject ? this.read(oq.subject).cases : [];
    const order = this.orderOf(question, oq.first, oq.second, subject.length ? subject : whole.cases.length === 1 ? whole.cases : []);
    return order ? inOrderAnswer(order.c, order.checks[0], order.checks[1], order.firstCame, oq.asked, /\b(?:before or after|after or before)\b/iu.test(core)) : null;
  }

  /**
   * The second half of a claim read against the first: a surname alone swaps
   * the subject ("..., not Qi"); a number alone swaps the number ("2 years,
   * not 10"); an object alone takes the place of the first half's last words
   * ("claimed to be a researcher, not a leader").
   */
  private readAgainst(part: string, q: Query, firstText: string, first: Query): Query {
    // ("more than 2 years, not 5+": "5+" is at least five, in the first half's unit)
    const plus = /^\s*(\d+)\s*\+\s*$/u.exec(part);
    if (plus) part = `at least ${plus[1]}`;
    // "longer than two years but shorter than ten": the number takes the first half's unit
    const unit = /\b(years?|months?)\b/iu.exec(firstText)?.[1];
    if (unit && new RegExp(`\\b${COUNT}\\s*$`, "iu").test(part) && part.trim().split(/\s+/u).length > 1) {
      const withUnit = `${part.trim()} ${unit}`;
      return this.readAgainst(withUnit, this.read(withUnit), firstText, first);
    }
    // ("unlike qi's stuff, song's materials had no secrets": a case with only the first half's own nouns is its subject swapped)
    if (q.cases.length && (!q.words.length || q.words.every((w) => first.words.includes(w))) && (!q.predicate || q.predicate.type === "words" || q.predicate.type === "said")) return { ...first, cases: q.cases, via: "named" };
    const words = firstText.split(/\s+/u);
    if (new RegExp(`^${COUNT}$`, "iu").test(part.trim())) {
      // the last number of the first half is the one swapped
      const swapped = firstText.replace(new RegExp(`\\b${COUNT}\\b(?!.*\\b${COUNT}\\b)`, "iu"), part.trim());
      return this.read(swapped);
    }
    if (q.cases.length) return q;
    const lead = part.trim().split(/\s+/u)[0]!.toLowerCase();
    // "by phone, instead of through its website": from the first half's own preposition on
    let at = -1;
    // (in any capitals: "SONG GOT ADMINISTRATIVE PENALTIES, NOT PRISON")
    if (LINKS.has(lead)) at = lastIndex(words, (w) => LINKS.has(w.toLowerCase()));
    else {
      // "a researcher, not a leader": after the word the object hangs on
      const anchor = lastIndex(words, (w) => LINKS.has(w.toLowerCase()) || ANCHORS.has(w.toLowerCase()));
      if (anchor >= 0) at = anchor + 1;
    }
    const keep = at >= 1 ? at : Math.max(2, words.length - part.split(/\s+/u).length);
    return this.read(`${words.slice(0, keep).join(" ")} ${part}`);
  }

  /** The text with two or more descriptions each replaced by the surname it fits, when every one fits a different case. */
  private namedDescriptions(question: string): string | null {
    const { text, phrases } = this.reader.descriptions(question);
    // ("zhong is the one who claimed to be a leader": a description said of a case is what is claimed, not who)
    // (not the asking's own "was" at the start: "was the unemployed man punished more harshly than the investor?")
    if (phrases.some((p) => /[\p{L}'’]\s+(?:is|was|are|were|be)\s+$/u.test(text.slice(0, text.indexOf(p))))) return null;
    // ("song got a harsher penalty than the guy who photographed documents": one description set beside a named case)
    // (or as the subject, with the named case after a word of comparison: "the unemployed guy ended up in prison like qi")
    const at = phrases.length === 1 ? text.indexOf(phrases[0]!) : -1;
    const compared = at >= 0 && (/\b(?:than|as|like)\s+$/u.test(text.slice(0, at)) || /\b(?:than|like|unlike)\b|\bsame\b.*\bas\b/u.test(text.slice(at + phrases[0]!.length)));
    const beside = compared ? this.read(text.replace(phrases[0]!, " ")).cases : [];
    if (phrases.length < 2 && beside.length !== 1) return null;
    const cases = phrases.map((p) => this.evaluator.describe(this.reader.describing(p)));
    if (cases.some((c) => !c || beside.includes(c.id)) || new Set(cases).size !== cases.length) return null;
    return phrases.reduce((t, p, i) => t.replace(p, cases[i]!.surname), text);
  }

  /**
   * Whether what `later` says happened after what `earlier` says, in the order
   * the case base gives their one case; null where either has no place in it,
   * they share one, or they are about different cases.
   */
  private cameAfter(later: Query, laterCheck: ClaimCheck, earlier: Query, earlierCheck: ClaimCheck): boolean | null {
    const id = later.cases.length === 1 && earlier.cases.length === 1 && later.cases[0] === earlier.cases[0] ? later.cases[0]! : null;
    if (!id) return null;
    const c = this.data.caseById.get(id)!;
    const a = this.placeIn(c, later, laterCheck);
    const b = this.placeIn(c, earlier, earlierCheck);
    // (one place: the article's own sentence may give the order, as Song's "offering … after failing to secure a job" does; left as read)
    if (a === b && a >= 0) return this.orderInSentence(earlier, earlierCheck, later, laterCheck);
    return a < 0 || b < 0 ? null : a > b;
  }

  /**
   * Two things one sentence of the article tells in turn ("collecting Zhong's
   * personal information and requesting details"): the later told, the later
   * done. Not where the sentence itself orders them otherwise ("after", "before").
   */
  private orderInSentence(earlier: Query, earlierCheck: ClaimCheck, later: Query, laterCheck: ClaimCheck): boolean | null {
    const shared = earlierCheck.facts.find((f) => laterCheck.facts.some((g) => g.id === f.id));
    if (!shared || /\b(?:after|before|having|following|once|until)\b/iu.test(shared.quote)) return null;
    const words = shared.quote.toLowerCase().split(/[^\p{L}]+/u);
    // where the words of one half, and not of the other, first come in the sentence
    const at = (q: Query, other: Query) => words.findIndex((w) => q.words.some((s) => s.length >= 3 && !other.words.includes(s) && w.startsWith(s)));
    const e = at(earlier, later);
    const l = at(later, earlier);
    return e < 0 || l < 0 || e === l ? null : l > e;
  }

  /**
   * Where a reading sits in its case's order of events: by the attribute it is
   * about, or else by the facts its check rests on, when they all sit in one place.
   */
  private placeIn(c: Case, q: Query, check: ClaimCheck): number {
    const key = this.attributeOf(q, c.id);
    const at = key ? placeOf(this.ctx, c, key) : -1;
    if (at >= 0) return at;
    const attrs = this.evaluator.attrs(c);
    const ids = new Set(check.facts.map((f) => f.id));
    const places = new Set(
      (Object.keys(attrs) as AttrKey[]).filter((k) => attrs[k].facts.some((f) => ids.has(f.id))).map((k) => placeOf(this.ctx, c, k)).filter((i) => i >= 0),
    );
    return places.size === 1 ? [...places][0]! : -1;
  }

  /** The case attribute a reading is about: its typed predicate's, its own, or the one its words fit best. */
  private attributeOf(q: Query, id: string): AttrKey | null {
    const p = q.predicate;
    if (p && p.type !== "words" && p.type !== "said") return p.type === "term" && p.on === "rights" ? "rights" : (PREDICATE_ATTRIBUTE[p.type] ?? null);
    const attrs = this.data.attributes.get(id)!;
    if (q.attribute && q.attribute in attrs) return q.attribute as AttrKey;
    return p?.type === "words" ? this.evaluator.bestAttribute(this.data.caseById.get(id)!, p.stems).key : null;
  }

  /** Whom a deed belongs to, when each case put forward reads as exactly one case and the deed as a predicate. */
  private owner(iq: IdentityQuestion | null): DeedOwner | null {
    if (!iq) return null;
    // (a subject is a surname, or a description read as a whole noun phrase: "the guy who made bad investments")
    const cases = iq.subjects.map((s) => {
      const q = this.read(s);
      if (q.cases.length) return q.cases.length === 1 && (q.via === "named" || !iq.surname) ? this.data.caseById.get(q.cases[0]!) : undefined;
      return iq.surname ? undefined : (this.evaluator.describe(this.reader.describing(s)) ?? undefined);
    });
    if (!cases.every((c): c is Case => c !== undefined)) return null;
    if (new Set(cases).size !== cases.length) return null;
    const deed = this.read(iq.deed);
    // (a denial is weighed only where the article types what is denied: "whose materials had no state secrets", not a deed in words)
    if (deed.silent || deed.cases.length || (deed.negated && ((deed.predicate?.type ?? "words") === "words" || deed.unsaid || deed.coverage)) || deed.kind === "offtopic") return null;
    const owner = deedOwner(cases, deed, this.ctx);
    // (a word the article never uses leaves a yes unsettled; the deed being another case's still settles a no)
    return deed.unfamiliar.length && owner?.truth !== false ? null : owner;
  }

  /** "the one whose venture failed": the case a description fits, when it fits exactly one. */
  private resolveDescription(q: Query): Query {
    if (q.cases.length || !q.description?.length) return q;
    const c = this.evaluator.describe(q.description);
    // named now: a question that read as about no one ("the one with frozen accounts, what is his surname") is about him
    if (c) return { ...q, cases: [c.id], via: "described", kind: q.kind === "which" ? "value" : q.kind === "offtopic" && q.silent === null ? "overview" : q.kind };
    // ("who was the one whose stuff had secrets in it": no single case fits the words, so the description is checked of each as a claim)
    if ((q.kind === "which" || q.kind === "overview") && !q.words.length && q.describedAs) {
      const said = (surname: string) => q.describedAs!.replace(/^(?:the|that|this) (?:\p{L}+ )?(?:one|guy|man|dude|person|suspect|fellow)\s+(?:(who|that)|(whose))\s+/u, (_m, who?: string) => (who ? `${surname} ` : `${surname}'s `));
      const fits = this.data.cases.filter((x) => {
        const text = said(x.surname);
        if (text === q.describedAs) return false;
        const r = this.check(text);
        return r.kind === "claims" && r.checks.length === 1 && r.checks[0]!.verdict === "supported";
      });
      if (fits.length === 1) return { ...q, cases: [fits[0]!.id], via: "described", kind: q.kind === "which" ? "value" : q.kind };
    }
    // a description that fits no case is someone the article does not report on
    const specific = q.description.filter((s) => !this.reader.isCue("cases", s));
    // (not with a pronoun: "he'd already met with them" is about a case named before, not someone new)
    if (specific.length && !q.pronoun && !this.evaluator.fitsAny(specific) && q.kind !== "greeting" && q.kind !== "offtopic") return { ...q, kind: "silent", silent: UNRECOGNISED };
    return q;
  }

  /** A value typed into a surname option: one case, another person, ambiguous, or nothing. */
  resolveCase(value: string): NameMatch | null {
    return this.names.resolveOption(value);
  }

  /** Autocomplete order for what has been typed so far. */
  rankCases(typed: string): Case[] {
    return this.names.rank(typed);
  }
}

/** Each sentence once, and none that an earlier, longer sentence already says ("…, and Qi was sentenced to …" then "Qi was sentenced to …"). */
function onceEach(sentences: readonly string[]): string[] {
  const kept: string[] = [];
  // (a short sentence, "No.", is dropped only when said again word for word)
  for (const s of sentences) if (!kept.some((k) => k === s || (s.length >= 20 && k.includes(s.replace(/[.!?]$/u, ""))))) kept.push(s);
  return kept;
}
