// The shape of a question in plain English: is it yes/no, a list, a count, a
// comparison, arithmetic; which durations, quantifiers and negations it holds.
// None of these words belong to the article; its own words are in data/.
import { firstTermAt, parseHanTerms, parseTerms } from "../duration.js";
import type { Amount, Arithmetic, Op, Predicate, Query } from "../query.js";

export interface Cues {
  empty: boolean;
  helpRequest: boolean;
  instruction: boolean;
  yesno: boolean;
  which: boolean;
  /** "who caught them", "who investigated zhong": who did it to the cases (the authorities), not which case */
  agentAsked: boolean;
  /** "who were they trying to sell secrets to": whom a deed was aimed at, not which case did it */
  recipient: boolean;
  howMany: boolean;
  why: boolean;
  comparative: boolean;
  superlative: boolean;
  /** "what did they have in common": what the cases share */
  common: boolean;
  negated: boolean;
  /** "avoid", "escape", "get off": a verb that denies its object */
  avoided: boolean;
  /** "more or less than": two directions offered */
  choice: boolean;
  quantifier: Query["quantifier"];
  hasTerm: boolean;
  op: Op;
  amount: Amount | null;
  subjectTerm: number | null;
  arithmetic: Arithmetic | null;
  range: "within" | "below" | "above" | null;
  lawWords: boolean;
  life: boolean;
  jailed: boolean;
  sentenced: boolean;
  punished: boolean;
  fined: boolean;
  /** "administrative penalties": the lighter kind of penalty, not prison */
  administrative: boolean;
  arrested: boolean;
  employed: boolean;
  unemployed: boolean;
  /** "sentenced or penalized": a penalty of one kind or punishment of any, which is the broader */
  anyPenalty: boolean;
  /** a man or a woman named as what a case is ("were they all men", "is qi female") */
  sex: "male" | "female" | null;
  /** a job said in the past tense ("worked for", "was employed"): held then, whatever came after */
  pastWork: boolean;
  /** "failed to secure a job": no job, though said as a cause too ("his money problems came from failing to find a job") */
  jobless: boolean;
  formerly: boolean;
  /** "still working there", "at the time": employment asserted at the time of the deeds */
  still: boolean;
  website: boolean;
  stateSecrets: boolean;
  /** "convicted of X", "sentenced for X": the offence named */
  convictedOf: boolean;
  /** "offered secret info", "tried to sell classified stuff": what was offered, not what the materials held */
  offered: boolean;
  /** "tried to sell secrets", "想出卖国家秘密": an attempt, which a negation denies as it is ("never tried to sell secrets") */
  soughtToSell: boolean;
  /** "broke the law", "did anything illegal" */
  unlawful: boolean;
  /** "jailed for violating the law": the law broken given as a penalty's ground */
  lawGround: boolean;
  /** "can someone get ...", "what could I face": about the law, not about a case */
  hypothetical: boolean;
  /** "5 to 10 years": a range written out */
  span: boolean;
  /** the range written out, in months ("10 to 15 years": 120 to 180) */
  spanMonths: { min: number; max: number } | null;
  /** "political rights": a term is about the rights, not the prison term */
  rights: boolean;
  /** "was his rights ban longer than his prison term": one case's two terms compared */
  terms: Extract<Predicate, { type: "terms" }> | null;
  /** "worked there for over ten years": a span of an activity, which the article never gives, not a term */
  activitySpan: boolean;
  /** "at least two": a count is a floor */
  atLeast: boolean;
  /** "lighter", "shorter", "less": a comparison pointing down */
  lesser: boolean;
  /** a small count that is not a duration ("two of them", "three suspects") */
  number: number | null;
  /** "the one who ...", "the guy whose ...", "he": one case, described rather than named */
  singular: boolean;
}

const AUX = /^(?:is|was|were|are|am|did|does|do|has|had|have|can|could|would|will|should|isnt|wasnt|didnt|doesnt|dont|werent|arent|hasnt|havent|hadnt|isn't|wasn't|didn't|doesn't|don't|weren't|aren't|hasn't|haven't|hadn't)\b/u;
/** "say someone got the midpoint", "assuming he had": a case supposed, not one of the article's */
export const SUPPOSED = /\b(?:say|suppose|supposing|imagine|hypothetically|let'?s say|if|assuming)\b/u;
const OPENS_SUPPOSING = new RegExp(String.raw`^\s*(?:what )?${SUPPOSED.source}`, "iu");
/** A question that opens on a supposition it then works on ("if you offer public info but pretend it's secret, is that illegal"). */
export const opensSupposing = (text: string): boolean => OPENS_SUPPOSING.test(text);
/** "pretended", "faked", "passed it off", "made it look": the verbs of a pretence, for the question and the claim alike */
export const PRETENCE_VERBS = String.raw`pretend(?:s|ed|ing)?|fak(?:e|ed|es|ing)|act(?:s|ed|ing)? like|made (?:it|them) (?:look|seem)|pass(?:es|ed|ing)? (?:it|them|this|that|the \p{L}+) off`;
/** a tag that repeats the verb ("…, did he?", "…, wasn't it?"): it asks the verb's positive, whatever the statement said */
export const VERB_TAG = /(?:,|\s)\s*(?:isn'?t it|is it|wasn'?t it|was it|didn'?t (?:he|they|she)|did (?:he|they)|wasn'?t (?:he|she)|was (?:he|she))\s*\?*\s*$/u;
/** a tag after a statement ("…, right?", "… did he?"): the statement is what is asked */
export const TAG = /(?:,|\s)\s*(?:right|correct|true|yes|yes or no|true or false|right or wrong|correct or not|fact or fiction|yes\/no|y\/n|isn'?t it|is it|wasn'?t it|was it|didn'?t (?:he|they|she)|did (?:he|they)|wasn'?t (?:he|she)|was (?:he|she)|no|yeah|ya|innit|huh|or not|am i right|is (?:that|this|it) (?:right|correct|true|so|accurate|a fact)|(?<!\b(?:how (?:long|much|many|old|big)|what|which|who|when|where|why)(?: \w+)?\s)is (?:that|this|it)(?= *\?* *$))\s*\?*\s*$/u;
/** "out of zhong, qi and song, who …", "zhong, qi, song - which of them …": the ones to choose among, set first */
const AMONG_WHICH = /^(?:(?:out of|of|among|amongst|between|from) [^,?]{1,60},|[^,?\u2013\u2014]{1,40}(?:,[^,?\u2013\u2014]{1,40}){1,3}\s*(?:\s-|[\u2013\u2014]))\s*(?:who|whom|whose|which)\b/u;
const WHICH = /^(?:who|whom|whose|which|name (?:the|all|every|each)|list (?:the|all|every|each)|list\b|was it \w+ or)\b|\b(?:which|who) (?:of (?:them|the|these|those)|one|suspects?|person|people|guys?|men|man|cases?)\b/u;
const INSTRUCTION = /\b(?:(?:give|send|share) me (?:some |any )?(?:tips|advice|ideas)|(?:tips|advice) (?:for|on) (?:finding|getting|landing|making|investing|starting)|write|compose|draft|draw|sing|translate|generate|roleplay|role play|pretend (?:you|that you)|act as (?:a|an|my|if)|ignore (?:your|all|previous|the)|(?:system|your) prompt|new instructions?|tell (?:me )?a joke|a joke|poem|haiku|song lyrics|recipe|weather|forecast|stock price|bitcoin|crypto|world cup|football|soccer|nba|movie|(?:do|help (?:me )?with|solve|finish) (?:my )?homework|(?<!criminal |penal |legal |civil )code|python|javascript|capital of|meaning of life|what time is it|what'?s the time|what day is (?:it|today)|today'?s date|who are you(?=\s*[?!.,]*$)|are you (?:a )?(?:human|bot|real|ai|alive))\b/u;
const REQUEST = /^(?:can|could|would|will) (?:you|u|ya|ye)(?: (?:please|pls|plz|just|quickly))? (?:summari[sz]e|explain|tell|describe|give|list|show|walk|sum|break|recap|outline|go over)\b/u;
/** "qi got life??", "the qi guy really took classified docs HOME??": a statement asked about, yes or no */
/** "for qi, did he …": a topic set before the question */
// (and a short phrase of setting with no comma: "in severe cases can it be more than 10 years")
const RECIPIENT = /^(?:to (?:whom|who)\b|(?:who|whom)\b.*\b(?:sell|sold|selling|offer\w*|giv\w*|gave|send\w*|sent|provid\w*|pass\w*|leak\w*|hand\w*|trad\w*|pledg\w*)\b.*\bto(?:\s*[,\u2014-]?\s*\w+(?: \w+)? or \w+(?: \w+)?)?$)/u;
const TOPIC_FIRST = /^(?:ok(?:ay)? )?(?:so )?(?:for|about|regarding|re|as for|as to|and|now|then)? ?[^,?]{1,30},\s*|^if [^,?]{1,60},\s*|^(?!(?:who|whom|what|which|whose|why|how|when|where|so|and|but|or|then|now|ok|okay|wait|hey|hi|yo|it|he|they|she|there|this|that)\b)[\p{L}'’-]+ (?=(?:is|was|were|did|does|do|has|had) (?:it|he|they|she)\b)|^(?:in|for|under) (?!(?:which|what|whose|how)\b)(?:[\w-]+ ){1,3}?(?=(?:can|could|is|are|was|were|does|do|did|would|will)\b)/u;
const DECLARED = /^(?!(?:who|whom|whose|which|what|whats|why|how|when|where)\b)(?:\S+\s+){0,6}?(?:got|gets|was|is|were|are|went|had|has|took|takes|stole|sold|met|did|made|lost)\b[^?]*\?{2,}|^(?!.*\b(?:who|whom|whose|which|what|whats|why|how|when|where|or)\b)(?:(?:\S+\s+){0,3}?|\S+ and \S+ (?:both|all|each|also) )(?:got|was|is|were|had|has|it'?s|that'?s|thats|he'?s|they'?re|theyre|went|took|stole|sold|met|made|lost|pledged|claimed|contacted|photographed|copied|downloaded|sent|gave|told|spilt|paid|kept|broke|brought|faced|sought|caught|spent|left|became|bought|punishes|covers|applies|bans|forbids|includes|allows|requires|wasn'?t|weren'?t|didn'?t|hasn'?t|hadn'?t|isn'?t|aren'?t|doesn'?t|don'?t|never|(?:was|were|did|has|had) not)\b[^?]*\?\s*$/u;
/** "zhong spilled details on a project?": any verb in -ed, after a subject (not the asker's own "skimmed this earlier, …?") */
const DECLARED_ED = /^(?!.*\b(?:who|whom|whose|which|what|whats|why|how|when|where|or)\b)(?:(?:\S+\s+){1,3}?|\S+ and \S+ (?:both|all|each|also) )\w{3,}ed\b[^?]*\?\s*$/u;
/** the same, its subject a description already read off ("[the one with the failed venture] spilled …?") */
const DECLARED_ED_BARE = /^(?!.*\b(?:who|whom|whose|which|what|whats|why|how|when|where|or)\b)\w{3,}ed\b[^?]*\?\s*$/u;
/** "more or less harshly than", "longer or shorter than": which way, not yes or no (not "more or less 2 years", about) */
const BOTH_WAYS = /\b(?:more or less|less or more)\s+\w+ly\s+than\b|\b(?:harsher or (?:lighter|milder|softer|more lenient)|(?:lighter|milder|softer) or harsher|heavier or lighter|lighter or heavier|worse or better|better or worse)(?:\s+\w+)?\s+than\b/u;
const CHOICE = /^(?:is|was|were|are|did|does|do|had|has)\b.* (?:\w+) or (?!not\b|no\b|just\b|merely\b|simply\b|nah\b|nope\b|naw\b|nay\b|what\b|something\b|anything\b|so\b|more\b|less\b|longer\b)(?:(?:for|by|from|with|through|via|in|on|at|to) )?(?:\w+)(?: \w+){0,2}$/u;
const HELP = /^(?:help|what can you do|what do you (?:do|know|answer)|how do (?:i|you) use (?:you|this|it)|commands|what are you|who made you|\?+|start|menu)\W*$/u;

const OPS: Array<[RegExp, Op]> = [
  // ("qi < 3 yrs", "qi >= 2y"): the signs themselves
  [/(?:>=|≥)\s*\d/u, ">="],
  [/(?:<=|≤)\s*\d/u, "<="],
  [/>\s*\d/u, ">"],
  [/<\s*\d/u, "<"],
  [/\d\+|\b(?:at least|no less than|not less than|(?<!\b(?:the|its|law'?s|their|his|range'?s) )(?:a )?minimum of(?= (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|or more|or longer|and up|reach(?:es|ed|ing)?(?! out)|make it to|hit(?:s|ting)? (?=(?:the|that|its|a) ))/u, ">="],
  [/\b(?:at most|no more than|not more than|up to|a maximum of|or less|or fewer|or shorter|tops|caps?|capped|maxes out)\b/u, "<="],
  // ("more time than the maximum", "a longer sentence than": words between the two)
  [/\b(?:(?:more|longer|greater) (?:(?:prison |jail )?(?:time|years?|months?|sentences?|terms?) )?than|over|above|exceed(?:s|ed|ing)?|beyond|upwards of|in excess of|plus)\b/u, ">"],
  // (not "under the cited range", "under the law": according to it, not below it)
  [/\b(?:(?:less|shorter|fewer) (?:(?:prison |jail )?(?:time|years?|months?|sentences?|terms?) )?than|under(?! (?:the |this |that )?(?:[\w-]+ )?(?:range|ranges|law|laws|act|statute|guidelines?)\b(?!'s|’s))|below|lower than|short of|not even|barely)\b/u, "<"],
  [/\b(?:about|around|roughly|approximately|approx|nearly|almost|close to|some|like|ish|or so)\b/u, "~"],
];
export const MIN = /\b(?:minimum|min|lower (?:end|bound|limit)|bottom|floor|low end|(?:least|lowest|shortest|smallest) (?:sentence|term|punishment|penalty|prison term|jail term))\b/u;
/** the middle of the cited range */
const MID = /\b(?:mid-?point|middle|halfway point|half-way point)\b/u;
/** which point of the range the words name */
const SET_BESIDE = /\b(?:vs|versus|compared?|comparing|against|beside)\b/u;
const refOf = (en: string): "min" | "max" | "mid" => (MID.test(en) ? "mid" : MAX.test(en) && !MIN.test(en) ? "max" : MIN.test(en) ? "min" : "max");
export const MAX = /\b(?:maximum|max|upper (?:end|bound|limit)|top|ceiling|cap|high end|the most (?:you|someone|one|anyone|a person) can|(?:heaviest|harshest|stiffest|toughest|most severe|highest|longest|worst) (?:\(?(?:possible|standard|normal|regular|ordinary|usual|basic|non-? ?severe)\)?\s+){0,2}(?:sentence|punishment|penalty|prison term|jail term|term)s? (?:under|in|by|for|is|was|possible|allowed|available|you|someone|one|anyone|a person)\b)/u;
const SPAN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
function spanOf(en: string): { min: number; max: number } | null {
  const m = SPAN_PARTS.exec(en);
  if (!m) return null;
  const n = (x: string) => SPAN_NUMBERS[x] ?? Number(x);
  return { min: n(m[1]!) * 12, max: n(m[2]!) * 12 };
}
const SPAN_PARTS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:-|to|and)[ -]?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[ -]?(?:years?|yrs?)\b/u;
/** "5 to 10 years", "five-to-ten-year", "2-8 year": a range written out */
const SPAN = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:-|to|and)[ -]?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[ -]?(?:years?|yrs?)\b/u;
/** "五年以上十年以下": a range the way Chinese law writes it, both ends included */
const ZH_LAW_SPAN = /([零〇一二两三四五六七八九十\d]+)年以上[，,、]?\s*([零〇一二两三四五六七八九十\d]+)年以下/u;
function zhSpanOf(raw: string): { min: number; max: number } | null {
  // ("三到七年": the unit written once, after the second number)
  const to = /([零〇一二两三四五六七八九十\d]+)年?\s*(?:到|至|-|~|－|—)\s*([零〇一二两三四五六七八九十\d]+)年/u.exec(raw);
  const m = ZH_LAW_SPAN.exec(raw) ?? to;
  const lo = m ? parseHanTerms(`${m[1]}年`)[0] : undefined;
  const hi = m ? parseHanTerms(`${m[2]}年`)[0] : undefined;
  return lo && hi && !lo.life && !hi.life ? { min: lo.months, max: hi.months } : null;
}
const ZH_SPAN = /[零〇一二两三四五六七八九十\d]+年?\s*(?:到|至|-|~|－|—)\s*[零〇一二两三四五六七八九十\d]+年/u;
const FACTOR: Array<[RegExp, number]> = [
  [/\bhalf\b/u, 0.5],
  [/\b(?:a )?third\b/u, 1 / 3],
  [/\b(?:a )?quarter\b/u, 0.25],
  [/\b(?:double|twice)\b/u, 2],
  [/\b(?:triple|thrice|three times)\b/u, 3],
  // ("the 10-year top is more than four times qi's term": a range end said to be a multiple of a case's term)
  [/\b(?:four|4) times\b/u, 4],
  [/\b(?:five|5) times\b/u, 5],
  [/\b(?:six|6) times\b/u, 6],
];

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
function countIn(en: string, raw: string): number | null {
  // (not the first end of a span: "the 5-10 year range")
  const m = /(?<!\bbetween )\b(one|two|three|four|five|six|[1-6])\b(?!\+)(?![- ]?(?:years?|months?|yrs?|mos?)\b)(?! and a half)(?!\s*(?:-|\u2013|to|and)\s*(?:\d|ten|twelve|fifteen|twenty))/u.exec(
    // ("every one of them", "no one": a quantifier, not a count)
    en.replace(/\b(?:only|just|exactly|every|each|any|no|not|not a|a)(?: single)? one\b|\b(?:of )?(?:the|all|these|those) (?:three|3)\b/gu, ""),
  );
  if (m) return COUNT_WORDS[m[1]!] ?? Number(m[1]);
  if (/\bmost of (?:them|the (?:suspects|cases|three|men))\b|\bthe majority\b/u.test(en) || /大多数|大部分/u.test(raw)) return 2;
  // ("宋是一名失业男子": after 是, 一名 is "a", not a count)
  // ("三个人里只有齐…": "of the three", the ones counted among, not a count)
  const h = /((?<![是为成])一|[二两三四五六])(?:个|名|起|人)(?!人?(?:里|中|当中|之中|里面|中间))/u.exec(raw);
  return h ? ({ 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 } as Record<string, number>)[h[1]!]! : null;
}

/** the political rights, or their deprivation named alone ("2 yrs 3 months + the deprivation period") */
const RIGHTS_WORD = /\b(?:political|rights|deprivation|deprived)\b/u;

const NO_ONE_COULD = /\b(?:nobody|no ?-?one) (?:can|could|would|might|may)(?: ever| possibly| actually| really| legally)? (?:get|face|receive|be)\b/u;

/** "can someone get ...", "would someone getting 4 years ...": about the law, not a case. */
function hypothetical(en: string): boolean {
  return (
    /\b(?:can|could|would|might|may|will) (?:someone|somebody|anyone|anybody|one|people|a person|you|i|offenders?|spies|a spy|they)\b(?! of them)(?! (?:tell|explain|say|let|give|help|show|check|confirm|remind|list|name|summari[sz]e|sum|describe|break|walk|fill|clarify|quote|recap|outline|go over|run through|look|catch|bring|update|brief|inform|teach|point)\b)/u.test(en) ||
    /\b(?:someone|somebody|anyone|a person|people|offenders?|you|nobody|no ?-?one) (?:can|could|would|might|may)(?: ever| possibly| actually| really| legally)? (?:get|face|receive|be)\b/u.test(en) ||
    /\bif (?:someone|somebody|anyone|i|you|a person) (?:got|gets|was|were|had)\b/u.test(en) ||
    // ("what would happen to someone who buys secrets": what the law holds for anyone who does it)
    /\bwhat (?:would|will|could|might|can) (?:happen|be done) to (?:someone|somebody|anyone|anybody|a person|people|you|me|a spy|spies)\b/u.test(en) ||
    // ("providing secrets abroad gets you 1 to 5 years": what the deed brings anyone)
    /\b(?:gets?|lands?|earns?|brings?) (?:you|u|someone|somebody|anyone|people|one|a person) (?:\d|a |an |up to|between|about|around|life|one|two|three|four|five|six|seven|eight|nine|ten)/u.test(en)
  );
}

/** "who caught them", "who investigated zhong": the doer of what was done to the cases asked, not one of them */
const AGENT_ASKED = /^(?:(?:so|and|but|ok|okay)\s+)?(?:who|which (?:agency|body|authority|authorities|organ|organs|department))\s+(?:\w+ly\s+)?(?:investigated|arrested|caught|apprehended|nabbed|detained|discovered|busted|uncovered|stopped|tracked down|exposed|looked into|probed|picked up)\s+(?:them|him|the (?:suspects|three|guys|men|spies)|all (?:three|of them)|(?!the\b|a\b|an\b)\p{L}+)\b/u;

/** "song downloaded public stuff? did that still count as breaking the law?": a yes/no asked last, of what was said before it */
const ASKED_OF_THAT = /[?.!]\s+(?:(?:and|so|but|ok)\s+)?(?:did|does|do|is|was|would|could|can|will)\s+(?:that|it|this|those|these)\b[^?.!]*\?\s*$/u;

/** a verb that denies its object: "did qi avoid prison", "did song get off" */
const AVOIDED = /\b(?:avoid(?:ed|s|ing)?|escap(?:e|ed|es|ing)|evad(?:e|ed|es|ing)|dodg(?:e|ed|es|ing)|(?:got|get|gets|getting) off(?! (?:with|lightly|easy|easily|light))|walk(?:ed|s)? free|went free|go free)\b/u;

/** what the cases share: "in common", "common thread", "what links them" */
const COMMON = /\b(?:in common|common (?:thread|factor|denominator|ground|pattern|link|theme|element)s?|what (?:links|connects|ties) (?:them|the (?:three|cases|suspects))|similarit(?:y|ies) (?:between|among|in)|(?:do|did) (?:they|the (?:three|suspects|cases)|all (?:three|of them)) (?:all )?(?:have|share) in common|what (?:do|did) (?:they|the (?:three|suspects|cases)|all (?:three|of them)) (?:all )?share)\b/u;

/** Chinese yes/no asked as "A not A": 有没有, 是不是, 是否, 判没判 */
const ZH_A_NOT_A = /有没有|是不是|是否|对不对|有无|(\p{Script=Han})[不没]\1/u;

/**
 * "all three weren't jailed", "三个人都不涉密": the negation under the quantifier, so none of them.
 * ("not all of them were jailed", "they didn't all go to prison" and 不都 deny the "all" itself, and stay as they are.)
 */
const ALL_NOT = /\b(?:all|both|each|every one)(?: (?:three|two|of them|of the (?:three|two|suspects|men|cases)|the suspects|three suspects|three of them|of their \w+|their \w+))? (?:(?:just|really|actually|basically) )?(?:were|was|are|is|did|do|does|had|have|has|could)(?:n'?t| not| never| no)\b|\b(?:all|both)(?: three| of them)? never\b|\b(?:they|the (?:three|suspects|men)) (?:all|both) (?:were|was|are|did|do|had|have|has)(?:n'?t| not)\b/u;
const ZH_ALL_NOT = /[都均](?:不|未|并不|并未)(?!到|足|止|超过|少于|多于|少|小|轻|错|久|断|停|得不|管)/u;

export function allNot(en: string, raw: string): boolean {
  return ALL_NOT.test(en) || ZH_ALL_NOT.test(raw);
}

/** "none of qi's stuff", "not one of his files": what a case had, denied whole (not "none of them", "none of the three") */
const NONE_OF_THINGS = /\b(?:none|not one|not a single one|not any|neither) of (?:his|its|(?!the\b|them\b|these\b|those\b|us\b|you\b)\p{L}+['’]s|the (?:stuff|materials?|files?|documents?|docs|info|information|intel|photos?|pictures?|data|things?))\b/u;

function quantifier(en: string, raw = ""): Query["quantifier"] {
  if (allNot(en, raw)) return "none";
  if (/没有人|无人|都没有|都没|没有一个|没一个|无一/u.test(raw)) return "none";
  // ("三人中只有齐一个人缺钱": only the one named, of the three)
  if (/只有.{1,4}?一(?:个|人|位|名)|(?:中|里|当中)只有|^只有/u.test(raw)) return "one";
  if (/都|全部|三人|三名/u.test(raw)) return "all";
  // ("none of qi's stuff had secrets": a thing of the case denied, not the cases counted)
  if (NONE_OF_THINGS.test(en)) return null;
  if (/\b(?:none|no one|noone|nobody|neither|not one|not a single|not any of)\b/u.test(en)) return "none";
  if (/\b(?:(?:only|just|exactly) (?:one|1)(?! (?:years?|months?|yrs?|mos?|weeks?|days?|decades?)\b)|a single (?:one|suspect|person|case|man|guy)|only (?:one )?(?:of them|suspect|person))\b/u.test(en) || /^only\b(?! (?:\w+ly )?(?:got|gets|get|received|receives|faced|served)\b)/u.test(en) || /只有一(?:个|人|位|名)|仅有?一(?:个|人|位|名)|就一个/u.test(raw)) return "one";
  // ("of the three, only song was …": the one named is singled out of them, as "only song was …" is, not all of them asserted)
  if (/\b(?:of|among|out of) (?:all )?(?:the |these |those )?(?:three|3)(?: (?:suspects|of them|men|guys|cases|people))?,? (?:only|just)\b/u.test(en)) return "one";
  // ("did any of the three …": any, whatever "the three" says)
  if (/\b(?:any|either) (?:one )?of (?:the|them|these|those)\b/u.test(en)) return "any";
  // "at least two of the three": a count of them, not all of them
  if (/\b(?:two|2|four|4) of (?:the|them|these|those|all)\b/u.test(en)) return null;
  // ("all the way to life", "at all": no quantifier)
  // ("is 10 years the maximum in every case": of the range's ends, "in every case" is always, not each of the three)
  const always = /\b(?:maximum|minimum|max|min|cap|ceiling|floor|limit)\b/u.test(en) ? /\b(?:in|for) (?:every|all|each|any) (?:single )?cases?\b/gu : /$^/gu;
  if (/\b(?:all|every|each|both|everyone|everybody|all three|the three|all of them|each of them)\b/u.test(en.replace(/\ball the way\b|\bat all\b|\ball along\b|\bafter all\b|\ball over\b/gu, " ").replace(always, " "))) return "all";
  if (/\b(?:any|anyone|anybody|someone|somebody|either|any of them|at least one)\b/u.test(en)) return "any";
  return null;
}

const DECIMAL = /\bdecimal\b|\bin years\b|\bhow many years\b/u;
/** "33 months longer than", "2 years 9 months short of": a gap between two terms, said */
const DIFF_SAID = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:more|extra|additional) (?:years?|yrs?|months?|mos?) (?:short of|shy of|to reach|to get to|to hit|until|before reaching|from)\b|\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:years?|yrs?|months?|mos?)(?:,? (?:and )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) ?(?:months?|mos?))? (?:(?:longer|shorter|more|less|fewer|higher|lower) than|short of|shy of|(?:below|under|above|over) (?:the|his|what|\p{L}+'s)\b)/u;

/** "more than one of the suspects", "more than two of them": a count exceeded */
const MORE_THAN_COUNT = /\b(?:more than|over) (?:one|two|three|1|2|3)\b(?! (?:years?|months?|yrs?|mos?|times?|agenc\w*|documents?|projects?|websites?)\b)(?= (?:of|suspects?|people|persons|men|cases?|individuals)\b)|\bmore (?:suspects|people|persons|men|cases|individuals) than (?:just |only )?(?:the |these |those )?(?=(?:one|two|three|1|2|3)\b)/u;

/** "more suspects than just these three": more than a count said after "than" */
const MORE_THAN_THE = /\bmore (?:suspects|people|persons|men|cases|individuals) than (?:just |only )?(?:the |these |those )?(one|two|three|1|2|3)\b/u;

/** "2 years 3 months = 23 months", "27 months is 2 years 3 months": one figure said to be another */
const RESTATED = /\d[\w ]*?\b(?:months?|years?|yrs?|mos?)\b\s*(?:=|is|equals?|equal to|comes? to|makes|means|works out to)\s*(?:exactly |just |only |about )?\d/u;

/** "rank the three by …", "order them from …", "sort the suspects by …": a ranking asked */
const RANKING = /\b(?:rank|ranked|ranking|order|sort|sorted|arrange|arranged|list|put)\b(?: (?:the|them|all|these|those|three|suspects|cases|guys|people|men|of|in))*\s(?:by|from|in order of|according to|based on)\b/u;

/** "worked on classified projects for over ten years": how long something went on, not a term */
const ACTIVITY_SPAN = /\b(?:worked|working|works|work|been|employed|served|spent|stayed)\b.*\bfor (?:over |more than |about |around |nearly |almost |at least |the past |the last )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several|many) (?:years?|months?|decades?)\b/u;
/** a hypothetical scaling of a case's own term; "twice the minimum" scales the range instead, so a term word must follow */
// (a bare "'s" is a described case's, its description read off: "half of the investor's sentence")
/** the term a case got, or the years without political rights ("half of qi's political rights deprivation") */
const TERM_NOUN = String.raw`(?:sentence|term|prison|jail|time|(?:political )?rights(?: (?:deprivation|ban|loss|term))?|(?:rights )?(?:deprivation|ban))`;
const SCALED: Array<[RegExp, number]> = [
  [new RegExp(String.raw`\b(?:doubled|doubling)\b|\b(?:double|twice) (?:(?:his|her|their|the|that|this|\w+'s|'s|the (?:[\w-]+ ){0,2}\w+'s) )?(?:own )?${TERM_NOUN}\b`, "u"), 2],
  [new RegExp(String.raw`\b(?:tripled|tripling)\b|\b(?:triple|three times) (?:(?:his|her|their|the|that|this|\w+'s|'s) )?(?:own )?${TERM_NOUN}\b`, "u"), 3],
  // ("qi's total jail months times two", "multiplied by 3": the term scaled, said after it)
  [/\b(?:times|multiplied by|x)\s*(?:2|two)\b(?! (?:months?|years?|weeks?|days?|yrs?)\b)/u, 2],
  [/\b(?:times|multiplied by|x)\s*(?:3|three)\b(?! (?:months?|years?|weeks?|days?|yrs?)\b)/u, 3],
  // ("if you cut qi's sentence by a third": what is left of it)
  [/\b(?:cut|cuts|reduced?|shortened|shorten|trimmed|trim|slashed|slash|lowered|lower|decreased?)\b(?: [\w']+){0,4}? by (?:a|one) third\b|\b(?:a|one) third\b[^?]*\b(?:knocked|taken|shaved|cut|chopped|lopped) off\b|\b(?:knock|knocked|take|took|taken|shave|shaved|lop|lopped) (?:a|one) third off\b/u, 2 / 3],
  ...([[3, "3|three", "third"], [4, "4|four", "quarter|fourth"]] as const).map(([n, digits, part]): [RegExp, number] => [
    // ("if you split qi's prison term into three equal parts", "qi's sentence divided by 3", "a third of qi's sentence")
    new RegExp(String.raw`\b(?:divided|divide|divides|dividing) (?:[\w']+ ){0,4}?by (?:${digits})\b(?! (?:months?|years?|weeks?|days?))|\b(?:split|splits|splitting|broken|break|breaking|cut|cuts|chopped|chop|sliced|slice|divided|divide)\b(?: [\w']+){0,5}? (?:into|in) (?:${digits})\b(?! (?:months?|years?|weeks?|days?))|(?:\b(?:a|one) |^)(?:${part}) of (?:his|her|their|that|this|\w+'s|'s|the (?:[\w-]+ ){0,2}\w+'s) (?:own )?${TERM_NOUN}\b`, "u"),
    1 / n,
  ]),
  [new RegExp(String.raw`\b(?:halve|halves|halved|halving)\b|\b(?:cut|cuts|reduced?|shortened|shorten|trimmed|trim|slashed|slash|lowered|lower|decreased?)\b(?: [\w']+){0,4}? (?:by half|in half)\b|\bhalf (?:of )?(?:his|her|their|that|this|\w+'s|'s|the (?:[\w-]+ ){0,2}\w+'s) (?:own )?${TERM_NOUN}\b|\bhalf (?:of )?the (?:jail |prison )?(?:term|sentence)\b|(?<=\b(?:got|gets|get|sentenced to|given|serving|served)\b[^?]*\d[^?]*,\s*(?:so |and |but )?(?:what(?:'s| is)|whats|how much is|how long is|what would be) )half (?:of )?(?:that|this|it)\b`, "u"), 0.5],
];

/** "if qi's sentence were doubled, would it be within the range?": a yes/no asked of a hypothetical */
const CONDITIONAL_ASK = /^(?!.*\b(?:how|what|whats|which|who|whom|whose|when|where|why)\b)(?:if|suppose|supposing|assuming|say)\b.*?,?\s(?:would|will|could|is|was|does|did) (?:it|he|that|this|they|she|the \w+)\b/u;

const SOUGHT_TO_SELL = /\b(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?|want(?:ed|ing)?|looking|sought|seeking) (?:to )?(?:sell|trade|offer)(?:ing)? (?:(?:state|classified|china'?s|national|some|the|his) )?(?:secrets?|info|information|intel|intelligence)\b/u;
const ZH_SOUGHT_TO_SELL = /(?:想|试图|企图|打算|要)(?:出卖|卖|出售|提供|交易)(?:国家)?(?:秘密|机密)/u;

// "how many times longer is the top of the normal range than its bottom": the range's ends against each other
const RANGE_RATIO = /\b(?:how many times|what multiple)\b.*\b(?:ceiling|maximum|max|top|upper (?:end|bound|limit)|high end|highest)\b.*\b(?:floor|minimum|min|bottom|lower (?:end|bound|limit)|low end|lowest)\b/u;

const WITHIN_RANGE = /\b(?:in|inside|within|into|fall in|land in)\b (?:the |that |this )?(?:[\w-]+ ){0,4}?range\b/u;

// "how wide is the 5-to-10 year range", "the gap between the floor and the ceiling": the range's top less its bottom
const LOW_END = String.raw`(?:floor|minimum|min|bottom|lower|low|lowest)(?:[- ](?:end|bound|limit|point))?`;
const HIGH_END = String.raw`(?:ceiling|maximum|max|top|upper|high|highest)(?:[- ](?:end|bound|limit|point))?`;
const GAP = String.raw`(?:(?:gap|difference|distance|spread)(?: in (?:months|years))?|how (?:many|much) (?:years|months|yrs|time)(?: (?:are|is) there)?) between|how (?:many|much) (?:years|months|yrs|time) (?:separates?|lies? between|sits? between)`;
const RANGE_WIDTH = new RegExp(String.raw`\b(?:ceiling|maximum|max|top|upper (?:end|bound|limit)|high end|highest)\b.*\b(?:exceeds?|exceeding|is (?:above|over|more than))\b.*\b(?:floor|minimum|min|bottom|lower (?:end|bound|limit)|low end|lowest)\b|\bhow (?:wide|broad) is (?:the )?(?:[\w-]+ ){0,4}?range\b|\bhow many (?:years|months|yrs) (?:wide|broad|apart)\b|\bhow many (?:years|months|yrs) (?:does|do) (?:the )?(?:[\w-]+ ){0,4}?range (?:span|cover|stretch)\b|\b(?:width|spread) of (?:the )?(?:[\w-]+ ){0,4}?range\b|(?=.*\b(?:range|law|bounds?|limits?|ends?|cited|minimum|maximum|min|max|floor|ceiling)\b)(?:\b(?:${GAP}) (?:the )?(?:[\w'-]+ )?${LOW_END}\b.*\b${HIGH_END}\b|\b(?:${GAP}) (?:the )?(?:[\w'-]+ )?${HIGH_END}\b.*\b${LOW_END}\b)`, "u");

/** prison and lost rights, or two terms, taken together ("combined", "put together", "back to back") */
const SUMMED = /\b(?:combined|together|sum|plus|add|adding|added|add(?:s|ed)? up|in total|altogether|back[- ]to[- ]back|one after (?:the )?(?:other|another)|consecutive(?:ly)?|end[- ]to[- ]end|incl(?:uding|uded)?|total)\b|\+/u;

/** a question that opens by asking how far apart two things are ("how much longer is …", "how many months short …") */
const GAP_ASKED = /^(?:so |and |ok |okay )?how (?:much|many (?:more |fewer |extra )?(?:years|months|yrs)|far)\b/u;

function arithmetic(en: string, raw: string, hasRef: boolean, terms: readonly { life: boolean; months?: number }[], factor = 1): Arithmetic | null {
  // the prison term against the lost political rights
  // ("the two parts of qi's punishment": prison and the lost rights, without naming either)
  const both = RIGHTS_WORD.test(en) && /\b(?:prison|jail|sentence|term)\b/u.test(en);
  if (both || /\b(?:two|both) (?:parts|halves|components|pieces|elements)\b/u.test(en)) {
    // ("what fraction of qi's prison term is his rights ban": the same ratio, the other way up)
    // (a multiple stated, "three times as long as his rights deprivation", is a claim of it, not a ratio asked)
    if (/\bhow many times\b|(?<!\b(?:two|three|four|five|\d+(?:\.\d+)?) )\btimes (?:longer|as long)\b|\bratio\b|\b(?:fraction|proportion|percent(?:age)?|share)\b|%/u.test(en)) return { op: "ratio-rights" };
    // (not the two taken together against an end of the range: "how much longer is the 10 year top than his prison and rights put together")
    if (!(hasRef && SUMMED.test(en)) && /\bhow (?:much|many (?:years|months)) (?:longer|more|shorter|less)\b|\bby how (?:much|many (?:years|months))\b|\bhow many (?:more|extra|fewer|less) (?:years|months)\b|\bdifference\b|\bgap\b|\bminus\b|\bsubtract(?:ed|ing)?\b|\btake away\b|\s[-\u2212]\s/u.test(en)) return { op: "diff-rights" };
    // "which was longer, the prison term or the rights deprivation", "prison term vs rights": the two set against each other;
    // "15 months longer than his loss of political rights": a difference said
    if (both && (/\bwhich\b.*\b(?:longer|shorter|bigger|smaller|more|less|lasts?|lasted)\b|\b(?:vs|versus)\b/u.test(en) || /\b(?:months?|years?) (?:longer|shorter|more|less) than\b/u.test(en) || /\b(?:exceed\w*|outlast\w*|outrun\w*)\b.*\bby\b/u.test(en))) return { op: "diff-rights" };
  }
  // ("the five-year minimum is 33 months longer than qi's term", "qi's term is 33 months short of the minimum": a gap said, held against the range's end)
  // ("qi's term is 3 months longer than two and a half years": against a term named after the comparison, or before it as the subject)
  const gapSaid = DIFF_SAID.exec(en);
  const gapTerm = gapSaid ? parseTerms(gapSaid[0].replace(/\b(?:more|extra|additional) (?=years?|yrs?|months?|mos?)/u, ""))[0] : undefined;
  if (gapSaid && gapTerm && !gapTerm.life && gapTerm.months !== undefined && !RANGE_WIDTH.test(en)) {
    const after = en.slice(gapSaid.index + gapSaid[0].length);
    const before = en.slice(0, gapSaid.index);
    const termAfter = parseTerms(after).find((x) => !x.life);
    const termBefore = parseTerms(before).filter((x) => !x.life).at(-1);
    const refBefore = MIN.test(before) || MAX.test(before) || MID.test(before);
    const target: Amount | null = hasRef ? { ref: refOf(en), factor: 1 } : termAfter?.months !== undefined ? { months: termAfter.months } : termBefore?.months !== undefined ? { months: termBefore.months } : null;
    // (which side is the longer: the case's, unless the range's end or another term stands before the comparison as its subject)
    // ("33 more months to reach the minimum": the target is above, whatever "more" says)
    const toReach = /\b(?:to reach|to get to|to hit|until|before reaching|short of|shy of)\b/u.test(gapSaid[0]);
    const longer = !toReach && /\b(?:longer|more|higher|above|over)\b/u.test(gapSaid[0]);
    const caseFirst = hasRef ? !refBefore : termAfter !== undefined;
    if (target) return { op: "to", target, said: gapTerm.months, sign: longer === caseFirst ? 1 : -1 };
  }
  if (RANGE_WIDTH.test(en) || new RegExp(String.raw`\b${HIGH_END}\b.*\b(?:minus|take away|subtract(?:ed)?|less)\b.*\b${LOW_END}\b`, "u").test(en)) return { op: "width" };
  // ("what's half of the 5 year minimum": a point of the range scaled, its own figure beside it, with no case's term to work on;
  // without the figure, "what is half the minimum" is the point itself, read elsewhere)
  if (hasRef && factor !== 1 && terms.length === 1 && !terms[0]!.life && !SCALED.some(([re]) => re.test(en)) && /^(?:so |and |ok )?(?:what(?:'s|s| is| are)|how (?:much|long) is|how many (?:months|years) is)\b/u.test(en)) return { op: "in-units", unit: "months", of: { ref: refOf(en), factor } };
  if (RANGE_RATIO.test(en)) return { op: "range-ratio" };
  // ("the top of the normal range is twice the bottom": one end said to be a multiple of the other, no term of a case in it)
  const maxAt = en.search(MAX);
  const minAt = en.search(MIN);
  if (maxAt >= 0 && minAt >= 0 && factor !== 1 && !terms.some((x) => !x.life)) return { op: "range-ratio", said: factor, first: maxAt < minAt ? "max" : "min" };
  // "if qi's sentence were doubled": the case's own term scaled, not a point of the range
  // (with both terms named, "double his rights deprivation" sets one against the other: no term is scaled on its own)
  const scale = both ? undefined : SCALED.find(([re]) => re.test(en))?.[1];
  if (scale !== undefined) {
    const named = terms.find((x) => !x.life && x.months !== undefined);
    const against: Amount | undefined = hasRef ? { ref: MID.test(en) ? "mid" : MAX.test(en) && !MIN.test(en) ? "max" : "min", factor: 1 } : named ? { months: named.months! } : undefined;
    // ("would three times qi's sentence land inside the 5-10 year range": held against the whole range, not one end of it)
    if (WITHIN_RANGE.test(en)) return { op: "scaled", factor: scale, within: true };
    return against ? { op: "scaled", factor: scale, against } : { op: "scaled", factor: scale };
  }
  // ("齐的刑期一半是多久": half of the case's own term)
  // (not one term asked to be half the other: "齐的剥夺政治权利时间是有期徒刑的一半吗", the two set against each other)
  const termsAsked = /政治权利/u.test(raw) && /刑期|徒刑|坐牢/u.test(raw) && /吗|是不是|是否/u.test(raw);
  if (/一半|减半/u.test(raw) && !/最低|最少|最高|最多|法定|上限|下限/u.test(raw) && !termsAsked) return { op: "scaled", factor: 0.5 };
  // ("如果齐的刑期翻倍": the case's own term doubled or tripled)
  const zhTimes = /翻倍|翻一番|加倍|(?:两|2)倍/u.test(raw) ? 2 : /翻两番|(?:三|3)倍/u.test(raw) ? 3 : null;
  if (zhTimes && /刑期|徒刑|坐牢|判|政治权利/u.test(raw) && !/最低|最少|最高|最多|法定|上限|下限|比/u.test(raw) && !termsAsked) return { op: "scaled", factor: zhTimes };
  // ("齐某刑期加政治权利剥夺一共多少个月": "加" with a total asked adds them too)
  if ((/加上|加起来/u.test(raw) || (/加(?!倍)/u.test(raw) && /一共|总共|合计|总计|共/u.test(raw))) && /政治权利/u.test(raw) && /刑期|徒刑|坐牢|判/u.test(raw)) return { op: "sum-rights" };
  // ("齐的刑期比剥夺政治权利的时间长多少": the prison term against the years without political rights)
  // ("齐的刑期比剥夺政治权利的期限多15个月": the same gap, said)
  if (/政治权利/u.test(raw) && /刑期|徒刑|坐牢/u.test(raw) && /(?:长|多|短|少|差)了?(?:多少|几)|相差|差距|减去|减掉|扣除|扣掉|比.{1,16}?(?:长|多|短|少)了?\s*(?:\d|[一二两三四五六七八九十])/u.test(raw)) return { op: "diff-rights" };
  // ("齐某的刑期比五年少几个月": how far the term is from the one named after 比)
  const short = /比(.{1,8}?)(?:少|短|差|低)(?:了)?(?:多少|几)/u.exec(raw);
  const named = terms.find((x) => !x.life && x.months !== undefined);
  if (short && named && !/最低|最少|最高|最多|法定|上限|下限/u.test(raw)) return { op: "to", target: { months: named.months! } };
  // ("齐的刑期离五年还差多少": how far the term is from the one after 离)
  if (/离.{0,8}?(?:还)?(?:差|少|短)(?:了)?(?:多少|几)/u.test(raw) && named && !/最低|最少|最高|最多|法定|上限|下限/u.test(raw)) return { op: "to", target: { months: named.months! } };
  // ("齐的刑期换算成月是多少": converted to months, with or without "in total")
  // ("齐某的刑期是多少个月": the term asked in months, a conversion as much as "in total" is)
  const zhUnit = (/多少个月|几个月/u.test(raw) && (/总共|一共|合计|总计|共/u.test(raw) || (/刑期|被判|判了|判处|徒刑|坐牢|监禁/u.test(raw) && !/政治权利|最低|最少|最高|最多|法定|上限|下限|比|离|差/u.test(raw)) ||
      // ("齐被剥夺政治权利几个月": the rights term alone, in months)
      (/政治权利/u.test(raw) && !/刑期|徒刑|坐牢|监禁|最低|最少|最高|最多|法定|上限|下限|比|离|差|加|共/u.test(raw)))) || /(?:换算|折合|折算|算)成?(?:多少个?)?月|按月算/u.test(raw) ? "months" : null;
  if (zhUnit) return { op: "in-units", unit: "months" };
  // ("how far short of half the minimum": the point scaled as the words say)
  const ref = (): Amount => ({ ref: refOf(en), factor });
  // "齐的刑期比法定最低刑期少多少": how far below the bottom of the range
  // ("少判了多少个月": how much less than it, the verb between)
  if (/(?:少|差|短|低)(?:判了?|了|坐了?)?(?:多少|几)|还差|相差|差距/u.test(raw) && /最低|最少|最高|最多|法定|上限|下限/u.test(raw)) {
    return { op: "to", target: { ref: /最高|最多|上限/u.test(raw) ? "max" : "min", factor: 1 } };
  }
  // "qi's sentence as a percent of the 5 year minimum"
  // ("how many times longer is the 10 year max than what qi got": the same share, the other way up)
  if (/\bpercent(?:age)?\b|%|\bwhat (?:fraction|share|proportion)\b|\bhow many times\b|\btimes (?:longer|as long|more|bigger|shorter)\b/u.test(en) && (hasRef || terms.some((x) => !x.life))) {
    const t = terms.find((x) => !x.life && x.months !== undefined);
    return { op: "share", target: hasRef ? ref() : { months: t!.months! }, ...(/\btimes\b/u.test(en) ? { times: true } : {}) };
  }
  // prison and rights together, held against the range ("qi prison + rights combined, still below the 5 yr minimum?")
  const rightsToo = RIGHTS_WORD.test(en) && /\b(?:prison|jail|sentence|term|time)\b/u.test(en);
  const summed = SUMMED.test(en);
  // ("is qi's prison plus rights under 5 years": the last term named is the one the total is held against)
  const last = [...terms].reverse().find((x) => !x.life);
  const against: Amount | null = hasRef ? ref() : last?.months !== undefined && /\b(?:under|below|less|fewer|shorter|more|over|above|longer|exceed\w*|at least|at most)\b/u.test(en) ? { months: last.months } : null;
  if (rightsToo && summed) return against ? { op: "sum-rights", against, ...(GAP_ASKED.test(en) ? { gap: true as const } : {}) } : { op: "sum-rights", ...(DECIMAL.test(en) ? { decimal: true } : {}) };
  const unit = /\b(?:as a )?decimal (?:number of )?(years)\b|\b(?:convert\w*|turn\w*|chang\w*|put) (?:[\w-]+ ){0,6}?(?:in)?to (months|weeks|days|years)\b|\bhow many (months?|weeks?|days?|years?|yrs?)\b|\bin (months|weeks|days|years)\b|\b(?:total|number of) (months|weeks|days)\b|\b(months|weeks|days) (?:in total|total|altogether|in all)\b|\b(years) (?:in|as) (?:a )?decimals?\b/u.exec(en);
  // ("the 5 year lower end of the range": an end of the range, not "lower than")
  const away = /\bhow (?:far|much|many (?:years|months)|long)\b.*\b(?:short|from|below|under|less|away|off|until|till|to reach|to the|shorter|lower(?! (?:end|bound|limit)))\b|\bdifference (?:in (?:months|years) )?between\b|\bhow (?:many (?:years|months|yrs)|much time) (?:are |is )?(?:there )?between\b|\b(?:short|shy) of\b|\bgap\b|\bhow much (?:longer|shorter|more|less)\b|\bhow many (?:more|extra)\b|\b(?:extra|additional) (?:years|months|time)\b|\bhow many (?:years|months|yrs) (?:longer|shorter|more|less)\b|\b(?:minus|subtract(?:ed)?|take away)\b|\bto (?:hit|reach|get to|make it to)\b/u.test(en);
  // "how many years longer is the law's minimum than qi's political rights deprivation": the rights are the subject
  const ofRights = RIGHTS_WORD.test(en) && !/\b(?:prison|jail|sentence|term|time)\b/u.test(en.replace(/\bprison (?:term|time|sentence)s? (?:of|range)\b|\bminimum (?:sentence|term)\b/gu, " "));
  if (away && hasRef) return { op: "to", target: ref(), ...(ofRights ? { of: "rights" as const } : {}) };
  // ("add the law's minimum term and qi's actual term together": the two added, not a term held against the minimum)
  if (summed && hasRef && /\b(?:add|adding|added|sum|plus|combined|together)\b|\+/u.test(en) && !RIGHTS_WORD.test(en) && !/\b(?:under|below|less|fewer|shorter|more|over|above|longer|exceed\w*|at least|at most|than)\b/u.test(en)) return { op: "plus", target: ref() };
  // ("qi 27 months — how many more months to reach 3 years": with two terms, the last is the one to reach)
  const plain = terms.filter((x) => !x.life);
  const t = plain.length >= 2 ? plain[plain.length - 1] : plain[0];
  if (away && t?.months !== undefined) return { op: "to", target: { months: t.months } };
  if (summed && RIGHTS_WORD.test(en)) return against && terms.filter((x) => !x.life).length >= 3 ? { op: "sum-rights", against } : { op: "sum-rights" };
  if (/加上|一共|总共|合计|加起来/u.test(raw) && /政治权利/u.test(raw) && /刑期|徒刑|坐牢|判/u.test(raw)) return { op: "sum-rights" };
  // ("sentenced to 27 months total, yeah?": a term stated, not one to convert)
  // ("of all three in months": a number before "in months" is no term stated)
  if (unit && (unit[4] !== undefined || !/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[\w-]*)\s*$/u.test(en.slice(0, unit.index)))) {
    // ("how many years would the max be in months": the unit said last is the one asked for)
    const last = /\bin (months|weeks|days|years)\b(?!.*\bin (?:months|weeks|days|years)\b)/u.exec(en.slice(unit.index + unit[0].length));
    const u = (last?.[1] ?? unit[1] ?? unit[2] ?? unit[3] ?? unit[4] ?? unit[5] ?? unit[6] ?? unit[7] ?? "months").replace(/s$/u, "").replace(/^yr$/u, "year");
    // ("how many months is the minimum sentence the law gives": the range's own point, with no case's term in the words)
    // ("what's the longest standard sentence in months": "what's" is no one's)
    const ofRange = hasRef && !/\b(?:his|he|their|they|him|sentenced|got|get|gets|received|served|serve)\b|(?<!\b(?:what|that|it|who|how|where|there|here|let))'s\b/u.test(en);
    // ("qi's jail time in months vs the 5-year minimum in months": the range's end set beside the term)
    // (kept beside `of`: which of the two holds is known only once the cases named are)
    const beside = hasRef && SET_BESIDE.test(en) && !MID.test(en) ? { beside: ref() } : {};
    return { op: "in-units", unit: `${u}s` as "months" | "years" | "weeks" | "days", ...(ofRange ? { of: ref() } : {}), ...beside };
  }
  return null;
}

const PRISON_WORDS = /\b(?:prison|jail|jailed|imprisonment|imprisoned|incarceration|sentence|sentenced|term|time behind bars|locked up)\b|刑期|有期徒刑|坐牢|监禁/u;
const RIGHTS_WORDS = /\b(?:political rights?|rights? (?:ban|deprivation|loss)|deprivation|deprived|lost (?:his )?rights|rights)\b|政治权利/u;

/**
 * "was he deprived of his rights for longer than his prison term", "his prison
 * term was more than double the rights ban": the prison term against the lost
 * rights, oriented so the prison term comes first.
 */
function termsCompared(en: string, raw: string, ar: Arithmetic | null, durations: number): Cues["terms"] {
  // a duration written out is compared with, not the other term ("more than 2 years in prison and 1 year without rights")
  // ("the rights ban (1 yr) is shorter than his prison term": "than" names the other term, so that is the comparison)
  if (ar || (durations && !/\bthan (?:\w+'s |his |the |their |its )?(?:\w+ ){0,2}(?:prison|jail|sentence|term|rights|political|deprivation)\b/u.test(en))) return null;
  const prison = PRISON_WORDS.exec(en) ?? PRISON_WORDS.exec(raw);
  const rights = RIGHTS_WORDS.exec(en) ?? RIGHTS_WORDS.exec(raw);
  if (!prison || !rights) return null;
  const text = /\p{Script=Han}/u.test(raw) ? raw : en;
  let op: ">" | "<" | "=" | null = null;
  let factor = 1;
  if (/\b(?:double|twice)\b|两倍|翻倍/u.test(text)) factor = 2;
  else if (/\btriple|three times\b|三倍/u.test(text)) factor = 3;
  else if (/\bhalf\b|一半/u.test(text)) factor = 0.5;
  if (/\b(?:longer|more|exceed(?:s|ed)?|greater|bigger|outlast(?:s|ed)?|over)\b|比.*长|超过/u.test(text)) op = ">";
  else if (/\b(?:shorter|less|fewer|smaller|under)\b|比.*短|不到/u.test(text)) op = "<";
  else if (/\b(?:same|equal|as long as|identical|match(?:es|ed)?)\b|一样|相同/u.test(text)) op = "=";
  else if (factor !== 1) op = "=";
  if (!op) return null;
  // the term named first is the subject: "his rights ban was longer than his prison term" is prison < rights
  const rightsFirst = (RIGHTS_WORDS.exec(text)?.index ?? 0) < (PRISON_WORDS.exec(text)?.index ?? 0);
  if (!rightsFirst) return { type: "terms", op, factor };
  // rights op factor*prison  <=>  prison flip(op) rights/factor
  return { type: "terms", op: op === ">" ? "<" : op === "<" ? ">" : "=", factor: 1 / factor };
}

/** Reads the English shape of `en` (lower case, Han removed); `raw` keeps Han for Chinese cues. */
export function CUES(en: string, raw: string, whether: boolean, described = false): Cues {
  const terms = [...parseTerms(en), ...parseHanTerms(raw)];
  // ("qi's prison term in months is 30": a bare number, in the unit the words name, is a term)
  const namedUnit = terms.length ? null : /\bin (months|years)\b/u.exec(en);
  const bareNumber = namedUnit ? /(?<![\d.])(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:-|to\b|%|percent|times|x\b|of\b|suspects?|cases?|people|men|agenc))/u.exec(en) : null;
  if (namedUnit && bareNumber) terms.push({ life: false, months: Number(bareNumber[1]) * (namedUnit[1] === "years" ? 12 : 1) });
  // (a dash after a description sets the question off as a comma does: "the jobless guy — did he …")
  const bare = en.replace(/[?!.,;:\u2014\u2013]+|\s-+\s/gu, " ").trim();
  // ("at least two years", "at most": a bound, not the least of the cases)
  const unbounded = en.replace(/\bat (?:the )?(?:least|most|minimum|maximum)\b/gu, " ");
  // ("for qi, did he …": the question after a topic set before it)
  const afterTopic = en.replace(TOPIC_FIRST, "").replace(/[?!.,;:]+/gu, " ").trim();
  const hasRef = MIN.test(en) || MAX.test(en) || MID.test(en);
  // "two and a half years" is a term, not half of one
  const unfractioned = en.replace(/\band an? (?:half|quarter|third)\b/gu, " ");
  const factor = FACTOR.find(([re]) => re.test(unfractioned))?.[1] ?? 1;
  // "under the Counter-Espionage Law", "over the website": a preposition, no comparison
  const compared = en.replace(/\b(?:under|over|above|beyond) (?:the |this |that |china'?s |chinas )?(?:[\w-]+ ){0,2}(?:law|laws|act|rules?|article|website|site|internet|phone|range|ranges|guidelines?|provisions?|statute|years? (?:of|ago))\b(?!'s)/gu, " ")
    // ("his prison time plus the 1 yr ban": "plus" between two terms adds them, it compares nothing)
    .replace(/\bplus\s+(?=(?:the|his|her|their|a|an|one|two|three|\d|rights|political|deprivation|ban|prison|jail)\b)/gu, " ");
  const found = OPS.find(([re]) => re.test(compared));
  const explicit = found?.[1];
  // (where the comparison word sits: a term written before it is the subject's own)
  const explicitAt = found ? (found[0].exec(compared)?.index ?? -1) : -1;
  let op = explicit ?? "=";
  // ("like 2 years flat": a hedge word beside one that makes the figure exact is chat; the figure is exact)
  if (op === "~" && /\b(?:flat|exactly|precisely|on the dot)\b/u.test(en)) op = "=";
  // the same comparisons in Chinese ("最高只能判十年", "至少五年", "十年以上")
  if (op === "=" && terms.length && /\p{Script=Han}/u.test(raw)) {
    if (/最高|最多|最重|顶多|上限|封顶|不超过|至多/u.test(raw)) op = "<=";
    else if (/至少|最少|起码|起步/u.test(raw)) op = ">=";
    else if (/以上|超过|多于|高于|不止|(?:年|个月)多/u.test(raw)) op = ">";
    else if (/以下|不到|不足|少于|低于/u.test(raw)) op = "<";
    else if (/左右|大约|大概|差不多/u.test(raw)) op = "~";
  }
  // "the max is 10 years" caps; "severe cases start at 20 years" is a floor
  // ("qi got the maximum ten years": a term received, not a cap)
  if (op === "=" && terms.length && (MAX.test(en) || /\btop(?:s|ped)? out\b/u.test(en)) && !/\b(?:got|get|gets|received|given|handed|sentenced to|served|serving)\b(?: \w+){0,2}? (?:the )?(?:max|maximum|full)\b/u.test(en)) op = "<=";
  else if (op === "=" && terms.length && (MIN.test(en) || /\b(?:start|begin)(?:s|ning|ing)? (?:at|from)\b/u.test(en))) op = ">=";
  // "is 2 years 3 months more than half the minimum": the first term is the subject
  let amount: Amount | null = null;
  let subjectTerm: number | null = null;
  const first = terms[0];
  // "is 10 years the max?": the cap itself is asked about, as in "is the max 10 years?"
  const isTheRef = terms.length === 1 && hasRef && !explicit && !FACTOR.some(([re]) => re.test(unfractioned));
  if (first && !first.life && !isTheRef && (terms.length >= 2 || hasRef) && /^(?:is|was|are|would|does|do)\s+\d|^(?:is|was|are|would|does|do)\s+(?:two|three|four|five|six|seven|eight|nine|ten|one|a|an)\b/u.test(bare)) {
    subjectTerm = first.months;
    const second = terms[1];
    // ("is 2 years more than half the 5 year minimum": the factor scales the figure it stands before)
    amount = second && !second.life ? { months: Math.round(second.months * factor * 1e6) / 1e6 } : { ref: MAX.test(en) ? "max" : "min", factor };
  } else if (first && !first.life && terms[1] && !terms[1].life && explicit && firstTermAt(en) >= 0 && firstTermAt(en) < explicitAt) {
    // ("qi's 2y3m is below the 5 year minimum": the term before the comparison restates the subject; the one after is compared with)
    amount = { months: Math.round(terms[1].months * factor) };
  } else if (first && !first.life) {
    // ("is qi's 2 yrs 3 mo more or less than half the 5-year minimum": the scaled term is the one after the factor)
    const scaled = factor !== 1 && terms[1] && !terms[1].life ? terms[1] : first;
    // ("would qi's 2 years 3 months be more or less than half the max": with no term after it, the factor scales the range's end
    // it stands before, the term before it restating the subject)
    const factorAt = FACTOR.map(([re]) => unfractioned.search(re)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
    const scalesRef = factor !== 1 && scaled === first && hasRef && factorAt > firstTermAt(unfractioned);
    amount = scalesRef ? { ref: refOf(en), factor } : { months: Math.round(scaled.months * factor) };
  }
  // ("qi's term is exactly the minimum": a term said to be the range's end itself)
  else if (hasRef && (factor !== 1 || op !== "=" || MID.test(en) || /\b(?:exactly|precisely|equals?|equal to|same as|identical to)\b/u.test(en))) amount = { ref: MID.test(en) ? "mid" : MAX.test(en) && !MIN.test(en) ? "max" : "min", factor };
  // ("the five-year minimum is more than double what qi got": the range's end is the subject, the case's term the one scaled)
  const factorAt = FACTOR.map(([re]) => compared.search(re)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  const refAt = [MIN, MAX, MID].map((re) => compared.search(re)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  // ("the top of the range is five times qi's sentence": the same, said exactly, with a case's term after the multiple)
  const exactMultiple = !explicit && factor > 1 && refAt >= 0 && refAt < factorAt && /\b(?:\p{L}+'s|his|what \p{L}+ got)\b/u.test(compared.slice(factorAt));
  if (hasRef && factor !== 1 && ((explicit && explicit !== "=" && explicit !== "~" && refAt < explicitAt && explicitAt < factorAt) || exactMultiple) && refAt >= 0 && subjectTerm === null) {
    amount = { ref: refOf(en), factor: 1 / factor };
    // (said exactly: not the cap a bare "max is …" would make it)
    op = exactMultiple ? "=" : op === ">" ? "<" : op === "<" ? ">" : op === ">=" ? "<=" : op === "<=" ? ">=" : op;
  }
  // ("qi's 2 years 3 months = 23 months": a term restated as another figure; the later one is what is claimed)
  if (!explicit && terms.length === 2 && !terms[0]!.life && !terms[1]!.life && RESTATED.test(en)) amount = { months: terms[1]!.months };
  const ar = arithmetic(en, raw, hasRef, terms, factor);
  // ("the difference between the top and bottom of the range is five years": a width said, not a cap the word "top" would make it)
  if (ar?.op === "width" && !explicit) op = "=";
  // ("half of qi's prison term is 13.5 months": the figure is the scaled term, so the term itself is the figure unscaled)
  if (ar?.op === "scaled" && ar.against && "months" in ar.against && !hasRef && !ar.within && terms.length === 1) amount = { months: Math.round((ar.against.months / ar.factor) * 1e6) / 1e6 };
  const rangeWords = /\b(?:range|ranges|cited|guidelines?|bracket|statutory|statute|what the law (?:says|allows)|the law allows|the law'?s? (?:range|limits?))\b/u.test(en);
  let range: Cues["range"] = null;
  const literal = /^(?:is|was|are|would|does|do|will)\s+(?:a |an )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|one)\b/u.test(bare);
  // ("比五到十年区间还要低": a range written in Chinese, its unit once)
  const zhSpan = ZH_SPAN.test(raw);
  if ((rangeWords || SPAN.test(en) || zhSpan) && (!amount || terms.length >= 2 || literal || SPAN.test(en) || zhSpan)) {
    // ("2-3 years under that law": "under" the law says which law, not that the term is below anything)
    // (so is "the minimum under the cited range": the range's own end, not a term below it)
    const lawless = en.replace(/\bunder (?:the |this |that |china'?s |chinas )?(?:[\w-]+ ){0,2}(?:law|laws|act|statute)\b/gu, " ").replace(/\b(minimum|maximum|min|max|top|bottom|cap|floor|ceiling|midpoint|middle) under (?:the |this |that )?(?:[\w-]+ )?(?:range|ranges)\b/gu, "$1");
    if (/\b(?:within|inside|in line with|consistent with|fall(?:s)? (?:in|within|into|between)|between|in the range|match(?:es)?)\b/u.test(en) || /[之以]内|范围[内里中]|区间[内里中]|之间/u.test(raw)) range = "within";
    else if (/\b(?:below|under|light|lighter|less|lower|shorter|short of|lenient)\b/u.test(lawless) || /比.*(?:低|少|短|轻)|低于|不到|以下/u.test(raw)) range = "below";
    else if (/\b(?:above|over|beyond|exceed\w*|harsh|harsher|heavy|heavier|more than|longer|outside)\b/u.test(en) || /比.*(?:高|多|长|重)|高于|超过|以上|之外/u.test(raw)) range = "above";
  }
  // (not of a case's own term scaled and held against the range written out: "three times qi's sentence inside the 5-10 year range")
  if (range && first && !first.life && (literal || hypothetical(en)) && !(ar?.op === "scaled" && ar.within)) subjectTerm = first.months;
  // ("midpoint of the 5 to 10 year range": the range written out is the one whose middle is asked)
  if (MID.test(en) && (rangeWords || SPAN.test(en) || zhSpan) && !explicit) amount = { ref: "mid", factor };
  return {
    empty: !/[\p{L}\p{N}]/u.test(bare) && !/\p{Script=Han}/u.test(raw),
    helpRequest: HELP.test(bare),
    instruction: INSTRUCTION.test(en),
    // "can you summarise it": a request, not a yes/no question
    // "was his pledge forced or voluntary": a choice between two, answered with the value, not yes or no
    // (a question word at the end asks for a value: "[the one who got 27 months] was stealing secrets on behalf of who")
    // ("was song jailed, fined, or what?": options listed, then "or what", is an open question)
    yesno: !REQUEST.test(bare) && !CHOICE.test(bare) && !/^(?:for|on behalf of|to|with|from|by) (?:who|whom|whose|what|which)\b/u.test(bare) && !/\w,\s*(?:\w+\s+){0,2}\w+,?\s+or what\s*[?!.]*$/u.test(en) && !BOTH_WAYS.test(en) && !CHOICE.test(afterTopic) && !/(?<!\bor )\b(?:who|whom|what|where|which)$/u.test(bare) && (whether || DECLARED.test(en) || DECLARED_ED.test(en) || (described && DECLARED_ED_BARE.test(en)) || /^(?:are |r )?(?:you|u|ya) (?:sure|certain)\b/u.test(bare) || /^(?:anyone|anybody|someone|somebody|everyone|everybody|any of them|all of them|none of them|any suspects?)\b.*\?\s*$/u.test(en) || (AUX.test(bare) && !/^(?:is|was) (?:it )?(?:true|the case) (?:that )?(?:who|what|why)\b/u.test(bare)) || AUX.test(afterTopic) || (TAG.test(en) && !/^(?:who|whom|whose|which|what|whats|why|how|when|where)\b/u.test(bare)) || /吗[？?]?\s*$/u.test(raw) || /(?:对吧|是吧|对不对|是不是|没错吧|对么|是么|对嘛|是嘛)[？?!！。]*\s*$/u.test(raw) || ZH_A_NOT_A.test(raw) || /^(?:is it true|true or false|fact check)\b/u.test(bare) || CONDITIONAL_ASK.test(bare) || ASKED_OF_THAT.test(en)),
    which: WHICH.test(bare) || AMONG_WHICH.test(en) || /谁|哪(?:一|几)?(?:个|位|人|些|起)/u.test(raw),
    agentAsked: AGENT_ASKED.test(bare),
    recipient: RECIPIENT.test(bare),
    howMany: /\bhow many\b(?! (?:more )?(?:years?|months?|weeks?|days?|yrs?)\b)|\b(?:number|count|tally) of\b(?! (?:years?|months?))/u.test(en) || /(?<![这那哪])几个(?!月|星期|礼拜|小时)|多少人|(?<![这那哪])几人|(?<!哪)几起/u.test(raw),
    // ("what was song punished for?", "…, what for": the reason)
    why: /^why\b|\bwhy\b|\bwhat\b[^?]*\b(?:punish\w*|sentenc\w*|jail\w*|penali[sz]\w*|arrest\w*|caught|charged|convicted|fined|imprisoned|locked up|detained|apprehended|busted|nabbed)\s+for\s*[?？!.]*$|(?:^|[,.!?]\s*)what for\b|\b(?:what|whats|what's) (?:was|were|is|are)? ?(?:\p{L}+'s |his |their |the )?(?:main |real |actual )?(?:reasons?|motives?|motivations?|rationale) (?:for|behind|in)\b/u.test(bare) || /为什么|为何|为啥|干嘛|干吗/u.test(raw),
    comparative: /\b(?:more|less|longer|shorter|harsher|worse|better|heavier|lighter|tougher|milder|stricter|bigger|greater|smaller|than|compare|compared|comparison|versus|vs|difference|differ|same|different|similar)\b/u.test(en) || /一样|相同|不同|区别|差别|比较|比.{1,6}?(?:重|轻|长|短|严|狠|多|少|高|低)/u.test(raw),
    common: COMMON.test(en) || /共同点|共同之处|相同之处|有什么共同|有啥共同|共性/u.test(raw),
    // ("rank the three by how bad their punishment was", "order them from harshest to lightest": the penalties set in order)
    superlative: (RANKING.test(en) && /\b(?:sentence|punish\w*|penalt\w*|term|jail|prison|severe|severity|harsh\w*|lenient\w*|bad|serious\w*)\b/u.test(en)) || /\b(?:harshest|longest|shortest|worst|heaviest|lightest|toughest|mildest|severest|most severe|most serious|least severe|biggest|most|least)\b/u.test(unbounded) && /\b(?:sentence|punish\w*|penalt\w*|term|jail|prison|time|severe|harsh\w*|lenient\w*|longest|shortest|worst|heaviest|lightest|toughest|mildest|severest|biggest)\b/u.test(en),
    // "not only" and "not just" add; they do not deny
    avoided: AVOIDED.test(en),
    choice: /\b(?:more or less|less or more|longer or shorter|shorter or longer|above or below|below or above|over or under|under or over|higher or lower|lower or higher)\b(?= than\b| the\b)/u.test(en),
    // ("didn't have a job" is unemployment itself, not its denial)
    // ("all three weren't jailed": read as none of them, with nothing left to deny)
    // ("nobody could get more than 10 years": what the law allows anyone, denied)
    negated: NONE_OF_THINGS.test(en) || NO_ONE_COULD.test(en) || (!allNot(en, raw) && (/\b(?:not|never|zero|no(?! one\b)|no longer|nothing|avoided|avoid|escaped|escape|evaded|dodged|refused|(?:declined|declining|rejected|rejecting|turned down|turn down)(?= (?:to|the|an?|his|their|its|any|all|every)\b)|didnt|wasnt|isnt|werent|hasnt|hadnt|doesnt|dont|arent|cannot|cant|couldnt|without)\b|n't\b/u.test(en.replace(/\b(?:that |which )?(?:they|he|she) (?:didn'?t|did not|don'?t|doesn'?t|never) (?:really |actually )?(?:have|had|hold|held|own|possess)\b|\bnot (?:only|just|merely)\b|\b(?:didn'?t|did not|wasn'?t|was not|weren'?t|doesn'?t|does not|isn'?t|is not)\s+(?:just|only|merely|simply)\b|\bnothing (?:more|less|else)\b|\bno more,? no less\b|\bor (?:no|not)\b\W*$|\bwithout (?:his |their |any )?(?:political |civil )?rights\b|\b(?:of |with )?no (?:political |civil )rights\b|\bno matter\b|\bno exceptions?\b|\bwithout exception\b|\b(?:didn'?t|did not|doesn'?t|does not|never|couldn'?t|could not) (?:have|had|hold|held|get|find|land|secure) (?:a |any )?(?:job|work|employment)\b|\bno job\b|\bwithout (?:a |any )?job\b/gu, " ")) || /[不没未]|并非/u.test(raw.replace(/不仅|没想到|置之不理|不予理睬|不理睬|[没不]搭理|不到|不足|不止|不超过|不少于|不多于|不少|不小|不轻|不错|不久|不断|不停|不得不|不管|没有人|都没有|都没|没有一个|没一个|(?:没有|没|找不到).{0,4}(?:工作|职业)|(?:工作|职业)(?:没有?|找不)找?[到着]/gu, "")))),
    quantifier: quantifier(en, raw),
    hasTerm: terms.length > 0,
    op,
    amount,
    subjectTerm,
    arithmetic: ar,
    range,
    lawWords: rangeWords || /\blaw'?s?\b/u.test(en) || /\b(?:law|legal|illegal|espionage|statute|offen[cs]e|crime)\b/u.test(en) || /法律|该法|这部法|这个法|法定|反间谍法/u.test(raw),
    life: /\blife(?:time)?\b(?! of)/u.test(en) || /无期/u.test(raw),
    jailed: /\b(?:jail\w*|prison\w*|imprison\w*|incarcerat\w*|behind bars|locked up|lock(?:ed)? away|serv(?:e|ed|ing) time|do(?:ing)? time|did time|gaol|penitentiary|the slammer|in the can)\b/u.test(en) || /坐牢|入狱|监禁|有期徒刑/u.test(raw),
    sentenced: /\b(?:sentenced|convicted|sentence)\b/u.test(en) || /判刑|被判|刑期/u.test(raw),
    // ("why was he in trouble", "why did it count as stealing": what the penalty was for)
    punished: /\b(?:punish\w*|penali[sz]\w*|penalt\w*|sanction\w*|disciplined|in trouble|(?:counted|count|counts|classed|qualif(?:y|ied|ies)) as)\b/u.test(en) || /处罚|惩罚/u.test(raw),
    fined: /\b(?:fined?|fines)\b/u.test(en) || /罚款/u.test(raw),
    administrative: /\badministrative(?:ly)?\b/u.test(en) || /行政处罚|行政/u.test(raw),
    arrested: /\b(?:arrest\w*|apprehend\w*|caught|catch(?:es|ing)? (?!(?:a|an|the|up|on)\b)\w+|detain\w*|captur\w*|nab|nabbed|bust|busted|(?:grab|grabbed)(?! (?:the |his |that |some |any )?(?:[\w-]+ ){0,2}?(?:info|information|data|documents?|files?|materials?|papers?|stuff|secrets?)\b)|(?:(?:taken|placed|put|held|remanded) )?(?:into|in) custody|picked up)\b/u.test(en) || /逮捕|抓获|被抓|被捕|拘留/u.test(raw),
    employed: (/\b(?:employed|an employee|an? current employee|(?:been|got|gotten|was|were|just|recently|newly) (?:re)?hired(?! (?:by|as|to)\b)|an? (?:\w+ )?(?:worker|staffer)|(?:still|currently) (?:working|employed)(?! (?:for|with) (?:the |a |an |some )?(?:foreign |overseas )?(?:spy |intelligence )?(?:agenc|spies|agents?\b|handlers?))(?: on| there| at| for)?|(?:working|worked|work) on (?:\w+ ){0,4}?(?:at the time|back then|at that time)|ha(?:d|ve|s) (?:a |an )?(?:\w+ )?jobs?|(?:held|hold|holds|holding) (?:a |an |down a )?(?:\w+ )?jobs?|(?<!\b(?:failed|failing|fails|fail|unable|trying|tried|try|struggled|struggling|attempting|attempted|looking|hoping|hoped|wanted|wanting|sought|seeking) to\s+|\b(?:couldn'?t|could not|can'?t|cannot|coudn'?t|later|eventually|since|afterwards|subsequently|finally|soon)\s+)(?:got|gotten|get|gets|getting|landed|land|found|find|secured|secure|obtained|obtain)(?: himself| themselves)? (?:a |an |some |the |that |his )?(?:new |steady |real |proper |paying |good |dream )?(?:jobs?|work|employment|position)|in work|work(?:ed|s)? (?:at|for)|working (?:at|for)|(?<=(?<!\b(?:fired|sacked|dismissed|off|removed|go|resigned|retired|quit|left|away) )\b(?:from|through|via|using|used|at) )(?:his|her|their|\p{L}+'s) (?:old |former |previous |current |day |regular )?(?:jobs?|employer|office)|(?:his|her|their|\p{L}+'s) (?:old |former |previous |current |day |regular )?(?:jobs?|employer|position) (?:gave|gives|let|lets|allowed|allows|got|gets|provided|provides))\b(?! (?:the |a |an |some )?(?:foreign |overseas )?(?:spy |intelligence )?(?:agenc|spies|agents?\b|handlers?))/u.test(en) && !/\bunemployed\b/u.test(en)) || /在.{1,12}(?:工作|上班)|就职|任职|有(?:一份|份)?.{0,4}(?:工作|职业)|上班|在职/u.test(raw.replace(/(?:没有|没|找不到|失去了?).{0,6}(?:工作|职业)/gu, "")),
    pastWork: /\b(?:worked|did (?:\w+ )?work|was (?:employed|working))\b/u.test(en) || /(?:工作|上班|任职|就职)过/u.test(raw),
    jobless: /\b(?:failed|failing|fails|fail) to secure (?:a |any )?(?:job|work|employment)\b/u.test(en),
    anyPenalty: /\b(?:sentenced|jailed|imprisoned|convicted|locked up|fined|punished|penali[sz]ed|sanctioned)\s*(?:or|\/)\s*(?:(?:were|was|got|given|otherwise)\s+)?(?:sentenced|jailed|imprisoned|convicted|fined|punished|penali[sz]ed|sanctioned|disciplined)\b/u.test(en) && /\b(?:punished|penali[sz]ed|sanctioned|disciplined)\b/u.test(en),
    sex: /\b(?:wom[ae]n|females?|ladies|lady|girls?|feminine|she|her)\b/u.test(en) || /女/u.test(raw) ? "female" : /\b(?:m[ae]n|males?|guys?|gentlem[ae]n|boys?|masculine)\b/u.test(en) || /男/u.test(raw) ? "male" : null,
    unemployed: /\b(?:unemployed|jobless|(?<!\b(?:get|got|gets|take|took|takes|sneak|snuck|bring|brought|carry|carried|smuggle|smuggled)\b.{0,25})out of work|no job|without (?:a )?job|didnt have a job|didn't have a job|lost (?:his|their) jobs?)\b/u.test(en) || /失业|无业|(?:没有|没|找不到|失去了?|无).{0,4}(?:工作|职业)/u.test(raw),
    // ("was zhong ever involved in classified work": at any time, then included)
    formerly: /\b(?:previously|formerly|former|before|used to|in the past|once|ever|experience|experienced|at (?:some|any) point|had (?:once |previously )?(?:worked|been employed|been working|held a job))\b/u.test(en) || /以前|之前|此前|先前|曾经|曾在|过去/u.test(raw),
    // ("got jail time for violating the law": the law broken is the ground of the jail term asked about)
    lawGround: /\bfor (?:violating|breaking|breaching|flouting) (?:the |a |any |china'?s |chinese )?(?:[\w-]+ ){0,2}laws?\b/u.test(en),
    unlawful: /\b(?:br(?:oke|eak|eaks|eaking|oken)|violated?|violating|breach(?:ed)?|against|flouted) (?:the |a |any |china'?s |chinese )?(?:[\w-]+ ){0,2}laws?\b|\b(?:anything|something|nothing) (?:illegal|unlawful|criminal)\b|\billegal activit|\b(?:acted|act|acting) (?:illegally|unlawfully)\b|\bcommit(?:ted|s)? (?:a |any )?crimes?\b|\b(?:was|is|were) (?:it |that |this |what he did )?(?:illegal|a crime|unlawful|criminal)\b|\b(?:count(?:s|ed)?|treated|considered|deemed|ruled) as (?:a )?(?:violation|crime|offen[cs]e|breach)\b|\b(?:was|is) (?:still )?(?:a )?(?:legal )?violation\b/u.test(en) || /违法|犯法|犯罪/u.test(raw),
    still: /\b(?:still|currently|at the time|back then|then still|no longer|not anymore|not any more|any ?more|an? current (?:employee|worker|staffer|member))\b/u.test(en) || /仍然|还在|当时/u.test(raw),
    website: /\b(?:official )?(?:websites?|web ?sites?|sites?|online|internet|web)\b/u.test(en) || /网站|官网|网上/u.test(raw),
    hypothetical: hypothetical(en),
    span: SPAN.test(en) || ZH_LAW_SPAN.test(raw) || ZH_SPAN.test(raw),
    spanMonths: spanOf(en) ?? zhSpanOf(raw),
    terms: termsCompared(en, raw, ar, terms.length),
    activitySpan: ACTIVITY_SPAN.test(en),
    rights: /\bpolitical rights?\b|\b(?:lost|lose|loses|losing|stripped of|deprived of|deprivation of|without) (?:his |their |all )?(?:civil |political )?rights\b|\brights (?:(?:were|was|got|been|being) )?(?:ban|deprivation|stripped|removed|taken|revoked|suspended|loss)\b|\b(?:took|taken|stripped|removed|revoked|suspended) (?:away )?(?:his |their )?rights\b|(?:\d|\b(?:one|a|two|three)) ?(?:y|yr|yrs|years?)\b(?: (?:of|w\/o|without|no))? (?:political )?rights\b/u.test(en) || /政治权利/u.test(raw),
    // ("most of them": at least two of the three)
    atLeast: MORE_THAN_COUNT.test(en) || /\bat least\b|\bor more\b|\bmost of (?:them|the (?:suspects|cases|three|men))\b|\bthe majority\b|大多数|大部分/u.test(en + raw),
    lesser: (!BOTH_WAYS.test(en) && /\b(?:lighter|shorter|less|more lenient|milder|softer|fewer|lower|smaller|lightest|shortest|least|most lenient|mildest|softest|smallest|lowest)\b/u.test(unbounded)) || /比.{1,8}?(?:轻|短|少|低|宽)|最(?:轻|短|少|低)/u.test(raw),
    // ("more than one of the suspects": at least two)
    number: MORE_THAN_THE.exec(en) ? (COUNT_WORDS[MORE_THAN_THE.exec(en)![1]!] ?? Number(MORE_THAN_THE.exec(en)![1])) + 1 : MORE_THAN_COUNT.test(en) ? (countIn(en, raw) ?? 0) + 1 : countIn(en, raw),
    singular: /\bthe (?:one|guy|man|dude|person|suspect|fellow|fella|chap|individual|employee|worker|bloke|lad|researcher|former employee|unemployed|jobless|first|second|third|last|other)\b|\b(?:he|him|his|she|her)\b|\b(?:guy|man|woman|dude|one|person|suspect) (?:who|whose|that)\b/u.test(en),
    // ("the stuff he sold wasn't classified", "不是机密": "classified" said of the materials is whether they held secrets)
    convictedOf: /\b(?:convicted|found guilty|charged|sentenced|jailed|imprisoned|prosecuted|punished|penali[sz]ed) (?:of|with|for) (?:(?!\d|a |an |one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|life\b|years?\b|months?\b)(?:\w+ly )?\w+ing\b|(?:his|their|the|a|an) (?:voluntary |online |attempted )?(?:pledge|pledging|theft|sale|offer|leak|leaking|disclosure|contact|betrayal|espionage|spying|attempt)\b)/u.test(en),
    // (not "the materials song offered contained state secrets": what the offered things held)
    offered: /(?<!\b(?:materials?|info|information|stuff|what|documents?|files?|data) (?:\w+ )?)\b(?:offer(?:ed|ing|s)?|(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?|want(?:ed|ing)?|looking|sought|seeking) (?:to )?(?:sell|trade|offer)(?:ing)?)\b(?: (?!contain|contained|contains|had|has|have|held|include|included|includes|with|no|any|real|actual|genuine)\w+){0,3}? (?:classified|secret|confidential|sensitive) (?:info|information|intel|stuff|data)\b/u.test(en) || SOUGHT_TO_SELL.test(en) || ZH_SOUGHT_TO_SELL.test(raw),
    soughtToSell: SOUGHT_TO_SELL.test(en) || ZH_SOUGHT_TO_SELL.test(raw),
    stateSecrets: /\bstate secrets?\b|\b(?:real|actual|genuine) (?:secrets|classified)\b|\b(?:was|were|is|are|it'?s|its|they'?re|theyre|wasn'?t|weren'?t|isn'?t|aren'?t|wasnt|werent|isnt|arent|not|nothing)\s+(?:\w+\s+)?classified\b(?!\s+(?:info|information|materials?|documents?|projects?|units?|stuff|data|files?))/u.test(en) || /国家秘密|国家机密|(?:不是|并非|不属于|都是|就是)机密|^\s*(?:机密|秘密)(?:信息|材料|文件|资料)?\s*$/u.test(raw),
  };
}
