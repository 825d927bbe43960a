// A message that asks two things at once ("how did qi get the docs out and
// what was he sentenced to", "宋为什么被处罚？他坐牢了吗？", "1) … 2) …"):
// its questions, each to be read on its own. Words only.
import { unwrap } from "./wrapping.js";

const WH = "(?:what|whats|what's|who|whom|whose|which|why|how|when|where|did|does|do|was|were|is|are|can|could|has|had)";
/** "…, and what was he sentenced to": a second question joined by "and" */
const AND_WH = new RegExp(`\\s*(?:,\\s*(?:and|also|plus)?|\\s+and(?: also)?|\\s+plus|\\s+\\+)\\s+(?=${WH}\\b)`, "iu");
/** a part that asks or says something, not a bare noun phrase ("the unemployed guy") */
const ASKS_SOMETHING = new RegExp(`\\b${WH}\\b|\\b(?:\\w+ed|got|took|sent|stole|made|lost|went|gave|sold|met|get|gets|has|have)\\b|[?？]`, "iu");
/** "so the guy whose startup tanked and got his accounts frozen, what …": a description, then the question about him */
const DESCRIBED_FIRST = /^(?:(?:so|and|ok|okay|hey|well)[,\s]+)*(?:the|that|this) (?:[\w'-]+ ){0,3}?(?:guy|one|man|dude|person|suspect|fellow|bloke|employee)(?: (?:who|whose|that|with)\b.*)?$/iu;
/** "1) … 2) …", "1. … 2. …" */
const NUMBERED = /(?:^|\s)\(?[1-5][).]\s+/u;
/** a question mark inside the text, with more text after it */
const INNER_MARK = /(?<=[?？])\s*(?=\S)/u;

const BACK_REFERENCE = /^(?:and |so )?(?:how (?:long|much|many)|what|is|was|does|did) (?:is |was )?(?:that|it|this|those)\b/iu;

/** Each part must hold at least this many words to stand as a question of its own. */
const MIN_WORDS = 3;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length + (s.match(/\p{Script=Han}/gu) ?? []).length / 2;

/** The questions a message asks, in order; one element when it asks one thing. */
/** a Chinese question word or particle: the clause asks something */
const ZH_ASKS = /吗|呢|什么|怎么|怎样|为什么|为何|为啥|多久|多少|几|谁|哪/u;

export function splitQuestions(text: string): string[] {
  const t = text.trim();
  let parts: string[];
  if (NUMBERED.test(t) && t.split(NUMBERED).filter((p) => p.trim()).length >= 2) parts = t.split(NUMBERED);
  // (after a question mark, only another question: "…?? W for the mss" is a remark)
  else if (INNER_MARK.test(t)) parts = t.split(INNER_MARK).filter((p, i) => i === 0 || /[?？]\s*$/u.test(p) || ZH_ASKS.test(p) || new RegExp(`^${WH}\\b`, "iu").test(p.trim()));
  else {
    // ("who was unemployed, who was an employee, who was a former worker": each question after the last, up to three)
    parts = [];
    let rest = t;
    for (let m = AND_WH.exec(rest); m && parts.length < 2; m = AND_WH.exec(rest)) {
      // (the first part asks something too: "job-hunting dude, what'd he get" is one question about him)
      const first = rest.slice(0, m.index);
      if (!(m.index > 0 && (!/^\s*,\s*$/u.test(m[0]) || (ASKS_SOMETHING.test(first) && !DESCRIBED_FIRST.test(first))))) break;
      parts.push(first);
      rest = rest.slice(m.index + m[0].length);
    }
    parts.push(rest);
  }
  parts = parts.map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  // "…, how long is that altogether": the second part asks about the first, not a question of its own
  // ("who, what, punishment for each": question words listed bare ask for the whole story, as one question)
  if (parts.slice(1).some((p) => BACK_REFERENCE.test(p)) || parts.slice(0, -1).some((p) => BARE_WH_LAST.test(p))) return [t];
  return parts.length >= 2 && parts.every((p) => words(p) >= MIN_WORDS) ? parts.slice(0, 3) : [t];
}

/** a part that ends in a question word alone ("short version: who"): one of a list of them */
const BARE_WH_LAST = /(?:^|[\s:,])(?:who|what|when|where|why|how|which)\s*$/iu;
/** "[…,] when the agency asked about the unit, what did he tell them": a time clause (no question of its own), then the question */
const TIME_CLAUSE_THEN_ASK = /^(.*?)\b((?:when|after|once|as soon as) (?!(?:did|does|do|was|were|is|are|will|would|can|could|has|had|exactly)\b)[^,?？]+),\s*((?:what|whats|what's|who|whom|whose|which|why|how|where)\b[^,]+)$/iu;
/** a question's first word: what a sentence asking something starts with */
const ASKS = /^(?:(?:ok(?:ay)?|so|and|but|also|then|one more|last one|quick one|quick q)[,:]?\s+)*(?:who|whom|whose|which|what|whats|what's|why|how|when|where|is|was|were|are|did|does|do|can|could|has|had|have|will|would)\b/iu;
/** the asker speaking of themselves: a remark, not a description of a case */
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|my|me|we|we're|our|us)\b/iu;
/** sentence ends, and emoji that close a remark ("… tonight 😅 does the law …") */
const SENTENCE_END = /(?<=[.!:;。！；])\s+|(?<=\p{Extended_Pictographic})\s+/u;

/** a question in question form (not a statement asked back): an auxiliary or a question word first */
const STATEMENT_ASK_START = /^(?:so |and |but |wait |ok |also )?(?:is|was|were|are|am|did|does|do|has|had|have|can|could|would|will|should|isn'?t|wasn'?t|weren'?t|aren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|hadn'?t|haven'?t|isnt|wasnt|werent|arent|didnt|doesnt|dont|hasnt|hadnt|who|whom|whose|which|what|whats|what's|why|how|when|where)(?![\p{L}'])/iu;
/** the foreign agencies as a noun phrase ("the spy agencies", "the foreign side") */
const AGENCY_NOUN = /^(?:the |a |those |these )?(?:foreign |overseas )?(?:spy |spies |intelligence )?(?:agency|agencies|spies|agents|handlers|side|intelligence services?)$/iu;
/** "is this article about hackers", "what's the story about": the article's topic asked */
const ABOUT_ARTICLE = /^(?:so |wait |ok |lol )?(?:is|was|are) (?:this|the|that|these) (?:article|story|piece|report|news|post)s? (?:(?:even|actually|really|just|all|mainly|mostly) )?(?:about|on|regarding)\b|^(?:这篇|这个|该)?(?:文章|报道|新闻)(?:主要)?(?:讲|说|写|报道)了?(?:啥|什么)/iu;

/** Whether a question is in question form: an auxiliary or a question word first, not a statement asked back. */
export const inQuestionForm = (text: string): boolean => STATEMENT_ASK_START.test(text);
/** Whether a noun phrase is the foreign agencies ("the spy agencies", "the foreign side"). */
export const isAgencyNoun = (phrase: string): boolean => AGENCY_NOUN.test(phrase.trim());
/** Whether a question asks what the article is about ("is this article about hackers", "这篇文章讲了啥"). */
export const asksAboutArticle = (text: string): boolean => ABOUT_ARTICLE.test(text);

/**
 * "did the one who couldn't find a job get punished even though nothing he had
 * was secret?": a yes/no question's concession is given, not asked; the main
 * clause is the question.
 */
export function withoutConcession(text: string): string {
  // (a statement asked back, "zhong was still employed there when he contacted them?", asks its main clause too)
  const { core } = unwrap(text);
  if (!/^(?:did|does|do|was|were|is|are|has|had|can|could|would|will)\b/iu.test(core) && !(/[?？]\s*$/u.test(core) && !/^(?:who|whom|whose|what|whats|what's|which|why|how|when|where)\b/iu.test(core))) return text;
  // ("was zhong still working there when he contacted the spies?": the time a clause sets is given, not asked)
  const m = /^(.+?),?\s+(?:even though|even tho|even if|although|though|despite(?: the fact that)?|tho|altho|when|(?<!\ba )while)\b([^?？]*)([?？]+[^?？]*)?$/iu.exec(text);
  // (not a clause that itself asks: "…, when the agency asked about the unit, what did he tell them?")
  if (!m || words(m[1]!) < MIN_WORDS || /\b(?:what|who|whom|whose|which|why|how|where)\b/iu.test(m[2]!)) return text;
  return `${m[1]!}${m[3] ?? ""}`;
}

/**
 * "this reads like a movie plot honestly. did zhong manage to meet them?": a
 * remark, then the question. The question alone, and the remark for any case
 * it names; null when the message is not shaped so.
 */
export function lastQuestion(text: string): { context: string; question: string } | null {
  // "what does MSS stand for? i keep seeing it": the question, then a remark that asks nothing
  const tail = /^(.+?[?？])\s+([^?？]+)$/u.exec(text.trim());
  // (not a question in Chinese after it: "…right? 他最后怎么处理的")
  // ("who got prison time? names only": how the answer is wanted, kept with the question)
  // (nor "quick summary pls": the whole case wanted, which makes the question before it an overview)
  // (nor "give me the url": a request of its own, which the question before it only leads up to)
  const after = tail && !NAMES_WANTED.test(tail[2]!) && !SUMMARY_WANTED.test(tail[2]!) && !GIVE_ME.test(tail[2]!) && !ASKS.test(tail[2]!.trim()) && !ZH_ASKS.test(tail[2]!) && (FIRST_PERSON.test(tail[2]!) || words(unwrap(tail[2]!).core) <= 5 || WHO_I_MEAN.test(tail[2]!)) && words(tail[1]!) >= MIN_WORDS ? tail : null;
  const t = after ? after[1]!.trim() : text.trim();
  const before = remarkFirst(t);
  if (before) return after ? { context: `${before.context} ${after[2]!}`, question: before.question } : before;
  return after ? { context: after[2]!, question: t } : null;
}

/** "… ? the guy with the frozen accounts": who the question means, said after it; a description, asking nothing */
const WHO_I_MEAN = /^\s*(?:i mean |you know,? )?(?:the|that) (?:guy|one|man|dude|person|suspect|fellow|bloke|employee)\s+(?:with|who|whose|that|from)\b[^?？]*$/iu;
const GIVE_ME = /^\s*(?:(?:pls|please|plz|and|also|then)\s+)?(?:give|gimme|show|send|tell|link)\s+(?:me|us)\b/iu;
const SUMMARY_WANTED = /^\s*(?:(?:a|an|the)\s+)?(?:(?:quick|short|brief|fast|full)\s+)?(?:summary|overview|rundown|run-down|recap|gist|tl;?dr|breakdown)\b|^\s*(?:summari[sz]e|sum (?:it|him|them) up)\b|^\s*in (?:short|brief)\s*[.!]*\s*$/iu;
const NAMES_WANTED = /^\s*(?:(?:sur)?names? only|only (?:the |their )?(?:sur)?names?|just (?:the |their )?(?:sur)?names?)\b/iu;

/** A remark, then the question after it ("this reads like a movie plot honestly. did zhong …"). */
function remarkFirst(t: string): { context: string; question: string } | null {
  // "ok so i skimmed this on the bus, can u give me the gist": a remark of the asker's own, then the question after a comma
  // (not after a clause that asks: "I was wondering, does the statute …, and what's …" keeps both its questions)
  // (or an ellipsis: "…, his business tanked, and then… what exactly did he do")
  const comma = /^(.+)(?:,|\s*(?:\u2026|\.{3}))\s*((?:(?:but|so|and|anyway)\s+)?(?:can|could|would|will)\s+(?:you|u|ya)\b.+|(?:(?:but|so|and|anyway)\s+)?(?:who|whom|whose|which|what|whats|what's|why|how|when|where)\b.+)$/iu.exec(t);
  // (the asker's own words: "can you tell me" is wrapping, not a remark; "I was wondering, what's X, and what's Y" asks twice)
  const ownRemark = (remark: string, question: string) =>
    FIRST_PERSON.test(unwrap(remark).core) && !(/^(?:and|but|or)\b/iu.test(question) && /,\s*(?:what|whats|what's|who|whom|whose|which|why|how|when|where)\b/iu.test(remark));
  // (nor a condition the question works on: "bear with me, if you add X and Y, how many months is that")
  const condition = comma ? /(?:^|[,:;—-]\s*)if\b/iu.test(comma[1]!) : false;
  if (comma && !condition && ownRemark(comma[1]!, comma[2]!) && !/[?？]/u.test(comma[1]!) && !/,\s*(?:does|do|did|is|are|was|were|can|could|would|will|has|have|had)\b/iu.test(comma[1]!) && words(comma[1]!) >= 5 && words(comma[2]!) >= MIN_WORDS) return { context: comma[1]!, question: comma[2]!.trim() };
  // ("the guy from the subsidiary, when the agency asked about the unit, what did he tell them he was": the time clause is given,
  // not asked; the question after it is read with what came before as its context)
  const timed = TIME_CLAUSE_THEN_ASK.exec(t);
  if (timed && words(timed[3]!) >= MIN_WORDS) return { context: `${timed[1]!} ${timed[2]!}`.trim(), question: timed[3]!.trim() };
  const parts = t.split(SENTENCE_END).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length < 2) return null;
  const question = parts[parts.length - 1]!.trim();
  const context = parts.slice(0, -1).join(" ");
  if (/[?？]/u.test(context) || !ASKS.test(question) || words(question) < MIN_WORDS) return null;
  return { context, question };
}

/**
 * "is the guy who lost money the one who photographed documents?", "was it
 * the unemployed guy or the investor who got caught?", "qi is the one who got
 * 27 months": whom a deed belongs to. The subjects (one, or two to choose
 * between) and the deed, as a which-question ("who photographed documents").
 */
export interface IdentityQuestion {
  subjects: string[];
  deed: string;
  /** "A is not the one who P" */
  denied?: boolean;
  /** "the unemployed one is zhong": the subject must be a surname, since any one word could follow "is" */
  surname?: true;
}

// (one describing word may come first: "the unemployed guy who …"; not "the only one", which counts)
const ONE = String.raw`the (?:same |very same |exact same )?(?:(?!only\b|sole\b|first\b|last\b|second\b|third\b|other\b|same\b)[\p{L}-]+ ){0,2}(?:one|ones|person|guy|man|dude|suspect|individual|fellow|bloke|case|employee|worker|investor|entrepreneur|insider)`;
// (or a participle, for "who was": "the one sentenced to 2 years", "the guy caught before the meeting")
const REL = String.raw`((?:who|that|whose|with|described as having|described as|(?:the article|the report|the story|the ministry|the mss|it) (?:calls|called|describes as|described as|refers to as|referred to as|labels|labelled|labeled)) |(?=(?:\p{L}+ed|caught|given|taken|thrown|stopped|nabbed)\b))`;
const HEDGE = String.raw`(?:also |actually |really |in fact |just )?`;
/** "is A the one who P", "was A also the same person who P" */
// (asked in the negative, the same question: "wasn't song the guy who …", "isn't it true that qi is the one who …")
const IS_A_THE_ONE = new RegExp(String.raw`^(?:so |and |but |then )?(?:is|was|are|were|isn'?t|wasn'?t|aren'?t|weren'?t|is not|was not)(?: it (?:true|right|correct|the case) that (.+?) (?:is|was|'s))? (?!it\b|he\b|she\b|that\b|this\b)(.+?)?\s?${HEDGE}${ONE} ${REL}(.+)$`, "iu");
/** "A, is he the one who P" */
const A_IS_HE = new RegExp(String.raw`^(.+?),? (?:is|was) (?:he|she|that|this|it) ${HEDGE}${ONE} ${REL}(.+)$`, "iu");
/** "was it A (or B) who P" */
const WAS_IT = /^(?:so |and |but |then )?(?:was|is|wasn'?t|isn'?t) it (.+?)(?: or (.+?))? (?:who|that) (.+)$/iu;
/** "…, or was that qi": a second subject to choose between */
const OR_WAS_THAT = /^(.+?),?\s+or (?:was|is) (?:that|it) ([\p{L}]+)$/iu;
/** "the one who claimed to be a researcher was qi", "the man apprehended before … was song": the deed first, then whose */
const THE_ONE_WAS_A = /^(?:so |and |but )?(?:the|that) (?:(?!only\b|first\b|last\b|other\b|same\b)[\p{L}-]+ )?(?:one|guy|man|person|suspect|dude|individual|fellow|bloke|case)\b(?: (who|that|whose|with))? (.+?),? (?:was|is|'s) (?:actually |really |in fact |just )?([\p{L}]+)$/iu;
/** "创业失败、银行账户被冻结的是宋": the deed, then 的是 and whose */
const ZH_THE_ONE_WAS_A = /^(.{2,}?)的(?:人|那个人|那个|那位)?(?:是|就是)(\p{Script=Han}{1,2})$/u;
/** "宋就是那个…的人": the case, then the deed */
const ZH_A_IS_THE_ONE = /^(\p{Script=Han}{1,2}?)(?:某)?(?:就|正)?是(?:那个|那位|那名)(.{2,}?)的(?:人|那个|那位|人员)?$/u;
/** the same as claims: "A is the one who P", "it was A who P" */
const A_IS_THE_ONE = new RegExp(String.raw`^(.+?)(?: (?:is|was|are|were|'s)|'s|’s) ${HEDGE}${ONE} ${REL}(.+)$`, "iu");
/** "the unemployed one is zhong": the one a single word describes, then who it is */
const THE_ADJ_ONE_IS = /^(?:so |and |but )?(?:the|that) ((?!only\b|first\b|last\b|other\b|same\b|one\b)[\p{L}-]+) (?:one|guy|man|person|suspect|dude|individual|fellow|bloke),? (?:was|is|'s) (?:actually |really |in fact |just )?([\p{L}]+)$/iu;
const A_IS_NOT_THE_ONE = new RegExp(String.raw`^(.+?) (?:is not|was not|are not|were not|isn'?t|wasn'?t|aren'?t|weren'?t|isnt|wasnt|arent|werent|'s not) ${HEDGE}${ONE} ${REL}(.+)$`, "iu");
const IT_WAS = /^it (?:was|is|'s) (.+?) (?:who|that) (.+)$/iu;

/** "the one the article calls unemployed": the article's own word for a case */
const REPORTED_AS = /^(?:the article|the report|the story|the ministry|the mss|it) /u;
/** "zhong is the unemployed one": a case, then the one a single word describes */
const A_IS_THE_ADJ_ONE = /^([\p{L}]+) (?:is|was|'s) (?:actually |really |in fact |just )?the ((?!only\b|first\b|last\b|other\b|same\b|one\b|second\b|third\b)[\p{L}-]+) (?:one|guy|man|person|suspect|dude|individual|fellow|bloke)$/iu;
const deedOf = (rel: string, deed: string): string => {
  const r = rel.toLowerCase().trim();
  if (r === "with" || r === "described as having") return `who had ${deed}`;
  if (r === "described as" || r === "" || REPORTED_AS.test(r)) return `who was ${deed}`;
  return `${r === "whose" ? "whose" : "who"} ${deed}`;
};

/** A question whose answer is who did a deed, or null. */
export function identityQuestion(text: string): IdentityQuestion | null {
  const asked = text.trim().replace(/[?？!.]+$/u, "").trim();
  // ("was song the one with bank accounts frozen or was that qi": the second subject after the deed)
  const other = OR_WAS_THAT.exec(asked);
  const t = other ? other[1]! : asked;
  // ("zong was the one who got 2 years, right?": the claim asked back)
  const tagged = /,?\s*\b(?:right|correct|true|yes|yeah|isn'?t (?:it|he)|wasn'?t (?:it|he)|no)\s*$/iu;
  const backed = !/^(?:how|what|whats|who|whom|whose|which|why|when|where)\b/iu.test(t) && (tagged.test(t) || /[?？]\s*$/u.test(text));
  const plain = identityOf(t) ?? (backed ? identityClaim(t.replace(tagged, "")) : null);
  return plain && other ? { ...plain, subjects: [...plain.subjects, other[2]!] } : plain;
}

function identityOf(t: string): IdentityQuestion | null {
  const cleft = WAS_IT.exec(t);
  if (cleft) return { subjects: [cleft[1]!, ...(cleft[2] ? [cleft[2]] : [])], deed: `who ${cleft[3]!}` };
  const asked = IS_A_THE_ONE.exec(t);
  if (asked && (asked[1] ?? asked[2])) return { subjects: [(asked[1] ?? asked[2])!.trim()], deed: deedOf(asked[3]!, asked[4]!) };
  // ("is the unemployed one zhong?": the one a single word describes, asked to be a case)
  const adj = /^(?:is|was) (?:the|that) ((?!only\b|first\b|last\b|other\b|same\b|one\b)[\p{L}-]+) (?:one|guy|man|person|suspect|dude|individual|fellow|bloke) ([\p{L}]+)$/iu.exec(t);
  if (adj) return { subjects: [adj[2]!], deed: `who was ${adj[1]!}`, surname: true };
  const m = A_IS_HE.exec(t);
  return m ? { subjects: [m[1]!], deed: deedOf(m[2]!, m[3]!) } : null;
}

/** A claim that a deed was one case's: "A is the one who P", "it was A who P" (not "it was A, not B, who P"). */
export function identityClaim(text: string): IdentityQuestion | null {
  const t = text.trim().replace(/[.!。！]+$/u, "").trim();
  const cleft = IT_WAS.exec(t);
  if (cleft && !/,/u.test(cleft[1]!)) return { subjects: [cleft[1]!], deed: `who ${cleft[2]!}` };
  const m = A_IS_THE_ONE.exec(t);
  if (m && !/^(?:it|he|she|that|this|there)$/iu.test(m[1]!)) return { subjects: [m[1]!], deed: deedOf(m[2]!, m[3]!) };
  // ("the guy with frozen accounts is not the one who got 2y3m": the same, denied)
  const not = A_IS_NOT_THE_ONE.exec(t);
  if (not && !/^(?:it|he|she|that|this|there)$/iu.test(not[1]!)) return { subjects: [not[1]!], deed: deedOf(not[2]!, not[3]!), denied: true };
  // (the deed first: "the man apprehended before … was song"; without "who", a participle is what was done to him)
  const caseFirst = A_IS_THE_ADJ_ONE.exec(t);
  if (caseFirst) return { subjects: [caseFirst[1]!], deed: `who was ${caseFirst[2]!}`, surname: true };
  const adj = THE_ADJ_ONE_IS.exec(t);
  if (adj) return { subjects: [adj[2]!], deed: `who was ${adj[1]!}`, surname: true };
  const late = THE_ONE_WAS_A.exec(t);
  if (late) return { subjects: [late[3]!], deed: late[1] ? deedOf(late[1], late[2]!) : `who ${/^\w+ed\b/iu.test(late[2]!) ? "was " : ""}${late[2]!}` };
  const zh = ZH_THE_ONE_WAS_A.exec(t);
  if (zh) return { subjects: [zh[2]!], deed: `谁${zh[1]!}` };
  // "宋就是那个以前在涉密单位下属公司上班的人": whose, then the deed
  const zhA = ZH_A_IS_THE_ONE.exec(t);
  return zhA ? { subjects: [zhA[1]!], deed: `谁${zhA[2]!}` } : null;
}

/**
 * A question about the order of things in one case: two things to put in
 * order ("which came first for song, failing to land a job or reaching out
 * to the agency?", "did song contact the agency before he got penalties?"),
 * or the whole case in order ("order of events for zhong?").
 */
export type OrderQuestion =
  | { kind: "pair"; first: string; second: string; asked: "before" | "after" | "which"; subject: string | null }
  | { kind: "timeline" };

const TIMELINE = /\b(?:order of (?:events|things|what happened)|timeline|time line|sequence of events|chronolog(?:y|ical(?:ly)?)|(?:in )?what order|(?:the )?(?:right|correct) order|put (?:it|them|things|the events|everything) in order)\b/iu;
const AUX = String.raw`(?:did|was|were|had|has|is|does)`;
const OTHER_WAY = /,?\s+or\s+(?:was it\s+|is it\s+|did it go\s+)?(?:(?:the )?other way (?:a)?round|vice versa|the reverse)$/iu;
/** "for song: …", "for song's case, …": whose case the rest asks about */
const FOR_CASE = /^(?:for\s+(\S+?)(?:'s case)?\s*[,:\-\u2013\u2014]\s*)(.+)$/iu;
/** "which came first (for song), A or B" */
const WHICH_FIRST = /^(?:which|what)(?: one| thing| event| step| part)? (?:came|comes|happened|happens|was|is|occurred) (?:first|earlier)(?:\s+(?:for|with|in)\s+(\S+?)(?:'s case)?)?\s*[,:\-\u2013\u2014]?\s+(.+?),?\s+or\s+(.+)$/iu;
/** "did A before or after B" */
const BEFORE_OR_AFTER = new RegExp(String.raw`^(${AUX}\s+.+?)\s+(?:before or after|after or before)\s+(.+)$`, "iu");
/** "did A before B", "was A after B" */
const ASKED_ORDER = new RegExp(String.raw`^(${AUX}\s+.+?)\s+(before|after)\s+(.+)$`, "iu");
/** "was A first and then B (, or the other way around)" */
const FIRST_THEN = new RegExp(String.raw`^(${AUX}\s+.+?)\s+first,?\s+(?:and\s+)?then\s+(.+)$`, "iu");

/** The order question a text asks, or null. */
export function orderQuestion(text: string): OrderQuestion | null {
  const t = text.trim().replace(/[?\uff1f!.]+$/u, "").trim().replace(OTHER_WAY, "");
  const lead = FOR_CASE.exec(t);
  const body = lead ? lead[2]! : t;
  const subject = lead ? lead[1]! : null;
  const which = WHICH_FIRST.exec(body);
  if (which) return { kind: "pair", first: which[2]!, second: which[3]!, asked: "which", subject: subject ?? which[1] ?? null };
  const either = BEFORE_OR_AFTER.exec(body);
  if (either) return { kind: "pair", first: either[1]!, second: either[2]!, asked: "which", subject };
  const then = FIRST_THEN.exec(body);
  if (then) return { kind: "pair", first: then[1]!, second: then[2]!, asked: "before", subject };
  const asked = ASKED_ORDER.exec(body);
  // ("was zhong caught before he could meet them": what the article says did not happen, read whole)
  if (asked && !/^(?:he|she|they)?\s*(?:could|can|was able to|got to|had a chance to|ever got to)\b/iu.test(asked[3]!) && asked[3]!.split(/\s+/u).length >= 2) {
    return { kind: "pair", first: asked[1]!, second: asked[3]!, asked: asked[2]!.toLowerCase() as "before" | "after", subject };
  }
  return TIMELINE.test(t) ? { kind: "timeline" } : null;
}

/**
 * "was qi sentenced or just investigated?", "did song get jailed or only
 * fined?": a choice between two things said of the same case, each asked as
 * a yes/no of its own (the second with the first's auxiliary).
 */
export function choiceQuestion(text: string): { first: string; second: string } | null {
  const t = text.trim().replace(/[?\uff1f!.]+$/u, "").trim();
  // ("did qi's stuff actually have state secrets in it or was it all hype": the other option set against it in its own clause)
  const m = /^((?:did|was|were|is|are|has|had|does)\s+.+?)\s+or\s+(?:was it\s+|did he\s+|was he\s+)?(?:just|only|merely|simply|rather|instead)\s+(.+)$/iu.exec(t) ?? /^((?:did|was|were|is|are|has|had|does)\s+.+?)\s+or\s+(?:was|is)\s+(?:it|that|this|everything|it all)\s+(?:all\s+|just\s+|only\s+|simply\s+)?(.+)$/iu.exec(t);
  if (!m || m[2]!.split(/\s+/u).length > 6) return null;
  const aux = m[1]!.split(/\s+/u)[0]!;
  return { first: m[1]!, second: `${aux} ${m[2]!}` };
}
