// The one module that reads words. It turns a question (or a claim) into a
// typed Query; everything after it works on the query alone.
import type { ReadAttribute } from "../../data/casebase.js";
import type { Dataset } from "../../data/dataset.js";
import { NameResolver } from "../../search/names.js";
import { datePartsIn } from "../../text/dates.js";
import { hanResidue, hanVocabulary } from "./han.js";
import { clean, editDistance, tokenize } from "../../text/normalize.js";
import type { Amount, Arithmetic, Kind, Op, Predicate, Query } from "../query.js";
import { COMMON_WORDS, HELD_JOB_STEMS, LIGHT_STEMS, LIGHT_WORDS, PEOPLES_WORDS, STOPWORDS } from "../stopwords.js";
import { CUES, MAX, MIN, PRETENCE_VERBS, SUPPOSED, TAG, VERB_TAG, type Cues } from "./cues.js";

/**
 * a second wh-word joined on ("…and who didn't", "…and which one with prison"): both sides of a which-question, so the
 * cases that do not fit are shown too (two questions the engine splits, "who X and who Y", are read one at a time)
 */
const BOTH_WAYS_WHICH = /\b(?:who|which|whose)\b.*\b(?:and|or|but|while)\s+(?:who|which|whose)\b/u;

/** what a law is said to reach ("does the law punish …", "does it apply to …") */
const LAW_REACHES = /\b(?:the|that|this|china'?s|chinas) (?:[\w-]+ )?(?:law|act|statute) (?:only |also |even |just )?(?:punish(?:es)?|covers?|appl(?:y|ies) to|bans?|forbids?|prohibits?|criminali[sz]es?|targets?|talks? about|speaks? (?:of|about)|deals? with|refers? to)\b/u;

/** English words ending in "in" that are no dropped g ("meetin" is "meeting"; "within" is a word) */
const IN_WORDS = new Set(["within", "begin", "again", "cousin", "margin", "origin", "robin", "cabin", "basin", "satin", "login", "admin", "herein", "therein", "wherein"]);
/** "just fined", "only got a fine": a fine and nothing more (not "wasn't just fined") */
const ONLY_FINED = /(?<!\b(?:not|wasn'?t|weren'?t|isn'?t|never)\s+)\b(?:just|only|merely|simply)\s+(?:got\s+|get\s+|given\s+|received\s+|issued\s+)?(?:an?\s+)?(?:fined|fine|fines)\b/u;
/** "whose case doesn't say …", "isn't mentioned": the article's silence, as what a which-question asks */
const UNSAID = /\b(?:article|story|report|piece|text|it|case)(?:'s)? (?:does|do|did)(?:n'?t| not) (?:\w+ )?(?:say|mention|give|state(?! secrets?)|specify|report|reveal|disclose)\b|\b(?:does|do|did) (?:the |this )?(?:article|story|report|piece|text|it) (?:not|never) (?:\w+ )?(?:say|mention|give|state(?! secrets?)|specify|report|reveal|disclose)\b|\b(?:does|do|did)(?:n'?t| not) (?:say|mention|give|state(?! secrets?)|specify|reveal|disclose) (?:what|whether|how|which|if|when)\b|\b(?:is|was|are|were)(?:n'?t| not) (?:\w+ )?(?:mentioned|stated|specified|disclosed|known|clear)\b|\b(?:unknown|unclear|unspecified|unmentioned|unstated|undisclosed)\b/u;
/** "who do you have to give secrets to": the recipients of the conduct a law covers, asked in the giver's words */
const LAW_RECIPIENT = /\b(?:who|whom)\b[^?]*\b(?:give|giving|given|hand|handing|handed|pass|passing|sell|selling|provide|providing|send|sending|going|go|leak|leaking)\b[^?]*\bto\b|\b(?:recipients?|receivers?)\b/u;
/** "just providing intel can land you 5-10 years": merely doing it is enough, not that nothing else is covered */
const ENOUGH = /\b(?:just|only|merely|simply|even) (?:\w+ing)\b[^.?!]*\b(?:can|could|will|would|may|might) (?:land|get|earn|bring|send|put|cost)\b|\b(?:just|only|merely|simply|even) (?:\w+ing)\b[^.?!]*\bis enough\b/u;

/** the suspects handled all told, not the cases the article describes ("how many suspects in total nationwide") */
export const OVERALL = /\bhandled\b(?=.*\bcases\b)(?=.*\b(?:in total|altogether|overall|in all|all told)\b)|\b(?:suspects|people|persons|individuals|spies)\b(?=.*\b(?:in total|total|altogether|overall|nationwide|across (?:china|the country)|handled|in all|exact(?:ly)?|all together)\b)|\b(?:total|overall|exact) (?:number|count) of (?:suspects|people|persons|individuals|spies)\b/u;

/** one end of the cited range, asked for by itself ("the lowest you can get", "the harshest sentence the law allows") */
const LOW_END = new RegExp(`${MIN.source}|\\b(?:lowest|least|shortest|lightest|mildest)\\b|最低|最少|最轻|最短`, "u");
const HIGH_END = new RegExp(`${MAX.source}|\\b(?:highest|most|longest|harshest|heaviest|toughest|worst)\\b|最高|最多|最重|最长`, "u");
import { tellingVerbs } from "./telling.js";
import { stem } from "./stem.js";
import { rephrase } from "./rephrase.js";
import { unwrap } from "./wrapping.js";

/** Which kind a question is: the first entry, by priority, whose test holds. */
interface KindSpec {
  priority: number;
  test(c: Cues, q: Partial<Query>): boolean;
}

/** "the one who ...", "the unemployed guy", "the dude who pretended to be a leader": a case described, not named. */
// (a verb joined by "and" is the clause's own: "the guy whose startup tanked and got his accounts frozen"; so is one after
// the clause's own subject: "the guy who said he was a researcher")
// (an adverb before a participle starts the predicate of "was the guy who lost money actually working on …")
const CLAUSE_END = String.raw`(?:(?! (?:what|how|when|why|and then|end up)\b)(?! (?:actually|really|truly|still|even|ever|also|currently) \w+ing\b)(?!(?<!\band|\b(?:he|she|they)) (?:did|does|do|was|is|were|got|get|gets|given|receive|received|sentenced|punished|claim|claimed|pretend|didnt|didn't|wasnt|wasn't|doesnt|doesn't|isnt|isn't|werent|weren't|never)\b)[^,?.;:\u2014\u2013])*`;
// the clause's first word belongs to it whatever it is ("the one who claimed to be ...")
const CLAUSE_FIRST = String.raw`(?: [^\s,?.;:\u2014\u2013]+)?`;
/** the rest of a description, up to the comma before the question asked of it */
const CLAUSE_TO_QUESTION = /^([^,?.;:]*?)(?=,\s*(?:so |and |but |then )?(?:how|what|whats|why|when|where|who|which|did|does|do|was|were|is|are|has|had)\b)/u;
/** " of the subsidiary — …": the rest of a description that opens the message, up to the dash or comma that ends it */
const SET_OFF_OF = /^( of [^,?.;:\u2013\u2014]{1,40}?)(?=\s*(?:[,:\u2013\u2014]|\s-\s))/u;
const COPULA = /^(?:was|were|is|are|got|had|has|been|became|being)$/u;
/** ", the one from the subsidiary — …": a second description of the same case, set off after the first */
const APPOSITIVE = /^(,\s*(?:the|that) (?:one|guy|man|dude|person|fellow)\b[^,?.;:\u2013\u2014]{1,40}?)(?=\s*(?:[,:\u2013\u2014]|\s-\s))/u;
/** the nouns a description of a suspect ends in ("the investment loser", "the ex-subsidiary worker") */
const HEAD = String.raw`(?:one|guy|man|woman|lady|girl|dude|person|suspect|fellow|fella|chap|individual|employee|ex-employee|bloke|lad|researcher|worker|official(?! (?:web)?sites?\b)|officer|engineer|scientist|pilot|driver|investor|entrepreneur|businessman|founder|loser|insider|staffer|jobseeker|job-seeker|hunter|seeker|pretender|faker|impostor|imposter|impersonator|leaker|photographer|downloader|copier)`;
const DESCRIPTION = new RegExp(
  String.raw`\b(?:the|that|this) (?!(?:two|three|both)\b)(?:(?:[\w'-]+ |[\w']+-){0,2})${HEAD}(?![\w-])(?: (?:who|whose|that|with|from|on|at|of)\b${CLAUSE_FIRST}${CLAUSE_END}|(?<!\b(?:is|was|were|are|be|'s) (?:the|that) one) (?=[a-z]{3,}ing\b)${CLAUSE_FIRST}${CLAUSE_END})?|\b(?:guy|man|woman|dude|person|suspect|one) (?:who|whose|that|with)\b${CLAUSE_FIRST}${CLAUSE_END}|^(?:[\w'-]+ ){1,2}(?:guy|dude|man|one|person|fellow|bloke|suspect)(?=\s*[,:\u2014\u2013-])`,
  "u",
);
/** a description among others: up to "or" or "and", a comma, a dash, a question mark, or the sentence's own verb */
// (a "with" phrase holds no verb of its own: the first verb in -ed after it is the sentence's, "the one with the failed venture spilled …")
const DESCRIBED_PHRASE = new RegExp(String.raw`\b(?:the|that) (?:[\w'-]+ ){0,2}?${HEAD}\b(?:(?=\s+(?!(?:who|whose|that|with)\b)\w{4,}ed\b)| with (?:(?:the|a|an|his|her|their|its|some) )?(?:[\w'-]+ ){0,3}?[\w'-]+(?=\s+\w{4,}ed\b)|(?: (?:who(?:'d|'s)?|whose [\w'-]+(?: (?:got|get|gets|were|was))?|that|with) (?:(?! or\b| vs\.?\s| versus\b)[^,?])+?)?(?=\s+(?:or|and|vs\.?|versus)\b|\s*[,?\u2014\u2013]|\s+-\s|$|\s+(?:get|got|have|had|receive|received|end(?:ed)? up|went|did|also|both|each|served|faced|spent|lost|then)\b))`, "gu");
/** "explain how vpns work", "what is a honeypot": asking about a thing in general, which the article's cue words do not make its topic */
const GENERAL_ASK = /^(?:explain|describe|define|what (?:is|are) (?:a|an)\b|how (?:do|does|to)\b)/u;
/** "the normal one", "the same one": words that describe no case */
const PLAIN_ONE = /^(?:the|that|this) (?:normal|standard|usual|basic|ordinary|regular|typical|right|wrong|real|main|severe|harsh|max|maximum|min|minimum|whole|only) (?:one|case)$/u;
/** A plain verb after "did", "does" or "do" ("how did [the one who photographed files] contact …"): where the clause ends in a question */
const BASE_VERB = /^(?:contact|get|reach|end|make|try|use|pledge|claim|offer|take|send|steal|download|disclose|meet|lose|face|receive|serve|do|go|say|tell|find|access|sell|copy|photograph|work|pay|spend|plan|want|have|hand|give|leak|share|approach|end|wind|manage|pass|provide|deal|communicate|talk|reply|respond|abuse|exploit|misuse|leverage|first|initially|actually|even|ever|originally)$/u;
/** A verb in the past tense: where a description's clause ends and the sentence's own verb starts. */
const PAST_VERB = /^(?:\w{3,}ed|used|tried|got|took|sent|stole|made|lost|went|gave|sold|met|was|were|had|did|paid|ran|fell|sought|bought|caught|told|said|became|kept|left|came|swore|wrote|spoke)$/u;
/** The words that make a description ("the ... one who"), not what it describes. */
/** the case a question likens another to: "… fake like song's", "unlike qi" */
const LIKENED = /\b(?:like|unlike|same as|as with)\s+(?:(?:that of|the one of)\s+)?(\p{L}+?)(?:['’]s)?\b/u;
const DESCRIBER = /\b(?:the|that|this|one|guy|man|woman|lady|girl|dude|person|suspect|fellow|fella|chap|individual|bloke|lad|who|whose|that|with|from)\b/gu;
/** "the third one", "the first case": a case by its place in the article. */
const ORDINAL = /\b(?:the )?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) (?:one|guy|man|dude|case|suspect|person|fellow)\b|\b(?:which|what|whose) (?:case|one|suspect|guy|person)(?:'s)? (?:is |was |comes |came |appears |gets |is mentioned |is described |is listed |is covered |(?:does|did|do) (?:the )?(?:article|story|piece|report|text|mss|ministry) (?:describe|mention|cover|list|discuss|present|talk about|bring up|give|tell) )?(first|second|third|last)\b/u;
/** "didn't qi …?", "wasn't song the one …?", "isn't it true that …?": a yes/no question asked in the negative asks the same as "did qi …?" */
const NEGATIVE_ASK = /^(?:(?:so|wait|but|and|ok|okay|hmm|um|well|like|hold on|hang on),?\s+)*(?:didn'?t|wasn'?t|isn'?t|weren'?t|aren'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|did not|was not|is not)\s+(?:it (?:true|the case|right|correct) that\s+)?/u;

/** The negation is only the asking's own: the words after the negative opening deny nothing. */
function askedNegatively(c: Cues, en: string, asked: string, raw: string, whether: boolean, names: ReadonlySet<string>): boolean {
  // (the whole message opens with it: not a clause's "didn't" once a description is read off)
  const opening = NEGATIVE_ASK.exec(en);
  if (!c.yesno || c.quantifier || !opening || !NEGATIVE_ASK.test(raw.trim().toLowerCase())) return false;
  // (a subject follows, or it is asked: "didn't reveal them", a clause with its subject said before, denies)
  const next = /^[\p{L}']+/u.exec(en.slice(opening[0].length))?.[0] ?? "";
  if (!/[?？]\s*$/u.test(raw) && !names.has(next) && !/^(?:he|she|they|it|the|that|this|those|these|his|their|there|someone|anyone|somebody|anybody|\p{L}+'s)$/u.test(next)) return false;
  const m = NEGATIVE_ASK.exec(asked);
  if (!m) return false;
  const rest = asked.slice(m[0].length);
  return !CUES(rest, /\p{Script=Han}/u.test(raw) ? raw : rest, whether).negated;
}

/** the stems of being punished, which say nothing of what for */
const PUNISHING = /^(?:punish|sentenc|penal|penali[sz]|jail|prison|imprison|incarcer|sanction|administr)/u;

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };

function isTransposition(a: string, b: string): boolean {
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]] && a[diff[1]] === b[diff[0]!];
}

/** Words that only stress, hedge or negate ("actually", "used to", "never"): no part of what is matched. */
const INTENSIFIERS = new Set([
  "super", "so", "very", "pretty", "quite", "extremely", "totally", "fully",
  "actual", "actually", "really", "real", "truly", "even", "ever", "still", "just", "merely", "simply", "exactly", "definitely", "certainly", "basically",
  "literally", "ultimately", "finally", "eventually", "never", "not", "no", "didnt", "wasnt", "werent", "isnt", "hasnt", "hadnt", "doesnt",
  "dont", "used", "lot", "lots", "back", "smh", "tbh", "apparently", "reportedly", "supposedly", "allegedly", "guess", "think", "believe", "reckon", "suppose", "assume", "pretty", "sure", "fairly", "certain", "confident", "figured",
  "ended", "end", "tried", "trying", "try", "went", "going", "gone", "able", "managed", "manage", "somehow", "kind", "sort", "whole", "thing",
  "reported", "report", "received", "receive", "given", "said", "says", "according", "read", "named", "called", "face", "faced", "facing",
  "wild", "part", "bit", "section", "paragraph", "anyway", "honestly", "stuff", "wait", "ok", "okay", "zero", "iirc", "afaik", "fwiw", "afaict", "imho", "overall", "generally", "briefly", "mainly", "mostly",
]);

/** a last clause after a comma or a dash, up to the end */
// (not a comma inside a number: "10,000 dollars")
const REMARK_TAIL = /^(.*?[\p{L}\p{N}].*?)\s*(?:(?<!\d),|(?<=\d),(?!\d{3}\b)|\s[-\u2013\u2014]|[\u2013\u2014])\s*([^,\u2013\u2014?\uff1f]+?)[\s.!]*$/u;
/** words that open a part of the question, not a remark: "…, in months", "…, or life", "…, right" */
const REMARK_OPENERS = new Set(["in", "or", "and", "but", "not", "than", "to", "for", "by", "with", "via", "through", "from", "at", "on", "of", "like", "as", "about", "because", "so", "if", "when", "after", "before", "since", "who", "which", "what", "how", "why", "where", "right", "correct", "true", "yes", "no", "nor", "either", "neither", "both", "all", "none", "only", "just", "exactly", "roughly", "about", "around", "over", "under", "more", "less", "he", "she", "they", "it", "his", "their", "was", "is", "did", "does", "were", "are"]);

/** The silent id of a question whose words the article does not use. */
export const UNRECOGNISED = "unrecognised";

/** "what did zhong do after the agency asked about the unit", "what happened after qi contacted the agency": what the article tells next */
const AFTER_EVENT = /^(?:so |and |ok |okay |then |hey |yo )?(?:what (?:did|does|do) (?!(?:the |that |this )?(?:foreign |overseas )?(?:spy |intelligence )?(?:agency|agencies|spies|agents|handlers|they|them)\b)[^ ]+(?: (?!(?:tell|told|ask|asked|want|wanted|get|got|make|made)\b)[^ ]+){0,4}? do|what happened|what came (?:next )?|what was (?:his|the) next (?:move|step)) (?:right |just |straight )?(?:after|once|following) (.{4,}?)\s*[?.!]*$/u;

/** "who said these cases were handled …", "who reported that the suspects reached out": the source of what the article tells ("who said he was a leader" asks for a case) */
const SAID_WHO = /^(?:so |and |but |ok |okay )?who (?:said|says|reported|reports|announced|announces|stated|states|revealed|disclosed|made (?:it|this) public|is saying|was saying)(?: (?:that|all|all this|this|it))? (?=(?:the|these|those|all|all three|all the|several|state security|china'?s?|the ministry|there were|the three)\b)(?!the (?:one|guy|man|dude|person)\b)/u;

/** "how did X try to ease his money problems", "what did X do to get cash": the means asked, not the motive */
const MEANS = /^(?:so |and |but )?(?:how|what)\b(?!.*\bwhy\b).*\b(?:do|did|does|doing|try|tried|trying|plan|planned|attempt\w*|go about|want|wanted)\b.*?\bto (?:ease|fix|solve|deal with|handle|get out of|escape|relieve|pay off|cover|get|make|raise|earn|find|sort out|fund|tackle|address|overcome|resolve|dig (?:himself )?out of)\b.*\b(?:money|cash|financ\w*|debts?|pressure|problems?|troubles?|loss(?:es)?|situation|funds|bills|income|paid|rich|broke|difficult(?:y|ies))\b/u;
/** what a false claim was about, in general words: the claim, not a detail of it */
const CLAIMED_ROLE = new Set(["role", "posit", "titl", "job", "rank", "statu"]);

const HAN = /\p{Script=Han}/u;
/** A sum of money, in any currency or in Chinese: a detail the case base never holds. */
const MONEY = /[$¥€£]\s?\d|\b\d[\d,.]*\s*(?:k|grand|bucks?|dollars?|yuan|rmb|usd|euros?|pounds?)\b|\b(?:\d[\d,.]*|a|one|two|three|five|ten|hundreds? of|thousands? of|millions? of)\s*(?:hundred|thousand|million|billion)\b|[\d一二三四五六七八九十百千万两]+\s*(?:块|元|万|美元|人民币|美金)/u;
const ZH_DESCRIPTION = /(?:那个|这个|那位|这位|那名|这名)(.{1,16}?)的(?:人|男人|男的|家伙|那位|员工|嫌疑人|哥们儿?|兄弟|老哥|大哥|小伙子?)|([^，,。谁]{1,16}?)的那(?:个|位|名)(?:人|男人|男的|家伙|嫌疑人|哥们儿?|兄弟|老哥|大哥|小伙子?)?/u;
/** "在被抓之前…见过面": in Chinese, what follows 之前 happened first, and is asserted */
/** what a question about the article asks about ("what did it say about Taiwan") */
const TOPIC = /\b(?:about|regarding|concerning)\s+(.+)$/u;
// ("在与特工见面前就被抓了": 前 right after a verb, then 就 or 已, is "before" too)
const ZH_BEFORE = /(?:之前|以前|(?<=\p{Script=Han})前(?=[就便已才]))[，,]?(.+)$/u;
const VAGUE_SPAN = /\b(?:several|a few|few|many|some|a couple of|a couple|multiple|for) (?:days|weeks|months|years)\b/u;
const EXCEPT = /\b(?:besides|other than|apart from|aside from|except(?: for)?)\s+([\p{L}]+)|\bthe other (?:two|ones|guys|suspects)\b.*\blike ([\p{L}]+)/u;
/** the agency as the sentence's subject: "the foreign agency pledged allegiance to qi" */
/** Something done to the subject ("was approached by", "got recruited"): the subject is not the doer. */
const PASSIVE = /\b(?:was|were|got|get|gets|getting|been|being|be|is|are)\s+(?:\w+ly\s+|first\s+|ever\s+|never\s+|not\s+|all\s+|both\s+|each\s+|also\s+|even\s+|just\s+|then\s+|later\s+)*(?:\w+ed|\w+en|sought|caught|brought|taught|bought|paid|led|made|told|sent)\b(?:\s+\w+){0,4}\s+by\b|\b(?:was|were|got|been|being)\s+(?:\w+ly\s+|first\s+)?(?:approached|recruited|targeted|lured|groomed|contacted|turned|flipped|hired|paid)\b/u;
/** the rest of a law's title from one of its words on: "Terrorism Law", "Anti-Terrorism Law" */
const LAW_TITLE = /^[\p{L}]+(?:[\s-]+\p{Lu}[\p{L}]*)*[\s-]+(?:Law|Act|Code|Ordinance|Regulations?)\b/u;

/** words that name a job and nothing of it: "any work experience", "a job before" */
const JOB_ONLY_STEMS: ReadonlySet<string> = new Set(["job", "jobs", "experience"].map((w) => stem(w)));

/** a summary of the whole, or how long it should be: "of the article", "in one sentence" */
const WHOLE_SUMMARY = /\b(?:one|1|single|two|2|few|couple of)[- ]?sentences?\b|\b(?:of|on) (?:the |this |that )?(?:whole )?(?:article|story|report|piece|news|thing|everything|it all|all of it)\b/u;
/** a summary asked for ("summarize …", "a rundown of …") */
const SUMMARY = /\b(?:summar(?:y|ies|i[sz]e[sd]?|i[sz]ing)|sum up|recap|rundown|run-down|tl;?dr|gist|breakdown|overview)\b/u;

/** "what happened to", "what became of": what became of a case, asked before its description or after it */
const WHAT_BECAME = String.raw`[\s,;:\u2013\u2014-]*(?:(?:hey|so|and|but|ok|okay|well)[\s,]+)*what(?:'s| has| had)? (?:(?:ever|finally|eventually|actually) )?(?:happened|happens|happen|became) (?:to|of)`;
/** "what happened to [the guy whose accounts got frozen]": the description follows */
const WHAT_BECAME_OF_CLAUSE = new RegExp(`^${WHAT_BECAME} $`, "u");
/** "[the guy who said he was some big boss], what happened to him": the description came first */
const WHAT_BECAME_OF_THEM = new RegExp(`^${WHAT_BECAME}(?: (?:him|them|her|that guy|that one|the guy|this guy))?\\s*[?!.]*$`, "u");

/** "what happens if you pledge allegiance…", "what's the punishment for selling secrets…": a deed's consequence, asked of anyone */
const CONSEQUENCE = /\bwhat (?:happens|happened|would happen|will happen|could happen|can happen)(?: to (?:you|u|someone|somebody|people|a person|anyone|one))? (?:if|when|once) ((?:you|u|someone|somebody|anyone|a person|people|one|i|we) .+)$|\bwhat(?:'s| is| are| would be| will be)? the (?:penalty|punishment|consequences?|sentence) (?:for|of) (\p{L}+ing\b.+)$|\bwhat (?:do|would|could|can|will) (?:you|u|someone|people|one) get (?:for|if) ((?:you |u |someone |they )?\p{L}+.+)$|\bif ((?:you|u|someone|somebody|anyone|a person|people|one|i|we) .+?),? (?:can|could|will|would|do|does|are|is) (?:you|u|they|he|she|someone|i|we|one|that|it|this)(?: still| even| really| actually)? (?:get|be|go|end up|face|was|were|illegal|legal|a crime|criminal|against the law|punishable|allowed)\b.*$/u;

/** The deed a consequence question supposes, and what it asks of it, by the form it matched. */
function supposition(m: RegExpExecArray): { deed: string; asks: "penalty" | "outcome" | "yesno" } {
  return { deed: supposedOfHim(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ""), asks: m[2] !== undefined ? "penalty" : m[4] !== undefined ? "yesno" : "outcome" };
}

/** A supposed deed told of "he": "you pledge allegiance but your stuff isn't secret" as "he pledge allegiance but his stuff isn't secret". */
function supposedOfHim(deed: string): string {
  return deed
    .replace(/[?？!.]+\s*$/u, "")
    .replace(/^(?:you|u|someone|somebody|anyone|a person|people|one|i|we|they) /u, "")
    .replace(/\b(?:you|u|i|we|they)(?:'re|’re| are| am)\b/gu, "he is")
    .replace(/\b(?:your|ur|my|our|their)\b/gu, "his")
    .replace(/\b(?:you|u|me|us|them|yourself|myself|themselves)\b/gu, "him")
    .trim();
}

/** "pretend its secret", "passed them off as classified", "claimed the files were secret": secrecy only claimed */
const PRETENDED_SECRET = new RegExp(String.raw`\b(?:${PRETENCE_VERBS}|claim(?:s|ed|ing)?|lie[sd]?|lying)\b(?: (?:that|as if|like))?(?: (?:it|its|it's|they|they're|the \p{L}+|his \p{L}+))?(?: (?:was|were|is|are|be|contained|contain|had|held|included))?(?: (?:real|actual|actually|top))? (?:as )?(?:secret|secrets|classified|state secrets)\b`, "u");
/** a deed meant, not done: "was expecting to meet", "planned to", "about to", "wanted to" */
const INTENDED = /\b(?:expect(?:ed|ing|s)?|want(?:ed|ing|s)?|plan(?:ned|ning|s)?|hop(?:ed|ing|es)|intend(?:ed|ing|s)?|tr(?:y|ied|ying|ies)|attempt(?:ed|ing|s)?|about|going|gonna|supposed|set|scheduled|meant|aim(?:ed|ing|s)?|eager|waiting|arrang(?:ed|ing)|hoping) to\b|\b(?:tr(?:y|ied|ying|ies)|attempt(?:ed|ing|s)?) (?!(?:hard|again|everything|anything|something|nothing|everyone)\b)\p{L}+ing\b|\b(?:meeting|meetup|meet-up|handover|hand-off|rendezvous|trip|exchange)\b[^.?!]*\b(?:set|scheduled|planned|arranged|booked)\b (?:for|in|at|to)\b/u;
/** "sold the secrets to a foreign company": to whom something was passed on, up to the next clause */
const RECIPIENT_OF = /\b(?:sold|sell|sells|selling|gave|give|gives|giving|sent|send|sends|sending|passed|pass|passing|handed|hand|handing|leaked|leak|leaking)\b(?: (?!to\b)\p{L}+){0,4} to ((?:(?!(?:after|before|when|while|because|since|and|but|for|in|on|at|with|who|which|that|so|then|right|correct|true|as|of|over|via|through|from|by|get|make|earn|help|pay|ease|try)\b)\p{L}+\s*){1,4})/u;
/** "frozen by state security", "sentenced by a court": the doer a passive names, up to the next clause */
const BY_AGENT = /\b(?:\w+ed|\w+en|caught|paid|made|sent|told)\s+by\s+((?:(?!(?:after|before|when|while|because|since|and|but|for|in|on|at|with|who|which|that|so|then|to|as|of|over|via|through|from|into|about|during|using|by|online)\b)\p{L}+\s*){1,5})/u;
/** "was qi approached by the agency?", "were they recruited?": a passive asked, its subject between the verb and the participle */
const PASSIVE_ASKED = /^(?:was|were|is|are|has|had|have)\s+(?:\w+\s+){1,3}?(?:(?:first|ever|actually|really|originally|initially)\s+)*(?:been\s+)?(?:approached|recruited|targeted|lured|groomed|contacted|hired|paid|pressured|forced|coerced|tricked|blackmailed|enticed|solicited|headhunted|reached out to)\b/u;
const DONE_TO_SUSPECTS = /\b(?:approach|recruit|target|lure|groom|contact|reach(?:ed|es|ing)? out to|hire|paid|pay|turn|flip)\w*\s+(?:the |these |those |all |both )?(?:suspects?|him|them|men|guys|three|people)\b/u;
const AGENCY_SUBJECT = /^(?:the |a |an |some |that |this )?(?:foreign |overseas )?(?:spy |intelligence |spies )?(?:agency|agencies|spies|agents?|handlers?|intel(?:ligence)? (?:guys|people)) (?:\w+ly |never |also |then |did not |didn't |first )*(?:contacted|reached out to|handed|gave|give|sent|paid|told|promised|provided|supplied|transferred|wired|rewarded|bought|hired|trained|emailed|called|met|ignored|rejected|turned down|threatened|blackmailed|asked|requested|collected|responded|replied|demanded|gathered|wanted|approached|recruited|targeted|lured|pledged|swore|claimed|pretended|posed|downloaded|copied|photographed|disclosed|leaked|offered|sold|stole|expressed|discovered|realized|realised|noticed|learned|knew|suspected|caught|apprehended|arrested|detained|nabbed|sentenced|punished|penali[sz]ed|jailed|investigated)\b/u;
// "境外机构主动联系了钟": the agency as the sentence's subject, not a possessor ("境外机构的人员")
// ("三个人都是境外机构主动联系的", "被境外机构招募": the agency as the doer of a passive)
const ZH_AGENCY_SUBJECT = /^(?:是|那个|这个|这家|那家)?(?:境外|外国|国外)(?:的)?(?:(?:间谍|情报)*(?:机构|机关|组织|特工|人员)|间谍)(?!的)|(?:被|是|由)(?:境外|外国|国外)(?:的)?(?:(?:间谍|情报)*(?:机构|机关|组织|特工|人员)|间谍)(?:主动|先|首先)?(?:联系|招募|找|接触|威胁|收买|策反|发展)/u;
const MANDATORY = /\b(?:mandatory|compulsory|automatic|automatically|always|guaranteed|must|definitely (?:get|gets|face|faces)|will (?:get|face))\b|\b(?:everyone|anyone|everybody|all (?:offenders|people)) (?:who|that)\b.*\b(?:gets?|receives?|faces?|serves?)\b/u;
/** "was a researcher", "worked as a senior leader": what a case is said to be */
const IDENTITY = /\b(?:was|is|were|are|been|being|worked as|works as|working as|served as|posing as)(?: actually| really| genuinely| truly| in fact)? (?:a|an|the)((?: [\p{L}-]+){1,3})/gu;
/** "(only) especially severe cases get 5 to 10 years": the severe band first, then what it gets, then the numbers (not "not especially severe") */
const SEVERE_GETS_SPAN = /(?<!\bnot (?:\w+ )?)\b(?:especially |particularly |extremely |very |most )?(?:severe|serious)(?: cases?| ones?| offen[cs]es?)?\b[^,;.]{0,30}?\b(?:get|gets|got|face|faces|carry|carries|receive|receives|mean|means|is|are|draw|draws|result in|lead to)\b[^,;.]{0,20}?\d|\b\d+ ?(?:-|to) ?\d+(?: ?years?| ?yrs?)?(?: range| band| bracket)?\b[^,;.]{0,12}?\b(?:applies|apply|is|are|reserved|meant|kept|used)\b (?:only |just )?(?:to|for) (?:the )?(?:most )?(?:especially |particularly |extremely |very )?(?:severe|serious)\b|\b(?:is|are|was|were)\s+(?:it\s+)?\d+ ?(?:-|to) ?\d+(?: ?years?| ?yrs?)? (?:the |a |what )?(?:range|band|bracket|sentence|penalty|punishment|term|you get)s? (?:for|in|of|given (?:for|in)) (?:the )?(?:most )?(?:especially |particularly |extremely |very )?(?:severe|serious)\b/u;
/** the most anyone could get, rather than the most any case got */
const LAW_WORST = /\b(?:under|by|in|per) (?:the|that|this|its|china'?s) (?:counter-espionage |espionage )?law\b|\b(?:can|could|may|might) (?:you|u|one|someone|anyone|a person|people|offenders?|spies|they) (?:get|face|receive|be given)\b|\b(?:possible|allowed|permitted)\b|\bthe law (?:mentions|says|allows|gives|sets|provides|cites|lists)\b|^(?!.*\b(?:who|whom|whose|which (?:one|suspect|case|guy|person)|any of them|of the (?:three|suspects|cases))\b).*(?:\b(?:mentioned|cited|listed|named) in the (?:article|piece|story|report)\b|\bthe (?:article|piece|story|report) (?:mentions|cites|lists|names|gives|talks about)\s*[?.!]*$)/u;
/** "宋是研究员", "钟是涉密单位的领导": what the case is said to be, its head noun last */
const ZH_IDENTITY = /是(?:一名|一个|一位|个|位|名)?(?:\p{Script=Han}{0,10}的)?(\p{Script=Han}{2,6})[。！!.]?$/u;
/** "the mss disclose", "it actually go into": the article or the ministry telling, with the words of the telling */
const TELLING = new RegExp(String.raw`\b(?:article|story|piece|report|mss|ministry|it|they)\s+(?:\w+ly\s+)?(${tellingVerbs(["base", "s", "past"], { deeds: false })})\b`, "u");
/** "the only one the article calls unemployed": the article characterising a case, its verb no part of what is said of the case */
const ARTICLE_TELLS = new RegExp(String.raw`\b(?:article|story|piece|report)\s+(?:\w+ly\s+)?((?:${tellingVerbs(["base", "s", "past", "participle"], { characterisingOnly: true })})(?: as)?)\b`, "u");
/** "how many cases were disclosed": the same, said the other way round */
const TOLD = new RegExp(String.raw`\b(?:were|are|was|is|get|got)\s+(${tellingVerbs(["participle"], { deeds: false })})\b`, "u");
/** "howmany", "whatdid": a question word typed onto the word after it */
const GLUED_ASK = /^(?:how|what|whats|who|whos|why)$/u;
const GLUED_NEXT = /^(?:many|much|long|did|does|do|is|was|were|are|happened|happens)$/u;
/** "the same as", "the difference between": bodies set side by side */
const COMPARES_BODIES = /\b(?:difference|differ|differs|diff|same (?:\w+ )?as|related to|part of|compared? (?:to|with)|(?:\w+'s )?version of|equivalent (?:of|to)|counterpart (?:of|to)|similar to|(?:is|are) (?:it |the \w+ )?(?:basically |kind of |sort of )?like)\b/u;
/** "is reported to have", "that the article mentions": a claim about what the article reports */
const REPORTED = new RegExp(String.raw`\b(?:is|are|was|were) (?:reported|said|described|known|mentioned|confirmed) (?:by (?:the )?(?:article|report|story|mss|ministry|authorities) )?(?:to|as)\b|\b(?:\p{L}+'s )?case (?:mentions|states|gives|says|reports)\b|\bwhose [\w ]{0,30}?\b(?:is|are|was) (?:\w+ly )?(?:given|stated|reported|mentioned|specified)\b|\b(?:given|stated|reported|mentioned|specified) in the article\b|\b(?:described|named|listed|identified) as\b|\bbeing (?:stated|given|reported|mentioned|specified)\b|\b(?:that |as far as )?(?:the (?:article|story|piece|report)|we know|the mss|the ministry)(?: (?!only\b)\w+ly)? (?:${tellingVerbs(["s", "past"])}|knows|tells us)\b|\breportedly\b|\b(?:reported|named|mentioned|covered) (?:in|by) the (?:article|mss|ministry)\b|\bwhose\b.*\bthe (?:article|report|story|mss|ministry)(?: \w+ly)? (?:${tellingVerbs(["base", "s"])})\b`, "u");
/** "who published this", "which paper ran it": the publisher asked about */
const PUBLISHING = /\b(?:published|publisher|publish|publication|newspaper|news ?paper|outlet|which paper|what paper|news (?:site|agency|organi[sz]ation))\b/u;
/** "only cover stealing", "just stealing": a restriction (not "not only", "only one", "the only") */
// (not "merely" inside a clause of who: "people who just buy secrets aren't covered" restricts nothing)
/** "qi only photographed the materials": one deed said to be all that was done, the verb right after the restriction */
const ONLY_DEED = /(?<!\bnot |n't )\b(?:only|just|merely|simply)\s+(?:\p{L}+ly\s+)?(?!(?:started|began|tried|wanted|got|had|did|went|came|used|needed|happened|managed|decided|seemed|appeared|reached|offered)\b)\p{L}+ed\b/u;
const ONLY = /(?<!\bnot |n't |\b(?:isnt|wasnt|didnt|doesnt|dont|arent|werent) |\bthe |\b(?:who|that) )\b(?:only|just|solely|exclusively)\b(?! (?:one|1|two|three|a few|after|before|because|if|when|then|to(?! (?:\w+ )?(?:citizens|nationals|employees|officials|governments?|foreigners|members|workers|civil servants)))\b)/u;
/** a verb of taking or passing on materials, then a word that says they were secret ("stole classified documents") */
const SECRET_TAKEN = /\b(?:stole|steal|steals|stealing|took|take|taking|copied|copying|photographed|downloaded|downloading|leaked|leaking|handed over|passed on|sent|sending|smuggled|grabbed|swiped|nabbed)\b(?: \w+){0,3}? (?:classified|secret|confidential|top[- ]secret|sensitive)\b|\b(?:stolen|taken|lifted|swiped|came|come|comes|pulled|sourced|obtained)\b (?:from|out of|off) (?:a |an |the |some )?(?:classified|secret|confidential|top[- ]secret)\b/u;
/** a term a case got ("who got less than the minimum"), not what the law allows anyone */
const CASE_GOT = /\bdid\b[^?]*\b(?:get|receive|serve)\b|\b(?:got|gotten|received|served|was (?:given|sentenced|handed)|were (?:given|sentenced|handed)|ended up (?:with|getting)|landed)\b/u;
/** "did anyone …", "any of them": a case asked of them all */
const ANYONE = /\b(?:anyone|anybody|any of them|any of the (?:three|suspects)|someone|somebody|any suspects?)\b/u;
/** "偷了机密文件": the same, in Chinese */
const ZH_SECRET_TAKEN = /(?:偷|窃取|盗取|盗|拷贝|复印|拍摄?|下载|泄露|带走|拿走)了?[^，。！？,.!?]{0,6}(?:机密|秘密|涉密|保密|绝密)/u;
/** "这篇文章是谁发布的": who published the article, in Chinese */
// ("zhong's sentence isn't mentioned", "none of them is named in full": what the article gives, the article unnamed)
const COVERAGE = /\b(?:the article|the report|the story|the piece|the mss|the ministry)(?: \w+ly)? (?:never |doesn'?t |does not |didn'?t |did not )?(?:names?|gives?|mentions?|identif(?:y|ies)|reveals?|specif(?:y|ies)|lists?)\b|\b(?:is|are|was|were|get|gets|got)(?: not| never)? (?:named|given|mentioned|identified|specified|listed) (?:in|by) the (?:article|report|story|piece)\b|\b(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t)(?: not| never)? (?:mentioned|specified|stated|given|spelled out|named in full|fully named)(?=\s*(?:anywhere|at all|either|in full)?\s*(?:(?:in|by) the (?:article|report|story|piece)\s*)?(?:[.!,;]|$))/u;
/** "齐的刑期文章里写明了", "文章没提到钟的刑期": what the article gives, in Chinese */
const ZH_COVERAGE = /(?:文章|报道|新闻|原文)(?:里|中|里面|上)?(?:只|仅|都|也|并)?(?:没有?|未|并未|没)?(?:写明|写出|提到|提及|说明|写了|给出|交代|点名|公布)/u;
/** "reported him", "reported song", "reported to the police": reporting someone, a deed rather than the article's telling */
const REPORTS_WHOM = /\breport(?:s|ed|ing)? (\p{L}+)/gu;
const TELLING_STEMS = new Set(tellingVerbs(["base", "s", "past"]).split("|").flatMap((v) => v.split("\\s+")).filter((w) => /^\p{L}+$/u.test(w)).map((w) => stem(w)));
const ASKS_ON_VERB = /^(?:did|does|do|was|were|is|are|has|have|had)\b/u;
const INNER_NEGATION = /\b(?:never|no|nothing|without|none)\b/u;
const NOT_WORD = /\bnot\b|n'?t\b/u;
/** a negation in the words as typed (not one an idiom made of "tell the truth", "honest") */
const TYPED_NEGATION = /\b(?:not|never|no|none|nothing|nobody|without|neither|nor)\b|n['’]?t\b|没|不|未|无/u;
/** "got administrative penalties and no prison, that right?": a negation only of a later part, not of what is asked */
const LATER_NEGATION = /(?:\band|\bbut|,)\s+(?:no|not|never)\b/u;
/** "all three got sentences …", "each of them was sentenced …": the suspects as the ones who received terms */
const SUSPECTS_GOT = /\b(?:all three|all of them|each of them|the three(?: of them)?|they all|both of them|all the suspects|the suspects|every suspect|each suspect)\b.*\b(?:got|get|gets|received|were (?:sentenced|given|jailed|handed)|was (?:sentenced|given|jailed|handed)|served)\b/u;
/** "u sure it wasn't 5 years?": the asker's doubt of a statement, not the statement asked */
const DOUBTED = /^(?:are |r )?(?:you|u|ya) (?:sure|certain)\b/u;
const REPORTED_TO = /\breported (?:\w+ )?to (?:the )?(?:authorit|police|state security|mss|ministry|investigators)/u;

/** "Xinhua broke this first", "Reuters covered it too": another outlet said to have run the story as well, or before */
const ELSEWHERE = /\b(?:first|broke|break|breaking|earlier|before|also|too|as well|picked (?:it |this |the story )?up)\b/u;
const PUBLISHED_VERB = /\b(?:came out|come out|comes out|was posted|got posted|went up|was written|was released|is dated|dated)\b/u;
const ZH_PUBLISHING = /(?:文章|报道|新闻|这篇).{0,12}(?:发布|发表|刊登|刊发|发的)|哪家(?:媒体|报纸)|哪个(?:媒体|报纸)/u;
/** "tried again", "a second time": a later deed the article never reports */
const AGAIN = /\b(?:again(?!\s*[?.!]*$)|a second time|once more|re-?offend\w*|later on|afterwards|ever since|since then)\b/u;
/** "the same way", "the same outcome": one value shared by the cases (SAMENESS is for what the case base never holds) */
// participles people use as adjectives of a thing ("took classified originals"); a past verb right after the clause's
// own verb is otherwise the sentence's ("the guy whose startup flopped disclosed …")
const ADJECTIVAL = /^(?:classified|unclassified|frozen|failed|stolen|restricted|limited|detailed|fabricated|falsified|forged|doctored|published|leaked)$/u;
// words that follow a verb but start no noun phrase ("claimed to", "deprived of", "jailed too")
const OPENS_NO_NOUN = /^(?:of|to|for|in|on|at|by|with|from|as|and|or|but|the|a|an|his|her|their|him|them|it|that|too|also|again|later|then|after|before)$/u;
const SAME = /\b(?:the same|same|identical|alike|similar|similarly)\b/u;
// (the agency asked as one and the same, not the way it was reached: "is the way qi contacted the agency the same as zhong's?")
const SAMENESS = /\b(?:the (?:very |exact )?same|one and the same|identical|a single|different|separate|distinct)\s+(?:(?:foreign|overseas|intelligence|spy)\s+)*(?:agenc\w*|agent\w*|country|countries|handler\w*|website\w*|person|people|office)\b|(?<!\b(?:way|ways|how|method|methods|means|channel|route|manner)\b.*)\b(?:agency|agencies)\b.*\b(?:the (?:very |exact )?same(?: one)?|identical|different (?:one|ones|agencies))\b(?! (?:way|ways|method|methods|means|channel|route|manner|approach))/u;
const ZH_SAMENESS = /(?:同一|同样的|相同的)(?:个|家|名)?(?:境外|外国)?(?:间谍)?(?:情报)?(?:机构|机关|国家|网站|特工|间谍|人员|联系人)/u;
const THING_COUNT = /\b(?:more than one|several|multiple|many|a few|numerous|two|three|four|five|dozens of|hundreds of)\s+(?:foreign\s+|different\s+|other\s+)?(?:agenc\w*|agent\w*|documents?|files?|projects?|websites?|countr\w*|photos?|pictures?|times|messages?|emails?)\b/u;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half|quarter|third)$/u;
const DURATION_WORD = /^(?:years?|yrs?|months?|mos?|mths?|weeks?|days?|y|m|half)$/u;

/** Lower case English: accents, Han, markdown marks and quotation marks taken off. */
function fold(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\p{Script=Han}+/gu, " ")
    // markdown emphasis, code marks and a quote's leading ">" are no part of the words ("qi > 2 years" keeps its sign)
    .replace(/[*_~`|]+/gu, " ")
    .replace(/(^|\n)\s*>+(?!\s*=?\s*\d)/gu, "$1 ")
    // a dash between words is a pause, as a comma is ("song and qi — did both …"); between numbers it is a range
    .replace(/(?<![\d\s])\s*(?:\s[\u2014\u2013]+|[\u2014\u2013]+\s|\s--?\s)\s*(?![\d\s])/gu, ", ")
    // quotation marks, not apostrophes inside words ("qi's")
    .replace(/(^|[^\p{L}])['"“”‘’]+|['"“”‘’]+(?=[^\p{L}]|$)/gu, "$1 ")
    .replace(/\s+/gu, " ")
    .trim();
}


const NAMES_ONLY = /\b(?:(?:sur)?names? only|only (?:the |their )?(?:sur)?names?|just (?:the |their )?(?:sur)?names?)\b/iu;
const NAMES_ONLY_PHRASE = /[\s,;:\u2013\u2014-]*\b(?:(?:sur)?names? only|only (?:the |their )?(?:sur)?names?|just (?:the |their )?(?:sur)?names?)\b(?:,?\s*(?:please|pls|plz))?[\s.!]*/giu;
/** "who worked at the subsidiary — name?": a bare "name?" after a which-question asks the same (not after a description: "the unemployed one, surname?") */
const NAME_TAIL = /\s*[,;:\u2013\u2014-]\s*(?:his |their |the )?(?:sur)?names?\s*[?？]*\s*$/iu;

/** "the foreign agency revealed these cases": the agency named as the body that made them public */
/** "whose case involved", "which case had": a case asked for by what it involved */
const WHICH_CASE_HAD = /\b(?:which|whose|what)(?: (?:suspect|guy|one|man|person)(?:'s)?)? cases? (?:involved|involves|involving|had|has|featured|features|concerned|concerns|was about|is about|mentioned|mentions)\b/u;
/** "did zhong reveal", "he revealed": who reveals, right before the verb */
const CASE_TELLS = /\b(?:did|does|has|had|would|could|will) ([\p{L}']+) (?:actually |really |ever |even |try to |attempt to )?(?:reveal|disclose|leak)\b|^([\p{L}']+) (?:revealed|disclosed|leaked)\b/u;
/** "which ministry is behind this", "what department handled it": a body of government asked for by name is the one that made the cases known */
const WHICH_BODY = /^(?:so |and |but |ok |okay )?(?:which|what) (?:government )?(?:ministry|ministries|department|departments|authority|authorities|government body)\b/u;
const AGENCY_REVEALED = /^(?:the |a |an |some )?(?:foreign |overseas )?(?:spy |intelligence )?(?:agency|agencies|spies)\b(?: (?:is|was|were) the (?:one|ones) (?:that|who|which))?\s+(?:first )?(?:revealed|disclosed|announced|made public|publici[sz]ed|exposed|broke|reported)\b.*\b(?:cases?|story|news)\b/u;

/** two content words joined by "or" or a slash, neither a name nor "not" */
const EITHER = /\b(?!(?:not|nah|no|what|who|which|something|anything|whatever|so|else)\b)(\p{L}{3,})(?: or |\/)(?:an? |the |by |in |on |through |via |from )?(?:(?:bad|failed|failing|poor|risky|lost|losing|classified|secret|confidential|public|foreign|official|own|his|their)\s+)?(?!(?:not|nah|no|what|who|which|something|anything|whatever|so|else|both|neither)\b)(\p{L}{3,})\b/u;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

const caseAttribute = (a: ReadAttribute | null | undefined): boolean =>
  a !== null && a !== undefined && (a === "law" || !a.startsWith("law")) && a !== "source" && a !== "title" && a !== "date" && a !== "overview" && a !== "cases";

const textual = (a: ReadAttribute | null | undefined): boolean =>
  a === "actions" || a === "falseClaim" || a === "moneyTrouble" || a === "agency" || a === "offence" || a === "law" || a === "contact" || a === "employment";

export const KIND_SPECS = {
  greeting: { priority: 1, test: (c) => c.empty || c.helpRequest },
  offtopic: {
    priority: 2,
    // a described case ("the unemployed guy") is a case, found after reading; a topic the article is silent on is no other topic;
    // ("did any of the three meet foreign agents": the cases, counted over, in the article's words)
    test: (c, q) => c.instruction || (!q.cases?.length && !c.common && (q.silent === UNRECOGNISED || (!q.silent && !q.attribute && !q.others?.length && !c.lawWords && !c.hasTerm && !q.description?.length && !(q.quantifier && q.words?.length && !q.unfamiliar?.length)))),
  },
  silent: { priority: 3, test: (_c, q) => q.silent !== null && q.silent !== undefined },
  // ("what did zhong do after the agency asked about the unit": the article's next deed of the case)
  next: { priority: 4.5, test: (_c, q) => !!q.after?.length },
  // (of the law alone, only a multiple of one end against the other: "is the maximum double the minimum")
  arithmetic: { priority: 4, test: (c, q) => c.arithmetic !== null && (!(q.attribute && q.attribute.startsWith("law") && !q.cases?.length) || (c.arithmetic.op === "range-ratio" && c.arithmetic.said !== undefined) || c.arithmetic.op === "width" || (c.arithmetic.op === "in-units" && c.arithmetic.of !== undefined)) },
  compare: {
    priority: 5,
    test: (c, q) => (c.comparative && (q.cases?.length ?? 0) >= 2) || (c.superlative && (q.cases?.length ?? 0) !== 1 && !q.attribute?.startsWith("law")),
  },
  // ("what did all three have in common": not one case's attribute, and not the overview of each)
  common: { priority: 5.5, test: (c, q) => c.common && (q.cases?.length ?? 0) !== 1 },
  count: { priority: 6, test: (c) => c.howMany },
  yesno: { priority: 7, test: (c) => c.yesno },
  // ("out of zhong, qi and song, who lost money": the cases named are the ones to choose among)
  which: { priority: 8, test: (c, q) => c.which && !c.agentAsked && !c.recipient && (q.via !== "named" || q.quantifier === "all" || (q.cases?.length ?? 0) >= 2) && caseAttribute(q.attribute) },
  meta: { priority: 9, test: (_c, q) => q.attribute === "source" || q.attribute === "date" || q.attribute === "title" },
  overview: { priority: 10, test: (_c, q) => !q.attribute || q.attribute === "overview" || q.attribute === "cases" },
  value: { priority: 11, test: () => true },
} satisfies Record<Kind, KindSpec>;

const KIND_ORDER = (Object.entries(KIND_SPECS) as Array<[Kind, KindSpec]>).sort((a, b) => a[1].priority - b[1].priority);

/** Ties between attributes go to the more specific one. */
const ATTRIBUTE_PRIORITY: Record<ReadAttribute, number> = {
  rights: 1, sex: 1.5, secrets: 2, falseClaim: 3, agency: 4, contact: 5, moneyTrouble: 6, employment: 7, offence: 8, penalty: 9,
  lawSevere: 10, lawConduct: 11, lawRange: 12, law: 13, outcome: 14, actions: 15, date: 16, title: 16.5, source: 17, cases: 18, overview: 19,
};

interface AttrCue {
  attribute: ReadAttribute;
  words: Set<string>;
  phrases: RegExp[];
  zh: string[];
}

// A negation reaches the words after it, up to a word that starts another clause
const NEGATORS = new Set(["not", "never", "no", "didnt", "wasnt", "isnt", "werent", "hasnt", "hadnt", "doesnt", "dont", "arent", "cant", "cannot", "couldnt", "without", "nothing", "zero", "nor", "neither"]);
const SCOPE_END = new Set(["and", "but", "just", "only", "so", "because", "though", "although", "rather", "instead", "while", "yet", "then", "which", "unlike"]);

const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);
const REPORTING = new Set(["that", "say", "said", "says", "claim", "claimed", "claims", "pretend", "pretended", "tell", "told", "think", "thought", "know", "knew", "admit", "admitted", "realize", "realized", "mention", "mentioned", "state", "stated"]);

function denied(tokens: readonly { word: string }[], stems: readonly string[], keep: (i: number) => boolean): string[] {
  const out: string[] = [];
  let open = false;
  tokens.forEach((t, i) => {
    if (NEGATORS.has(t.word)) open = true;
    else if (SCOPE_END.has(t.word)) open = false;
    // (a new subject starts another clause: "never used the website, he went through an intermediary";
    // not one a verb of saying introduces: "didn't claim he was a researcher")
    else if (SUBJECT_PRONOUNS.has(t.word) && !REPORTING.has(tokens[i - 1]?.word ?? "")) open = false;
    else if (open && keep(i)) out.push(stems[i]!);
  });
  return out;
}

export class Reader {
  private readonly names: NameResolver;
  private readonly han: Array<[string, string]>;
  private readonly cues: AttrCue[];
  private readonly silent: Array<{ id: string; patterns: RegExp[]; zh: string[]; about?: ReadAttribute }>;
  /** per silent topic, the restriction its nearest facts rule out ("only handled in Beijing") */
  private readonly restrictions = new Map<string, RegExp>();
  private readonly synonyms: Map<string, string[]>;
  private readonly idioms: Array<[RegExp, string]>;
  /** the idioms written in Chinese, read on the text as typed (Chinese is read from it, not from the folded words) */
  private readonly hanIdioms: Array<[RegExp, string]>;
  /** each idiom without the global flag, to find the first that applies */
  private readonly idiomTests: RegExp[];
  private readonly vocabulary = new Set<string>();
  /** Chinese words read as the article's English words */
  private readonly zh: Array<[string, string]>;
  /** every Han word something reads, longest first */
  private readonly hanWords: string[];
  /** words that point at what is asserted (jailed, claimed, arrested), not details: all cue words but channels and deeds */
  private readonly predicateWords = new Set<string>();
  private readonly ourOutlet: RegExp | null;
  private readonly otherOutlet: RegExp | null;
  private readonly otherAuthority: RegExp | null;
  /** stems of the words of the article and of the case base's statements */
  private readonly inArticle = new Set<string>();
  /** stems of every word the article, the lexicon and plain question English use */
  private readonly known = new Set<string>();
  private readonly ourAuthority: RegExp | null;

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
    // each topic's patterns as one alternation: one test per topic on every question, not one per pattern
    for (const s of lex.silent) if (s.restrictionDenied.length) this.restrictions.set(s.id, new RegExp(s.restrictionDenied.map((p) => `(?:${p})`).join("|"), "u"));
    this.silent = lex.silent.map((s) => ({ id: s.id, patterns: [new RegExp(s.patterns.map((p) => `(?:${p})`).join("|"), "u")], zh: s.zh, ...(s.about ? { about: s.about } : {}) }));
    this.idiomTests = lex.idioms.map((i) => new RegExp(i.pattern, "u"));
    this.idioms = lex.idioms.map((i) => [new RegExp(i.pattern, "gu"), i.as]);
    this.hanIdioms = this.idioms.filter(([re]) => HAN.test(re.source));
    this.synonyms = new Map(Object.entries(lex.synonyms).map(([k, v]) => [stem(k), v.map((w) => stem(w))]));
    const named = (list: readonly string[]) => list.length ? new RegExp(list.map((n) => (/\p{Script=Han}/u.test(n) ? escapeRe(n) : `\\b${escapeRe(n.toLowerCase())}\\b`)).join("|"), "u") : null;
    // (the publisher's name in Chinese too, where the lexicon gives it: "中国日报")
    const publisher = data.article.publication.publisher;
    this.ourOutlet = named([publisher, ...Object.entries(lex.zh).filter(([, en]) => en.toLowerCase() === publisher.toLowerCase()).map(([zh]) => zh)]);
    this.otherOutlet = named(lex.outlets);
    this.ordinary = new Set(lex.ordinary);
    this.citedRange = data.law.provisions.find((p) => p.kind === "standard")?.range;
    this.lawName = new Set(tokenize(data.law.name).map((t) => stem(t.word)).filter((s) => s !== stem("law")));
    this.otherAuthority = named(lex.authorities);
    const body = named([data.article.disclosedBy, data.article.disclosedByShort]);
    // (the body as the subject of a verb of making known: "the MSS first posted this", not "the MSS said zhong disclosed …")
    this.ourAuthority = body ? new RegExp(`(?:${body.source})(?:\\s+(?:is|was|'s)\\s+the (?:one|body|agency|ministry))?(?:\\s+(?:that|who|which))?\\s+(?:\\w+ly\\s+|first\\s+|also\\s+)?(?:posted|published|released|announced|revealed|disclosed|shared|put out|made public|publici[sz]ed)\\b`, "u") : null;
    // (outlets and bodies are known names, not details the article never gives)
    for (const n of [data.article.publication.publisher, ...lex.outlets, ...lex.authorities]) for (const w of n.toLowerCase().match(/\p{L}+/gu) ?? []) this.vocabulary.add(w);
    for (const w of [...STOPWORDS, ...COMMON_WORDS]) this.vocabulary.add(w);
    for (const c of Object.values(lex.attributes)) for (const w of c.words) this.vocabulary.add(w.toLowerCase());
    for (const k of Object.keys(lex.synonyms)) this.vocabulary.add(k);
    for (const c of Object.values(lex.attributes)) for (const w of c.words) if (w.length >= 4) this.cueWords.push(w.toLowerCase());
    const articleWords = data.article.text.toLowerCase().match(/\p{L}+/gu) ?? [];
    this.zh = Object.entries(lex.zh);
    this.hanWords = hanVocabulary([...Object.keys(lex.zh), ...Object.values(lex.attributes).flatMap((c) => c.zh), ...lex.silent.flatMap((s) => s.zh), ...this.han.map(([h]) => h)]);
    const statements = [...data.attributes.values()].flatMap((a) => Object.values(a).map((v) => (v.said ? `${v.statement} ${JSON.stringify(v.value)}` : "")));
    for (const w of [...articleWords, ...statements.join(" ").toLowerCase().match(/\p{L}+/gu) ?? []]) this.inArticle.add(stem(w));
    for (const targets of Object.values(lex.synonyms)) for (const t of targets) this.inArticle.add(stem(t));
    for (const [attribute, cue] of Object.entries(lex.attributes)) {
      if (attribute !== "contact" && attribute !== "actions" && attribute !== "moneyTrouble") for (const w of cue.words) this.predicateWords.add(stem(w.toLowerCase()));
    }
    for (const w of [...articleWords, ...this.vocabulary, ...Object.values(lex.synonyms).flat()]) this.known.add(stem(w));
    for (const c of data.cases) for (const s of c.spellings) this.known.add(stem(s.spelling.toLowerCase()));
    for (const k of Object.keys(lex.synonyms)) if (k.length >= 5) this.cueWords.push(k);
    for (const k of Object.keys(lex.antonyms)) if (k.length >= 6 && !this.cueWords.includes(k)) this.cueWords.push(k);
    // the article's own longer words, for typos in them ("securty", "investmnets")
    for (const w of new Set(articleWords)) if (w.length >= 6 && !this.cueWords.includes(w)) this.cueWords.push(w);
    // (and the words people use about it that it never uses itself: "artcle", "sentance")
    for (const w of this.vocabulary) if (w.length >= 6 && /^\p{L}+$/u.test(w) && !this.cueWords.includes(w)) this.cueWords.push(w);
    for (const w of [...Object.values(lex.attributes).flatMap((c) => c.words.map((x) => x.toLowerCase())), ...Object.keys(lex.synonyms)]) {
      if (w.length !== 3 || !/^\p{L}+$/u.test(w)) continue;
      const swapped = w[0]! + w[2]! + w[1]!;
      if (swapped !== w && !this.vocabulary.has(swapped) && !STOPWORDS.has(swapped) && !this.ordinary.has(swapped)) this.shortSwaps.set(swapped, w);
    }
    // (shorter ones last, and only ever as two letters swapped or one too many: "tlak" is "talk")
    for (const w of [...this.vocabulary, ...tellingVerbs(["base", "s", "past"]).split("|").flatMap((v) => v.split("\\s+"))]) if (w.length >= 4 && w.length < 6 && /^\p{L}+$/u.test(w) && !this.cueWords.includes(w)) {
      this.cueWords.push(w);
      this.swapOnly.add(w);
    }
  }

  private readonly corrections = new Map<string, string>();
  /** three-letter cue words with their last two letters swapped ("jbo" is "job"), where the swap is no word itself */
  private readonly shortSwaps = new Map<string, string>();
  /** English words never read as a typo of a lexicon word ("boring" is no "bring") */
  private readonly ordinary: ReadonlySet<string>;
  /** the range the article cites for ordinary cases, against which a span written out is told apart */
  private readonly citedRange: { minMonths: number; maxMonths: number | null } | undefined;
  /** the cited law's own name, as stems ("counter", "espionag"): a law named, not any law */
  private readonly lawName: ReadonlySet<string>;
  private readonly cueWords: string[] = [];
  /** cue words matched only as two letters swapped */
  private readonly swapOnly = new Set<string>();

  /** A typo in an ordinary word of the lexicon ("contcat", "agnecy") reads as the word. */
  private correct(en: string): string {
    // (a word cut by an apostrophe is no typo: "weren" of "weren't")
    // (four letters only as a swap of two: "jial" is "jail", but a wrong or missing letter makes too many other words)
    return en.replace(/(?<!['\u2019\p{L}])\p{L}{3,}(?!['\u2019\p{L}])/gu, (w) => {
      if (w.length === 3) return this.isWord(w) ? w : (this.shortSwaps.get(w) ?? w);
      if (this.vocabulary.has(w) || STOPWORDS.has(w) || INTENSIFIERS.has(w) || this.isWord(w) || this.known.has(stem(w)) || this.ordinary.has(w)) return w;
      let fixed = this.corrections.get(w);
      if (fixed === undefined) {
        fixed = w;
        const max = 1;
        // ("meetin", "sellin": the g dropped from a word the article uses)
        // (not a word of its own built on a little word: "within")
        const dropped = w.length >= 5 && w.endsWith("in") && !IN_WORDS.has(w) && this.known.has(stem(`${w}g`));
        if (dropped) fixed = `${w}g`;
        for (const cue of dropped ? [] : this.cueWords) {
          // a swap, a missing or an extra letter; a wrong letter only in long words, where it cannot make another word
          const substitution = cue.length === w.length && !isTransposition(w, cue);
          if (substitution && w.length < 8) continue;
          // (and not of the first letter: "cats" is no typo of "acts"; a short word of the lexicon only as a swap: "estate" is no "state")
          if ((w.length === 4 || cue.length === 4 || this.swapOnly.has(cue)) && (cue.length !== w.length || !isTransposition(w, cue) || w[0] !== cue[0])) continue;
          if (Math.abs(cue.length - w.length) <= max && editDistance(w, cue, max) <= max && !this.names.resolveToken({ word: w, raw: w, index: 1, han: false })) {
            fixed = cue;
            break;
          }
        }
        // ("qisentence", "howmany": two words typed without the space)
        if (fixed === w) fixed = this.unglued(w) ?? w;
        if (this.corrections.size < 10_000) this.corrections.set(w, fixed);
      }
      return fixed;
    });
  }

  /** Typos mended, then the idioms read again where a mended word makes one ("kept his politcal rights"). */
  private corrected(typed: string): string {
    const en = this.correct(typed);
    return en === typed ? en : this.plain(en);
  }

  /** Two known words run together, split where both halves are words or surnames; null when no split makes two. */
  private unglued(w: string): string | null {
    // (only a surname and a word, or a question word and what follows it: "within" is no "with in")
    const surname = (x: string) => this.names.resolveToken({ word: x, raw: x, index: 1, han: false })?.kind === "case";
    const word = (x: string) => x.length >= 3 && (this.vocabulary.has(x) || STOPWORDS.has(x));
    for (let i = 2; i <= w.length - 2; i++) {
      const [a, b] = [w.slice(0, i), w.slice(i)];
      if ((surname(a) && word(b)) || (word(a) && surname(b)) || (GLUED_ASK.test(a) && GLUED_NEXT.test(b))) return `${a} ${b}`;
    }
    return null;
  }

  /** Whether a stem is a word the article, its case base, its synonyms or its predicates use (not a detail it never gives). */
  isFamiliar(s: string): boolean {
    return this.inArticle.has(s) || this.synonyms.has(s) || this.predicateWords.has(s);
  }

  /** Whether a stem is one of the words that point at this attribute (they need not be found in its value). */
  isCue(attribute: string, s: string): boolean {
    return this.cues.find((c) => c.attribute === attribute)?.words.has(s) ?? false;
  }

  readonly isWord = (w: string): boolean => {
    if (this.vocabulary.has(w)) return true;
    const s = stem(w);
    return this.cues.some((c) => c.words.has(s));
  };

  /** Stems with the lexicon's synonyms: what a predicate's words are matched on. */
  expand(stems: readonly string[]): string[][] {
    return stems.map((s) => [s, ...(this.synonyms.get(s) ?? [])]);
  }

  /** The lexicon's idioms in the article's plain words. */
  private plain(folded: string): string {
    // Most questions hold no idiom. One test per idiom, up to the first that
    // applies, is about six times faster than one alternation of them all:
    // V8 scans each pattern from its own first character, and an alternation's
    // leading lookbehinds ran at every position (a third of /ask's time).
    // Idioms before the first that applies cannot change the text.
    const first = this.idiomTests.findIndex((re) => re.test(folded));
    if (first < 0) return folded;
    let out = folded;
    for (let i = first; i < this.idioms.length; i++) out = out.replace(this.idioms[i]![0], this.idioms[i]![1]);
    return out;
  }

  /** A noun phrase that describes a case ("the guy who made bad investments"), as the stems to find him by. */
  describing(text: string): string[] {
    const en = this.corrected(this.plain(fold(clean(unwrap(text).core))));
    return tokenize(en.replace(DESCRIBER, " "))
      .filter((t) => !STOPWORDS.has(t.word) && !INTENSIFIERS.has(t.word) && !LIGHT_WORDS.has(t.word))
      .map((t) => stem(t.word));
  }

  /**
   * The descriptions in a text that puts two cases side by side ("who had it
   * worse, the guy who took docs home or the guy who downloaded public info"),
   * each as written, with the text they sit in (unwrapped, lower case).
   */
  descriptions(text: string): { text: string; phrases: string[] } {
    const core = unwrap(text).core.toLowerCase();
    // ("did [the employee who photographed stuff] pledge allegiance": after "did", a plain verb past the clause's own ends it)
    const asked = /^(?:did|does|do|didn'?t|doesn'?t|don'?t)\b/u.test(core);
    // (only a phrase that ran on to the end of its sentence: "… work get more" ended where it should)
    const cut = (phrase: string, end: number) => {
      if (!asked || !/^\s*(?:[?？,.!]|$)/u.test(core.slice(end))) return phrase;
      const words = phrase.split(" ");
      const clause = words.findIndex((x) => /^(?:who|that|whose)$/u.test(x));
      // (not a verb of the clause's own: "failing to find work")
      const at = clause < 0 ? -1 : words.findIndex((w, i) => i > clause + 2 && BASE_VERB.test(w) && words[i - 1] !== "to");
      return at > 0 ? words.slice(0, at).join(" ") : phrase;
    };
    return { text: core, phrases: [...core.matchAll(DESCRIBED_PHRASE)].map((m) => cut(m[0], m.index + m[0].length)) };
  }

  /** The message without its wrapping (greetings, thanks, emoji), as typed. */
  unwrapped(text: string): string {
    return unwrap(text).core;
  }

  /** The question without its wrapping, in lower case: what splitting a message into its parts looks at. */
  core(text: string): string {
    return unwrap(text).core.toLowerCase();
  }

  read(question: string): Query {
    const { core: unwrapped, wrapped, whether } = unwrap(question);
    // (how the list is wanted, not what is asked: read, then set aside)
    const nameTail = /^(?:who|which|whose)\b/iu.test(unwrapped) && NAME_TAIL.test(unwrapped);
    const namesOnly = NAMES_ONLY.test(unwrapped.toLowerCase()) || nameTail;
    const core = this.withoutRemark(rephrase(namesOnly ? unwrapped.replace(NAMES_ONLY_PHRASE, "").replace(NAME_TAIL, "").trim() : unwrapped));
    // ALL CAPS carries no capitals worth reading ("WHAT DID QI GET")
    const upper = core.match(/\p{Lu}/gu)?.length ?? 0;
    const shouting = upper > 3 && upper >= 0.7 * (upper + (core.match(/\p{Ll}/gu)?.length ?? 0));
    const raw = this.hanIdioms.reduce((t, [re, as]) => t.replace(re, as), shouting ? clean(core).toLowerCase() : clean(core));
    const typed = this.plain(fold(raw));
    const en = this.corrected(typed);
    // "the one who photographed documents, what was his sentence": the clause names the case, the rest asks
    const clause = this.clauseIn(en);
    const asked = clause ? `${en.slice(0, clause.index)} ${en.slice(clause.index + clause.text.length)}`.replace(/\s+/gu, " ").trim() : en;
    // for phrases, the description stands for the case the way a pronoun would ("what did the pilot get")
    const askedHe = clause ? `${en.slice(0, clause.index)} he ${en.slice(clause.index + clause.text.length)}`.replace(/\s+/gu, " ").trim() : en;
    // Chinese cues are only looked for in text with Chinese characters in it
    const hasHan = HAN.test(raw);
    // "那个无业的人": a description in Chinese; the rest of the words are what is asked
    const zhClause = !clause && hasHan ? ZH_DESCRIPTION.exec(raw) : null;
    const rawAsked = zhClause ? raw.replace(zhClause[0], " ") : raw;
    const c = CUES(asked, rawAsked, whether, clause !== null && clause.index === 0);

    // cases: Han characters, then spellings and typos among the words
    const named: string[] = [];
    // (in the order the text gives them: "宋比齐判得重" puts Song first)
    if (hasHan) {
      const at = new Map<string, number>();
      for (const [h, id] of this.han) {
        const i = raw.indexOf(h);
        if (i >= 0 && (!at.has(id) || i < at.get(id)!)) at.set(id, i);
      }
      named.push(...[...at.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id));
    }
    const others: string[] = [];
    const ambiguous: string[] = [];
    // names are read with their capitals ("what did Ma get": a surname; "ma": a word)
    const tokens = tokenize(en);
    const cased = tokenize(raw.replace(/\p{Script=Han}+/gu, " ").replace(/[*_~`|>]+/gu, " "));
    const casedRaw = new Map(cased.map((t) => [t.word, t.raw]));
    const nameWords = new Set<string>();
    const caseOfWord = new Map<string, string>();
    for (const t0 of tokens) {
      const t = { ...t0, raw: casedRaw.get(t0.word) ?? t0.raw };
      const m = this.names.resolveToken(t, this.isWord);
      if (m?.kind === "case") nameWords.add(t.word);
      if (m?.kind === "case") caseOfWord.set(t.word, m.caseId);
      if (m?.kind === "case" && !named.includes(m.caseId)) named.push(m.caseId);
      else if (m?.kind === "other") others.push(m.name);
      else if (m?.kind === "ambiguous") ambiguous.push(t.raw);
    }

    // "was anyone besides qi sentenced", "the other two, were they sentenced like qi": the cases but the one named
    const except = EXCEPT.exec(en);
    if (except && named.length === 1 && nameWords.has(except[1] ?? except[2]!)) {
      const others = this.data.cases.filter((x) => x.id !== named[0]).map((x) => x.id);
      named.splice(0, named.length, ...others);
    }
    const ordinal = ORDINAL.exec(en);
    const byPlace = ordinal !== null && !named.length;
    if (ordinal && !named.length) {
      const which = ordinal[1] ?? ordinal[2]!;
      const order = which === "last" ? Math.max(...this.data.cases.map((x) => x.order)) : ORDINALS[which]!;
      const hit = this.data.cases.find((x) => x.order === order);
      if (hit) named.push(hit.id);
    }

    // attribute: lexicon words, phrases and Chinese cues, most specific on a tie
    // ("how many cases did the mss disclose", "how many does it go into": the article's telling, not a deed of the cases)
    // ("the only one the article calls unemployed": the article's telling, whatever is asked)
    const telling = c.howMany ? (TELLING.exec(asked) ?? TOLD.exec(asked)) : ARTICLE_TELLS.exec(asked);
    const tellingWords = new Set(telling ? tokenize(telling[0]).map((t) => t.word) : []);
    const askedTokens = (clause && !named.length ? tokenize(asked) : tokens).filter((t) => !nameWords.has(t.word) && !tellingWords.has(t.word));
    const stems = askedTokens.map((t) => stem(t.word));
    // hedges ("actually", "real") point at no attribute, whatever the lexicon lists
    const score = this.scoreAttributes(stems.filter((_s, i) => !INTENSIFIERS.has(askedTokens[i]!.word)), en, askedHe, hasHan ? rawAsked : null);
    // a duration points at the prison term, unless the words point at something else and not at a penalty
    // ("had been jobless for more than a year", "worked with the agency for two years")
    const elsewhere = [...score.entries()].some(([a, s]) => s > 0 && caseAttribute(a) && a !== "penalty" && a !== "rights" && a !== "outcome");
    // ("years" and "months" are penalty words of the lexicon too; they are the duration here)
    const durationWords = askedTokens.filter((t) => DURATION_WORD.test(t.word)).length;
    const punished = (score.get("penalty") ?? 0) > durationWords || (score.get("rights") ?? 0) > 0 || c.jailed || c.sentenced || c.punished;
    // ("how long is qi deprived of political rights, in months": the rights term worked on, with no prison word beside it)
    const rightsOnly = ((score.get("rights") ?? 0) > 0 || /\brights\b/u.test(en)) && !c.jailed && !c.sentenced && !/\b(?:prison|jail|sentence|sentenced|term|terms|locked)\b|刑期|徒刑|坐牢|监禁/u.test(`${en} ${raw}`);
    if ((c.hasTerm || c.arithmetic) && (punished || !elsewhere || c.arithmetic) && !(c.arithmetic && rightsOnly)) score.set("penalty", (score.get("penalty") ?? 0) + 1);
    else if (c.hasTerm && elsewhere) score.delete("penalty");
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || ATTRIBUTE_PRIORITY[a[0]] - ATTRIBUTE_PRIORITY[b[0]]);
    let attribute = ranked[0]?.[0] ?? null;
    // ("was qi's charge stealing state secrets": the charge is what is asked, whatever its words point at)
    if (/\b(?:\p{L}+'s|his|the) (?:charges?|offen[cs]es?|crimes?|conviction|(?:prison )?(?:sentence|punishment|penalty) for)\b(?! (?:sheet|record|history))/u.test(asked) && (score.get("offence") ?? 0) > 0 && !c.why) attribute = "offence";
    // ("which of them tried selling stuff to foreigners": the cases are asked, what they did is no reading of the law)
    if (c.which && attribute?.startsWith("law") && /\bwhich (?:of (?:them|the (?:three|suspects|men|guys|people))|one|ones|suspects?|guys?|people)\b/u.test(en)) attribute = ranked.find(([a, n]) => n > 0 && caseAttribute(a))?.[0] ?? "actions";
    // ("齐是为谁窃取国家秘密的", "for whom did qi steal secrets": on whose behalf, which the offence names)
    // ("qi - stole state secrets for who?": the same, asked last)
    if ((/为谁|替谁|帮谁/u.test(raw) || /^(?:for|on behalf of) (?:who|whom|whose)\b|\b(?:for|on behalf of) (?:who|whom)\s*[?？]*$/u.test(en)) && (score.get("offence") ?? 0) > 0) attribute = "offence";
    // ("summarize the law part", "summarize each guy's money problem": a summary of the part named, not of the whole article)
    // (not the length asked for, "a one sentence summary", nor a summary of the article itself)
    if (attribute === "overview" && SUMMARY.test(en) && !WHOLE_SUMMARY.test(en)) attribute = ranked.find(([a, n]) => n > 0 && a !== "overview" && a !== "cases" && a !== "source")?.[0] ?? attribute;
    // ("half of qi's rights ban": the rights term is what is worked on, whatever "ban" points at)
    if (c.arithmetic && rightsOnly) attribute = "rights";
    // "how many of them made false claims": the cases are who is counted, the claims are what is asked
    if (c.howMany && (attribute === "cases" || attribute === "overview")) {
      const other = ranked.find(([a]) => caseAttribute(a))?.[0];
      const asksMore = stems.some((st, i) => !STOPWORDS.has(askedTokens[i]!.word) && !INTENSIFIERS.has(askedTokens[i]!.word) && !this.isCue("cases", st) && !this.isCue("overview", st) && !LIGHT_WORDS.has(askedTokens[i]!.word) && !/\d/u.test(st));
      if (other) attribute = other;
      else if (asksMore) attribute = null;
    }
    // ("how many does the article cover": what the article tells, with nothing else asked, is its cases)
    if (telling && attribute === null && !askedTokens.some((t) => !STOPWORDS.has(t.word) && !INTENSIFIERS.has(t.word) && !LIGHT_WORDS.has(t.word))) attribute = "cases";
    // "did all of them contact the spies": likewise, the cases are who is asked about, when the words name something of theirs
    else if ((c.yesno || c.quantifier) && attribute === "cases") attribute = ranked.find(([a]) => caseAttribute(a))?.[0] ?? attribute;
    // "the guy whose startup failed, did he meet the spies": a described case is one case, not the cases
    if (clause && attribute === "cases" && this.hasContent(clause.text.replace(DESCRIBER, " "))) attribute = ranked.find(([a]) => caseAttribute(a))?.[0] ?? null;
    // ("at least two of the three suspects pledged allegiance": the number counts the cases, the other words say what they did)
    if (!clause && !named.length && attribute === "cases" && c.number !== null) attribute = ranked.find(([a, score]) => caseAttribute(a) && score > 0)?.[0] ?? attribute;
    // ("whose case involved a research institution", "which case had a fine in it": the case is who is asked for, the words what it involved)
    if (c.which && !named.length && attribute === "cases" && WHICH_CASE_HAD.test(en) && this.hasContent(en.replace(WHICH_CASE_HAD, " "))) attribute = ranked.find(([a, score]) => caseAttribute(a) && score > 0)?.[0] ?? "actions";
    // "why" asks for a motive, or, of a punishment, for the offence
    // ... or, of a deed the words name ("why did qi take the originals home"), the deed's own purpose
    // (not of the case at the top or bottom of all, "whose case is the least serious and why": the penalties compared answer it)
    if (c.why) attribute = c.superlative && !named.length ? "penalty" : c.jailed || c.sentenced || c.punished || c.arrested ? "offence" : (score.get("law") ?? 0) + (score.get("offence") ?? 0) > 0 ? "law" : (score.get("actions") ?? 0) >= 2 ? "actions" : "moneyTrouble";
    // ("how did zhong try to ease his money problems", "what did the one with frozen accounts do to get cash": the deed done for the motive)
    // ("what happened to the guy who said he was a researcher": the description's words ask nothing; what became of him is asked)
    // ("what happened to the guy whose accounts got frozen": the described case right after "what happened to", however far its clause runs)
    if (clause && WHAT_BECAME_OF_CLAUSE.test(en.slice(0, clause.index))) attribute = "outcome";
    // ("the guy who said he was some big boss, what happened to him": the same, the case pointed back to)
    if (clause && WHAT_BECAME_OF_THEM.test(asked.trim())) attribute = "outcome";
    const means = MEANS.test(en) && (attribute === "moneyTrouble" || attribute === null);
    if (means) attribute = "moneyTrouble";
    // ("who among them was a researcher": who a case is, asked by a noun no attribute names; a false claim answers it as no)
    // (only a noun the article uses: "who is the current minister of state security" asks of no one in it)
    if (c.which && !named.length && !clause && (attribute === null || attribute === "cases")) {
      const nouns = [...en.matchAll(IDENTITY)].flatMap((m) => m[1]!.split(" ")).filter((w) => w && !STOPWORDS.has(w));
      if (nouns.length && nouns.every((w) => this.isFamiliar(stem(w)))) attribute = "employment";
    }
    // ("境外机构收到钟某的联系后做了什么": what the agency did, asked with the agency as the subject)
    if (hasHan && ZH_AGENCY_SUBJECT.test(raw) && /做了什么|干了什么|怎么做的?|怎么(?:回应|反应|处理|回复)|如何(?:回应|反应|回复)|什么反应/u.test(raw)) attribute = "agency";
    // ("which case did the MSS describe as the third one": the case in that place, whoever tells it)
    if (byPlace && named.length && (attribute === "source" || attribute === "cases")) attribute = "overview";
    // a news outlet or another body named, with no case in view: a question about the source
    const outlet: Query["outlet"] = this.ourOutlet?.test(en) || this.ourOutlet?.test(raw) ? "ours" : this.otherOutlet?.test(en) || this.otherOutlet?.test(raw) ? (ELSEWHERE.test(en) ? "elsewhere" : "other") : PUBLISHING.test(en) || ZH_PUBLISHING.test(raw) || (/\b(?:article|story|piece|report)\b/u.test(en) && PUBLISHED_VERB.test(en)) ? "asked" : null;
    const authority = !!(this.otherAuthority?.test(en) || this.otherAuthority?.test(raw)) || AGENCY_REVEALED.test(en);
    // ("came out in 2023": the publication's date, from the metadata; not when the cases were handled)
    const publishedOn = (outlet || PUBLISHED_VERB.test(en)) && !named.length ? datePartsIn(raw) : null;
    // ("the foreign ministry disclosed these cases", "it was the MSS that disclosed these cases": a body said to have made the cases known)
    const toldBy = SAID_WHO.test(en);
    const byBody = (authority && /\bcases\b/u.test(en)) || !!this.ourAuthority?.test(en);
    if (!named.length && (outlet || publishedOn || (authority && (attribute === "source" || attribute === null)) || byBody || toldBy || WHICH_BODY.test(en))) attribute = "source";
    // ("what did zhong reveal", "what kind of info did he reveal": a case that reveals is doing his deed, not telling of the cases)
    const caseTells = CASE_TELLS.exec(en);
    const teller = caseTells ? (caseTells[1] ?? caseTells[2])! : "";
    if (attribute === "source" && caseTells && (nameWords.has(teller) || (/^(?:he|they)$/u.test(teller) && (named.length > 0 || clause !== null)))) attribute = "actions";
    // with no case in view, words of the cited law make it a question about the law
    const lawScore = (["lawRange", "lawSevere", "lawConduct"] as const).map((k) => [k, score.get(k) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
    const lawish = lawScore[1] > 0 || attribute === "law" || attribute === "offence";
    // of a named case, the cited law is the law that case was held under
    // ... unless the question compares the case's term with the cited range
    // (a described case too: "did the jobless one's offense fall under the counter-espionage law")
    // ("qi worked on classified projects for over ten years": the span of his work, not the severe band)
    if ((named.length || clause) && c.activitySpan && (attribute?.startsWith("law") || attribute === "penalty")) attribute = /\b(?:work\w*|employ\w*)\b/u.test(en) ? "employment" : "actions";
    if ((named.length || clause) && (attribute === "lawRange" || attribute === "lawConduct") && !c.hypothetical) attribute = c.range || c.comparative || c.span ? "penalty" : "law";
    // ("who got less than the minimum", "did anyone get less than the minimum": a case's own term held against the range, asked of them all)
    const caseTerm = !named.length && !clause && Boolean(c.amount || c.range || c.terms) && !c.hypothetical && !SUPPOSED.test(en) && (c.which || ANYONE.test(en)) && CASE_GOT.test(en);
    if (caseTerm && attribute?.startsWith("law")) attribute = "penalty";
    // "齐是根据反间谍法判刑的": sentenced under which law
    // ("齐是被哪个法判的": which law he was sentenced by)
    if (named.length && hasHan && /(?:根据|依据|依照|按照).{0,8}法|(?:哪个|哪部|哪条|什么)法/u.test(raw)) attribute = "law";
    // ("the lowest sentence the law mentions": one end of a penalty, with the law named and no case, is the cited range's)
    if (!named.length && !clause && attribute === "penalty" && rangePoint(en).point && /\b(?:the|that|this) (?:law|statute|legislation)\b|\blegally\b/u.test(en) && !/\b(?:who|whom|whose|which|got|get|gets|received)\b/u.test(en)) attribute = "lawRange";
    // "is 5 to 10 years for all cases or only severe ones": a written range, asked of the law's cases, not of the suspects
    // (not a term some case got, held against it: "who got a sentence shorter than the minimum of the standard range")
    if (c.span && !named.length && !clause && !caseTerm && (c.lawWords || /\b(?:severe|serious|ordinary|normal|standard|cases)\b/u.test(en) || /一般|严重|情节|法律|可[以能]?[处判]/u.test(raw)) && (attribute === null || attribute === "penalty" || attribute === "cases" || attribute === "outcome")) attribute = c.life ? "lawSevere" : "lawRange";
    // ("情节再严重最多也就判十年": a term with no case, said of how severe the circumstances are, is the law's)
    else if (c.hasTerm && !named.length && !clause && /严重|情节|法定/u.test(raw) && (attribute === null || attribute === "penalty" || attribute === "outcome")) attribute = "lawSevere";
    // ("when does it go above 10 years": when, under the law, a term is that long; not a date)
    if (attribute === "date" && !named.length && !clause && lawScore[1] > 0 && !publishedOn) attribute = lawScore[0];
    // ("whats the worst u can get under that law": the law's heaviest, not the heaviest of the cases)
    if (c.superlative && !named.length && !clause && LAW_WORST.test(en)) attribute = "lawSevere";
    else if (c.hypothetical && !named.length) attribute = c.life ? "lawSevere" : lawScore[1] > 0 ? lawScore[0] : "lawRange";
    // "whose pledge violated the Counter-Espionage Law": which case broke the law, not what the law says
    else if (!named.length && c.which && (score.get("law") ?? 0) > 0 && /\bviolat|\bbr(?:oke|eak|eaking|oken)\b|\bbreach/u.test(en)) attribute = "law";
    // ("who was sentenced for stealing state secrets for foreign entities": which case, by what he was sentenced for)
    else if (!named.length && c.which && (c.sentenced || c.jailed || c.punished) && /\bfor\b/u.test(en) && /\b(?:was|were|got)\b/u.test(en) && !/\b(?:can|could|would|will|gets?|under)\b/u.test(en) && !c.hypothetical) attribute = "offence";
    else if (!named.length && !clause && lawish && !caseTerm && (!c.which || lawScore[1] >= 2) && !c.howMany && !c.why && !c.quantifier && attribute !== "source" && attribute !== "date") {
      attribute = lawScore[1] > 0 ? lawScore[0] : "lawConduct";
    }

    // ("providing secrets to whom, under the law?": whom the cited law forbids giving them to; not "to whom did they sell")
    // ("per the law, who are you not allowed to give secrets to": the preposition left at the end)
    // ("who do you have to give secrets to for that law to apply", "what kinds of overseas recipients": the giving asked, whoever it goes to)
    if (!named.length && !clause && (/\bto (?:whom|who)\b|^(?:.*\s)?(?:who|whom)\b.*\bto\s*[?？!.]*$|给谁|向谁|提供给(?:谁|哪些)/u.test(`${en} ${raw}`) || LAW_RECIPIENT.test(en)) && c.lawWords) attribute = "lawConduct";
    // ("who were they trying to sell secrets to": the agency they reached, case by case)
    else if (c.recipient && !c.lawWords) attribute = "contact";
    // ("does the law only punish giving secrets to foreign governments": what the law reaches, said with its own verb)
    else if (!named.length && !clause && c.lawWords && LAW_REACHES.test(en) && (attribute === null || attribute === "secrets" || attribute === "actions" || attribute === "penalty")) attribute = "lawConduct";

    // a capitalised word the article never uses names someone or something else ("Aldrich Ames")
    for (const t of askedTokens) {
      const typed = casedRaw.get(t.word) ?? t.raw;
      // (an acronym, "URL", names no one)
      // (nor the asker's own home: "I'm from Brazil")
      const from = t.index > 0 && /\b(?:i'?m|i am|we'?re|we are) from$/iu.test(core.slice(0, core.toLowerCase().indexOf(t.word)).trim());
      // (nor a word opening a later sentence: "… in years? Rough is fine.")
      const at = raw.toLowerCase().indexOf(t.word);
      const opens = at > 0 && /[.!?？。…]\s*$/u.test(raw.slice(0, at));
      // (nor a place: "handled in Beijing", "someone from Shanghai")
      const place = at > 0 && /\b(?:in|at|from|across|near|around|outside|inside|within|throughout)\s*$/iu.test(raw.slice(0, at));
      // (nor a word of a law's name: "the Anti-Terrorism Law")
      const lawName = at >= 0 && LAW_TITLE.test(raw.slice(at));
      if (t.index > 0 && !from && !opens && !place && !lawName && !PEOPLES_WORDS.has(t.word) && t.word.length > 1 && /^\p{Lu}/u.test(typed) && !/^\p{Lu}{2,}s?$/u.test(typed) && !t.han && !this.known.has(stem(t.word)) && !others.includes(typed)) others.push(typed);
    }

    // (number words are counts or terms, read as such, never words to match: "two of the three")
    // ("the institute reported him", "song was reported to the police": reporting someone is a deed, not a hedge)
    const reportsSomeone = en.includes("report") && (REPORTED_TO.test(en) || [...en.matchAll(REPORTS_WHOM)].some((m) => /^(?:him|them|her)$/u.test(m[1]!) || nameWords.has(m[1]!)));
    const kept = (i: number) => ((!STOPWORDS.has(askedTokens[i]!.word) && !INTENSIFIERS.has(askedTokens[i]!.word)) || (reportsSomeone && /^report(?:s|ed|ing)?$/u.test(askedTokens[i]!.word))) && !/\d/u.test(stems[i]!) && !DURATION_WORD.test(askedTokens[i]!.word) && !NUMBER_WORD.test(askedTokens[i]!.word);
    const weighty = (i: number) => kept(i) && !LIGHT_WORDS.has(askedTokens[i]!.word);
    // plain verbs ("made", "went") say nothing to match, unless they are all there is
    const keep = stems.some((_s, i) => weighty(i)) ? weighty : kept;
    const content = stems.filter((_s, i) => keep(i));
    const contentWords = askedTokens.filter((_t, i) => keep(i)).map((t) => t.word);
    // ("which one used publicly available info": no cue word, but every word is the article's own, so a deed it tells)
    if (attribute === null && !named.length && !clause && c.which && content.length >= 2 && content.every((s) => this.known.has(s))) attribute = "actions";
    // Chinese words the lexicon maps to the article's English words
    if (hasHan) for (const [, word] of this.zhIn(rawAsked)) for (const w of word.split(" ")) if (!content.includes(stem(w))) content.push(stem(w));
    // mostly words the article and its vocabulary never use: not a question about the article
    const allTokens = tokens.filter((t) => !nameWords.has(t.word) && !STOPWORDS.has(t.word) && !INTENSIFIERS.has(t.word) && !/^\d+$/u.test(t.word));
    const all = allTokens.map((t) => stem(t.word));
    // a stem of one or two letters ("ames" -> "am") says nothing; the word itself must be known then
    const isKnown = (w: string) => this.vocabulary.has(w) || (this.known.has(stem(w)) && stem(w).length >= 3);
    const unknown = allTokens.filter((t) => !isKnown(t.word) && t.word.length >= 3);
    let silent =
      // (on the words as typed too: the typo fixer must not turn "in force" into "in forced")
      this.silent.find((s) => s.patterns.some((p) => p.test(en) || (typed !== en && p.test(typed))) || (hasHan && s.zh.some((z) => raw.includes(z))))?.id ??
      // mostly unknown words and nothing the lexicon points at, or almost only unknown words
      (!named.length && !clause && all.length && !hasHan && !(c.jailed || c.unemployed || c.employed || c.arrested || c.hasTerm || c.stateSecrets || c.common || c.superlative) &&
      // (a phrase of the lexicon, scoring 2 or more, is reason enough to read on)
      (ranked[0]?.[1] ?? 0) < 2 && ((unknown.length / all.length >= 0.5 && (!attribute || attribute === "overview" || attribute === "cases" || GENERAL_ASK.test(en))) || unknown.length / all.length >= 0.6)
        ? UNRECOGNISED
        : null);
    // "a court announced these cases": who revealed them, not a trial the article never mentions
    // (not when the bodies are compared: "is the mss the same as the ministry of public security" asks about them, not the cases)
    if (authority && !named.length && (score.get("source") ?? 0) > 0 && !COMPARES_BODIES.test(en)) silent = null;
    // "what newspaper ran this": the publisher, in words the article never uses
    if ((outlet || publishedOn) && !named.length && (silent === UNRECOGNISED || publishedOn || (outlet === "asked" && silent === "exact-date"))) silent = null;
    const about = this.silent.find((s) => s.id === silent)?.about;
    if (about) attribute = about;
    const zhDescribed = zhClause ? this.zhIn(zhClause[1] ?? zhClause[2]!).map(([, w]) => stem(w.split(" ")[0]!)) : [];
    const described = clause ? tokenize(clause.text).filter((t) => !STOPWORDS.has(t.word)).map((t) => stem(t.word)) : zhDescribed.length ? zhDescribed : content;
    const before = /\bbefore\b/u.test(en) || ZH_BEFORE.test(raw);
    const beforeAt = askedTokens.find((t) => t.word === "before")?.index ?? -1;
    // "did zhong disclose anything before he was caught": the deed before the outcome is what is asked, not the outcome
    const cut = en.search(/\bbefore (?:\w+ )?(?:was |were |got |had been |could be )?(?:caught|arrested|apprehended|nabbed|detained|busted|sentenced|stopped|picked up)\b/u);
    const deedFirst = named.length && cut > 0 ? stems.filter((_s, i) => keep(i) && askedTokens[i]!.index < beforeAt && !this.isCue("outcome", stems[i]!)) : [];
    if (deedFirst.length) {
      const ranked = [...this.scoreAttributes(deedFirst, en.slice(0, cut), en.slice(0, cut), null).entries()].filter(([a]) => caseAttribute(a) && a !== "outcome").sort((a, b) => b[1] - a[1]);
      attribute = ranked[0] && ranked[0][1] > 0 ? ranked[0][0] : null;
    }
    const deed = deedFirst.length > 0;
    // ("did zhong go to the spies because his business failed": the reason is what is asked; the deed is given)
    const because = c.yesno && named.length && !deed ? en.search(/\bbecause\b(?! of\b)/u) : -1;
    const reasonAt = because > 0 ? (askedTokens.find((t) => t.word === "because")?.index ?? -1) : -1;
    const reason = reasonAt > 0 ? stems.filter((_s, i) => keep(i) && askedTokens[i]!.index > reasonAt) : [];
    if (reason.length) {
      const ranked = [...this.scoreAttributes(reason, en.slice(because), en.slice(because), null).entries()].filter(([a]) => caseAttribute(a)).sort((a, b) => b[1] - a[1]);
      if (ranked[0] && ranked[0][1] > 0) attribute = ranked[0][0];
    }
    // ("did zhong claim a fake title when chatting with the agency": a question's "when" clause sets the scene; the main clause is asked)
    const whenAt = c.yesno ? (askedTokens.find((t) => t.index > 0 && (t.word === "when" || t.word === "while"))?.index ?? -1) : -1;
    const mainClause = whenAt > 0 ? stems.filter((_s, i) => keep(i) && askedTokens[i]!.index < whenAt) : [];
    const asserted0 = mainClause.length ? mainClause : content;
    const read = reason.length ? this.predicate(CUES(en.slice(because), raw, c.yesno), attribute, reason) : deed ? this.predicate(CUES(en.slice(0, cut), raw, c.yesno), attribute, deedFirst) : this.predicate(c, named.length && !caseAttribute(attribute) && !attribute?.startsWith("law") ? null : attribute, asserted0);
    const also = /\b(?:too|also|as well)\b/u.test(en);
    // (the deed before "before he was caught" is asserted, not what did not happen)
    // ("was expecting to meet the agents": a deed meant is no deed done, so what never happened does not deny it either)
    const meant = INTENDED.test(en) && !c.negated;
    const marked = read?.type === "words" && ((before && !deed) || also || meant) ? { ...read, ...((before && !deed) || meant ? { before: true } : {}), ...(also ? { also } : {}) } : read;
    // ("谁以前在涉密单位下属公司上班": a reading of employment is about employment, even where no cue word scored)
    if (!attribute && (read?.type === "employed" || read?.type === "unemployed")) attribute = "employment";
    // ("faked a role they didn't have": of a false claim, "role" stands for whatever was claimed, no detail of its own)
    const roleless = marked?.type === "words" && marked.on === "falseClaim" && !c.negated && marked.stems.some((s) => CLAIMED_ROLE.has(s)) && marked.stems.some((s) => !CLAIMED_ROLE.has(s)) ? { ...marked, stems: marked.stems.filter((s) => !CLAIMED_ROLE.has(s)) } : marked;
    // who does the deed: the case as the plain subject ("zhong approached an agency"), or the case as the one it was done to ("was approached by")
    // (its words, as stems: what the statement the claim rests on must name too)
    const byPhrase = BY_AGENT.exec(en)?.[1] ?? "";
    const byAgent = byPhrase.split(/\s+/u).filter((w) => w && !STOPWORDS.has(w)).map(stem);
    // (to whom: the words of it, as stems, which what the article says of the case must name)
    const recipient = (RECIPIENT_OF.exec(en)?.[1] ?? "").split(/\s+/u).filter((w) => w && !STOPWORDS.has(w)).map(stem);
    // ("song was contacted by the agency": the agency named as the doer of a passive is the one who did it)
    const byTheAgency = byAgent.length > 0 && /\b(?:contacted|approached|recruited|reached|targeted|lured|hired|found|picked|chosen|selected|spotted|headhunted)\s+by\s/u.test(en) && /^(?:(?:the|a|an|some|that|this|its|foreign|overseas|spy|intelligence)\s+)*(?:agency|agencies|spies|spy|agents?|handlers?|intelligence)\b/u.test(byPhrase);
    const agent = AGENCY_SUBJECT.test(en) || (hasHan && ZH_AGENCY_SUBJECT.test(raw)) || byTheAgency ? "agency" : tokens[0] && nameWords.has(tokens[0].word) && !en.startsWith(`${tokens[0].word}'`) ? "case" : null;
    // ("they approached the suspects": the suspects are the ones it was done to, whoever "they" are)
    const passive = PASSIVE.test(en) || PASSIVE_ASKED.test(en) || DONE_TO_SUSPECTS.test(en) || (hasHan && /被/u.test(raw));
    // (its words, as stems: what the statement the claim rests on must name too)

    // ("the foreign agencies did the recruiting": an agency as the subject, whatever its verb)
    const agencyFirst = /^(?:(?:pretty|quite|fairly|i'?m|im|i|so|basically|honestly|think|thought|sure|believe|guess|bet|reckon|definitely|def|tbh|ngl|like|yeah|ok|okay)[\s,]+){0,4}(?:the |a |an |some |those |these )?(?:foreign |overseas )?(?:spy |intelligence |spies )?(?:agency|agencies|spies|agents?|handlers?)\b/u.test(en);
    const activeRead = roleless?.type === "words" && agent !== "agency" && !agencyFirst && !passive ? { ...roleless, active: true } : roleless;
    // ("a business or investment went bad", "classified units/projects": two words of the predicate, either of which fits)
    const withStems = activeRead?.type === "words" || activeRead?.type === "employed" ? activeRead : null;
    const eitherPair = withStems?.stems && !c.choice ? EITHER.exec(en) : null;
    const either = eitherPair ? ([stem(eitherPair[1]!), stem(eitherPair[2]!)] as [string, string]) : null;
    const predicate = withStems && either && either[0] !== either[1] && either.every((s) => withStems.stems!.includes(s)) ? { ...withStems, either } : activeRead;

    // number words are the amount itself when the words give a term or a count
    const numeric = predicate?.type === "term" || predicate?.type === "range" || c.number !== null || c.arithmetic !== null;
    // ("文章里三个人中只有齐被判了刑": in the article, as it reports)
    const reportedHere = REPORTED.test(en) || REPORTED.test(raw.toLowerCase()) || /(?:文章|报道|文中)(?:里|中|上)?(?:提到|说|写|报道)?的?.{0,6}只有/u.test(raw) || (/只有/u.test(raw) && ZH_COVERAGE.test(raw));
    // (a negation only of the asking, "didn't qi …", is no negation of what is asked)
    const askedNeg = c.negated && askedNegatively(c, en, asked, rawAsked, whether, nameWords);
    const unfamiliar = [
      // (of a question with a "when" clause, the main clause's: the scene it sets is no detail asked about)
      // (of a question asking for a reason, the reason's: "because" and the deed it explains are given)
      // (nor, of a claim about what the article reports, its verb of telling: "the only one the article reports as jailed")
      ...content.filter((s, i) => (!mainClause.length || i < mainClause.length) && (!reason.length || reason.includes(s)) && s.length > 1 && !this.isFamiliar(s) && !(reportedHere && TELLING_STEMS.has(s)) && !LIGHT_STEMS.has(s) && !LIGHT_WORDS.has(contentWords[i] ?? "") && !(numeric && NUMBER_WORD.test(contentWords[i] ?? ""))),
      ...(MONEY.test(en) || MONEY.test(raw) ? ["#amount"] : []),
      // a duration that is no term ("worked there for over 10 years"): a detail the case base never holds
      ...(c.amount && predicate?.type === "words" ? ["#duration"] : []),
      // "the same agency", "more than one agency", "several documents": sameness and counts of things the case base never holds
      ...(SAMENESS.test(en) || ZH_SAMENESS.test(raw) ? ["#same"] : []),
      // "over several months": a span the article never gives, with no number to read as a term
      ...(VAGUE_SPAN.test(en) ? ["#duration"] : []),
      ...(THING_COUNT.test(en) ? ["#count"] : []),
      // Chinese words nothing reads ("通过电话", "在上海"): details, as unknown English words are
      ...(hasHan ? hanResidue(rawAsked, this.hanWords).map(() => "#zh") : []),
      ...(AGAIN.test(en) ? ["#later"] : []),
    ];
    // "what did the MSS say about Taiwan", "news about the election": the article, asked about a topic it never names
    const topic = !silent && !named.length && !clause && !hasHan && (attribute === "overview" || attribute === "source" || attribute === "title") ? TOPIC.exec(en) : null;
    if (topic && tokenize(topic[1]!).some((t) => unfamiliar.includes(stem(t.word)))) silent = UNRECOGNISED;
    // "Qi's car": a word the article never uses, after a case's possessive
    const possessedStems = new Set([...en.matchAll(/\b([\p{L}']+?)'s ([\p{L}]+)/gu)].filter((m) => nameWords.has(m[1]!.toLowerCase())).map((m) => stem(m[2]!)));
    // ("all three got sentences within the 5-10 year range": the suspects' own terms held against the range, not the range itself)
    if (attribute === "lawRange" && !named.length && !clause && SUSPECTS_GOT.test(en)) attribute = "penalty";
    // ("is 5 to 10 years the range for everyone": of the law, "everyone" counts no suspects)
    const lawOnly = !!attribute?.startsWith("law") && !named.length && !clause && c.span;
    // ("what kind of agency did zhong contact", "what type of agencies did they try to sell to": whom they reached, not what it did)
    if (/\bwhat (?:kinds?|types?|sorts?) of (?:foreign |overseas )?(?:spy |intelligence |spy and intelligence )?(?:agenc\w*|organi[sz]ations?|outfits?|groups?)\b(?! (?:respond|repl|react|answer|ask|request|collect)\w*\b)/u.test(en) && attribute === "agency") attribute = "contact";
    // ("was qi punished for pledging allegiance or for stealing secrets": which of two grounds, the offence, whatever deed each names)
    if (predicate?.type === "words" && predicate.on === "offence" && attribute === "actions" && /\bor\b/u.test(en)) attribute = "offence";
    // (the event after which something is asked, in its own content words; not when the article is silent on it all)
    const afterEvent = !silent ? AFTER_EVENT.exec(en) : null;
    const after = afterEvent ? tokenize(afterEvent[1]!).filter((t) => !STOPWORDS.has(t.word) && !nameWords.has(t.word)).map((t) => stem(t.word)) : [];
    const partial: Partial<Query> = {
      ...(after.length ? { after } : {}),
      cases: named,
      via: named.length ? "named" : "none",
      attribute,
      silent,
      others,
      quantifier: c.hypothetical || lawOnly ? null : c.quantifier,
      description: !named.length && (clause || c.singular || zhDescribed.length) ? described : null,
      words: content,
      unfamiliar,
    };
    // ("whose case doesn't say what sentence he got": the article's silence is what is asked, case by case)
    const unsaid = c.which && !named.length && caseAttribute(attribute) && UNSAID.test(en);
    const kind = KIND_ORDER.find(([, spec]) => spec.test(c, partial))![0];
    return {
      kind,
      cases: named,
      via: named.length ? "named" : "none",
      quantifier: c.hypothetical || lawOnly ? null : c.quantifier,
      attribute,
      predicate: unsaid && kind === "which" ? { type: "said", on: attribute! } : predicate?.type === "fined" && !predicate.withJail && ONLY_FINED.test(en) ? { ...predicate, alone: true as const } : predicate,
      // ("pretended it was secret", "passed it off as classified": what was only claimed to be secret was not)
      negated: (c.negated && !askedNeg) !== (predicate?.type === "secrets" && PRETENDED_SECRET.test(en)),
      denied: c.negated && !askedNeg ? denied(askedTokens, stems, keep) : [],
      avoided: c.avoided,
      choice: c.choice,
      arithmetic: c.arithmetic,
      subjectTerm: c.subjectTerm,
      silent,
      description: !named.length && !unsaid && (clause || c.singular || zhDescribed.length) ? described : null,
      words: content,
      unfamiliar,
      possessed: unfamiliar.filter((u) => possessedStems.has(u)),
      lesser: c.lesser,
      superlative: c.superlative,
      // ("what did that guy get": a case pointed at, as a pronoun does)
      pronoun: /\b(?:he|him|his|she|her)\b|\b(?:that|this) (?:guy|dude|man|person|one|bloke|fella|suspect)\b/u.test(en) || /他|她/u.test(raw),
      before,
      asserted: !before ? [] : hasHan && ZH_BEFORE.test(raw) ? this.zhStems(ZH_BEFORE.exec(raw)![1]!) : stems.filter((_s, i) => keep(i) && askedTokens[i]!.index < beforeAt),
      count: c.number,
      span: c.spanMonths,
      atLeast: c.atLeast,
      others,
      ambiguous,
      // (a surname first, and not as a possessive: "Zhong asked…", not "Zhong's agency…")
      agent,
      passive,
      ...(c.why ? { why: true as const } : {}),
      ...(means ? { means: true as const } : {}),
      ...(clause && !named.length ? { describedAs: clause.text } : {}),
      ...(after.length ? { after } : {}),
      ...(silent && this.restrictions.get(silent)?.test(en) ? { restricted: true as const } : {}),
      ...(toldBy && attribute === "source" ? { toldBy: true as const } : {}),
      ...(INTENDED.test(en) && !c.negated ? { intended: true as const } : {}),
      ...(namesOnly ? { namesOnly: true as const } : {}),
      // (of no case named: a deed supposed, whose consequence the cases that did it and the cited law answer)
      ...(!named.length && CONSEQUENCE.test(en) ? { supposed: supposition(CONSEQUENCE.exec(en)!) } : {}),
      ...(byAgent.length ? { byAgent } : {}),
      ...(recipient.length ? { recipient } : {}),
      mandatory: MANDATORY.test(en),
      // (not of the cases told: "how many of the three were caught in total")
      ...(kind === "count" && OVERALL.test(en) && !/\b(?:of (?:them|these|those|the (?:three|3)|all three)|the (?:three|3))\b/u.test(en) ? { overall: true as const } : {}),
      ...(kind === "which" && BOTH_WAYS_WHICH.test(en) ? { bothWays: true as const } : {}),
      ...(unsaid && kind === "which" ? { unsaid: true as const } : {}),
      ...(kind === "value" && attribute === "lawRange" && !named.length && !predicateAmount(predicate) ? rangePoint(`${en} ${raw}`) : {}),
      ordinary: /\b(?:normal|standard|basic|ordinary|usual|regular|typical|non-severe|default|automatic|routine|baseline|base|core|main)\b/u.test(en),
      severeGetsSpan: c.span !== null && SEVERE_GETS_SPAN.test(en),
      // (not in the description: "the person who lied about being a leader" is who is asked about, not what he is said to be)
      identity: [
        ...[...(clause ? asked : en).matchAll(IDENTITY)].flatMap((m) => m[1]!.split(" ")),
        // ("宋是科研机构的研究员": the noun after 是, past what qualifies it, in the lexicon's English)
        ...(hasHan ? this.zhIn(ZH_IDENTITY.exec(raw)?.[1] ?? "").flatMap(([, w]) => w.split(" ")) : []),
      ],
      same: !SAMENESS.test(en) && (SAME.test(en) || /一样|相同|不同/u.test(raw)),
      // (on the words as typed too: an idiom drops "described as")
      reported: reportedHere,
      ...(named.length >= 2 && /\b(?:like|unlike|same as|as with)\b/u.test(en) ? { likened: caseOfWord.get(LIKENED.exec(en)?.[1] ?? "") ?? true } : {}),
      ...(named.length >= 2 && /\bunlike\b|\bnot like\b/u.test(en) ? { contrasted: true as const } : {}),
      secretTaken: SECRET_TAKEN.test(en) || ZH_SECRET_TAKEN.test(raw),
      // ("just providing intel … can land you 5-10 years": merely doing it is enough, not that nothing else is covered)
      only: (ONLY.test(en) && !ENOUGH.test(en)) || /(?:^|[里中]|当中)只有(?!一)/u.test(raw),
      ...(ONLY_DEED.test(en) ? { onlyDeed: true as const } : {}),
      outlet,
      publishedOn,
      coverage: COVERAGE.test(en) || COVERAGE.test(raw.toLowerCase()) || ZH_COVERAGE.test(raw),
      authority,
      wrapped,
      polar: c.yesno,
      // ("did zhong never meet them?", "did qi have no access to classified projects?": the negation is the predicate's own,
      // all of it, in a question that opens on its verb; not "didn't …", not a verb tag after a statement ("…, did he?"), not Chinese A-not-A)
      // ("is it true that qi didn't go to prison", "zhong never met them?": a statement asked whole, its negation and all)
      // ("did zhong tell the truth about his role?": a negation the idioms made, "did not falsely claim", with none in the words typed)
      ...(c.yesno && c.negated && !askedNeg && predicate?.type !== "unemployed" && !hasHan && ((ASKS_ON_VERB.test(asked) && INNER_NEGATION.test(asked) && !NOT_WORD.test(asked) && !TAG.test(asked)) || (!c.avoided && ASKS_ON_VERB.test(asked) && !TYPED_NEGATION.test(raw.toLowerCase())) || (!c.avoided && !ASKS_ON_VERB.test(asked) && !DOUBTED.test(asked) && !VERB_TAG.test(asked) && !LATER_NEGATION.test(asked)))
        ? { asksNegative: true as const }
        : {}),
    };
  }

  /**
   * The description in the words, if any ("the one who photographed documents").
   * When it seems to swallow the whole sentence ("the one who couldn't find a
   * job pretended to be a researcher"), the main verb ends it: for "who", the
   * first past-tense verb after the clause's own; for "whose", after its noun's.
   * A description that leaves nothing to ask and no main verb to split at is no
   * description ("qi's the unemployed one": the case is named, the rest is asked).
   */
  /** "zhong and qi", "Song": names and nothing said of them */
  namesOnly(text: string): boolean {
    if (HAN.test(text)) return false;
    const en = this.corrected(this.plain(fold(this.core(text))));
    const tokens = tokenize(en);
    return tokens.length > 0 && tokens.every((t) => /^(?:and|or|both|n|plus|also|then|too)$/u.test(t.word) || this.names.resolveToken(t, this.isWord)?.kind === "case");
  }

  private clauseIn(en: string): { index: number; text: string } | null {
    const found = DESCRIPTION.exec(en);
    // ("the normal one", "the same one", "the other one": no case described)
    if (!found || PLAIN_ONE.test(found[0])) return null;
    // ("the dude whose startup tanked and then got his accounts frozen, how did he …": a relative clause set before the question runs to its comma)
    const upTo = /\b(?:who|whose|that)\b/u.test(found[0]) ? CLAUSE_TO_QUESTION.exec(en.slice(found.index + found[0].length)) : null;
    // ("the former employee of the subsidiary — was he …": a description set off by a dash or comma runs to it)
    const setOff = !upTo && found.index === 0 ? (SET_OFF_OF.exec(en.slice(found[0].length)) ?? APPOSITIVE.exec(en.slice(found[0].length))) : null;
    const m = upTo && upTo[1]!.trim().split(/\s+/u).length <= 8 ? { index: found.index, 0: found[0] + upTo[1]! } : setOff ? { index: 0, 0: found[0] + setOff[1]! } : found;
    // ("song was the only one who wasn't jailed": "only" counts the cases the clause holds for; it describes none)
    if (/^(?:the|that|this) (?:only|sole|single|one and only) /u.test(m[0])) return null;
    // (after "did" the sentence's own verb is plain: "how did [the one who photographed files] contact the agency")
    if (/\b(?:did|does|do)(?:n'?t| not)?\s*$/u.test(en.slice(0, m.index))) {
      const words = m[0].split(" ");
      // (after the clause's own verb, or after the head where there is no clause: "did the employee on classified projects abuse …")
      const rel = words.findIndex((w) => w === "who" || w === "that");
      const main = words.findIndex((w, i) => i > (rel < 0 ? 1 : rel + 1) && BASE_VERB.test(w) && !/^(?:the|a|an|his|her|their|its|some|to|on|of)$/u.test(words[i - 1]!));
      if (main > 0) return { index: m.index, text: words.slice(0, main).join(" ") };
    }
    const rest = `${en.slice(0, m.index)} ${en.slice(m.index + m[0].length)}`;
    // the rest asks something ("..., why did he do it"): the clause stands as it is
    if (this.hasContent(rest) || /\b(?:what|whats|why|how|when|where|who|which)\b/u.test(rest)) return { index: m.index, text: m[0] };
    const words = m[0].split(" ");
    // ("with" only right after the head: "the one with …", not "the stuff the one with no job tried to sell")
    const rel = words.findIndex((w, i) => w === "who" || w === "whose" || w === "that" || ((w === "with" || w === "of") && i <= 3));
    if (rel >= 0) {
      // the clause's own verb: the word after "who", or the first verb after "whose"; "with" has none
      // ("the one with the failed venture spilled …": "failed" after "the" describes the venture)
      let own = words[rel] === "with" ? rel : rel + 1;
      if (words[rel] === "whose") while (own < words.length && !PAST_VERB.test(words[own]!)) own++;
      // (nor a participle set before a noun, right after the clause's verb or a preposition: "who took [classified] originals", "who worked on [classified] projects")
      // (nor the word after a copula, which is what the clause says he was: "who was unemployed tried …")
      const main = words.findIndex((w, i) => i > own && PAST_VERB.test(w) && !/^(?:the|a|an|his|her|their|its|some)$/u.test(words[i - 1]!) && !(i === own + 1 && COPULA.test(words[own]!)) && !((i === own + 1 ? ADJECTIVAL.test(w) : /^(?:on|in|with|about|from|for|of|at)$/u.test(words[i - 1]!) && /ed$/u.test(w)) && words[i + 1] !== undefined && !OPENS_NO_NOUN.test(words[i + 1]!)));
      if (main > 0) return { index: m.index, text: words.slice(0, main).join(" ") };
    }
    return this.hasContent(m[0].replace(DESCRIBER, " ")) && !this.names.findInText(rest, this.isWord).some((n) => n.kind === "case") ? { index: m.index, text: m[0] } : null;
  }

  /**
   * "qi pledged allegiance on their website, absolute clown", "…, simple as
   * that": a short remark after a comma or dash, in words the article and the
   * questions about it never use, is no part of what is said.
   */
  private withoutRemark(core: string): string {
    const m = REMARK_TAIL.exec(core);
    if (!m || m[1]!.split(/\s+/u).length < 3 || HAN.test(m[2]!)) return core;
    const words = m[2]!.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    if (!words.length || words.length > 3 || REMARK_OPENERS.has(words[0]!)) return core;
    const said = words.filter((w) => !STOPWORDS.has(w));
    if (!said.length || said.some((w) => this.isWord(w) || this.isFamiliar(stem(w)) || this.names.resolveToken({ word: w, raw: w, index: 0, han: false }))) return core;
    return m[1]!;
  }

  private hasContent(text: string): boolean {
    return tokenize(text).some((t) => !STOPWORDS.has(t.word) && !INTENSIFIERS.has(t.word) && this.names.resolveToken(t, this.isWord)?.kind !== "case");
  }

  /** The article's English words for the Chinese words in a text, stemmed. */
  /** The lexicon's Chinese words in `text`, the longest where one holds another ("研究人员", not also "人员"). */
  private zhIn(text: string): Array<[string, string]> {
    const found = this.zh.filter(([zh]) => text.includes(zh));
    return found.length < 2 ? found : found.filter(([zh]) => !found.some(([other]) => other !== zh && other.includes(zh)));
  }

  private zhStems(text: string): string[] {
    return this.zhIn(text).flatMap(([, w]) => w.split(" ").map((x) => stem(x)));
  }

  /**
   * How strongly the words point at each attribute. Kept apart from `read`, and
   * with index loops, because it is the hot loop: a function as large as `read`
   * stays unoptimised, and there every for-of step allocates.
   */
  private scoreAttributes(stems: readonly string[], en: string, askedHe: string, han: string | null): Map<ReadAttribute, number> {
    const score = new Map<ReadAttribute, number>();
    for (let i = 0; i < this.cues.length; i++) {
      const cue = this.cues[i]!;
      let s = 0;
      for (let j = 0; j < stems.length; j++) if (cue.words.has(stems[j]!)) s += 1;
      for (let j = 0; j < cue.phrases.length; j++) {
        const p = cue.phrases[j]!;
        if (p.test(en) || (askedHe !== en && p.test(askedHe))) s += 2;
      }
      // (Chinese cues score once per attribute: "判刑" is not also "判" and "刑")
      if (han !== null) for (let j = 0; j < cue.zh.length; j++) if (han.includes(cue.zh[j]!)) { s += 2; break; }
      if (s) score.set(cue.attribute, s);
    }
    return score;
  }

  private predicate(c: Cues, attribute: ReadAttribute | null, content: string[]): Predicate | null {
    if (c.terms) return c.terms;
    // ("lose his political rights forever": the rights, not the prison term, for life)
    // ("qi got way less than life": any term short of it)
    const belowLife = c.op === "<" || c.op === "<=" ? { below: true as const } : {};
    if (c.life && !c.amount) return c.rights ? { type: "life", on: "rights", ...belowLife } : { type: "life", ...belowLife };
    // ("somewhere between 2 and 3 years": a span the law never cites is a term between its ends, not the cited range)
    const cited = this.citedRange;
    const ofTerm = attribute === null || attribute === "penalty" || attribute === "rights" || attribute === "outcome" || c.jailed || c.sentenced;
    if ((c.range === "within" || (!c.range && ofTerm)) && c.spanMonths && cited && (c.spanMonths.min !== cited.minMonths || c.spanMonths.max !== cited.maxMonths)) {
      return { type: "term", on: c.rights ? "rights" : "penalty", op: ">=", amount: { months: c.spanMonths.min }, upTo: c.spanMonths.max };
    }
    if (c.range) return { type: "range", where: c.range };
    // a duration is a prison term (or the lost rights) unless the words are about something else ("worked there for ten years")
    const termish = attribute === null || attribute === "penalty" || attribute === "rights" || attribute === "outcome" || attribute.startsWith("law") || c.jailed || c.sentenced;
    if (c.amount && termish && !c.activitySpan) return { type: "term", on: attribute === "rights" || c.rights ? "rights" : "penalty", op: c.op, amount: c.amount };
    if (c.amount) return { type: "words", on: attribute, stems: content };
    // of the law: a fine or prison, before what is being sold
    if (attribute?.startsWith("law") && c.fined) return { type: "fined" };
    // "did zhong break the law": whether he broke one, not which ("break the counter-espionage law" names which)
    // ("got jail time for violating the law": prison is asked, the law broken its ground)
    if (c.unlawful && !(c.jailed && c.lawGround) && !(attribute === "law" && content.some((s) => this.lawName.has(s)))) return { type: "unlawful" };
    // "sentenced under the Counter-Espionage Law": which law, not whether
    if (attribute === "law" && content.length) return { type: "words", on: "law", stems: content };
    // ("penalized for being unemployed": the ground of a penalty, not whether he had a job)
    if ((c.unemployed || c.jobless || c.employed) && attribute === "offence" && content.length) return { type: "words", on: "offence", stems: content };
    if (c.unemployed || (c.jobless && (attribute === "employment" || attribute === null))) return { type: "unemployed" };
    if (attribute === "sex" && c.sex) return { type: "sex", value: c.sex };
    // ("zhong worked for a subsidiary": a job held then, which a former employee held; "works for" is now)
    // ("did song ever work before", "any work experience": a job at some time, which an unemployed man may have held)
    // (the job words alone: "had worked on a classified project in the past" is a deed of the case's, as said)
    const workedOnce = c.formerly && !c.unemployed && attribute === "employment" && content.some((s) => HELD_JOB_STEMS.has(s)) && content.every((s) => HELD_JOB_STEMS.has(s) || JOB_ONLY_STEMS.has(s));
    if ((c.employed || workedOnce) && (attribute === "employment" || attribute === "contact" || attribute === null)) {
      return { type: "employed", now: !c.formerly && !c.pastWork, ...(c.still ? { still: true } : {}), ...(c.formerly ? { former: true } : {}), ...(content.length ? { stems: content } : {}) };
    }
    // "sentenced for illegally purchasing state secrets": what he was sentenced for, not whether secrets were involved
    // ("qi was convicted of illegally purchasing state secrets": the offence named, whatever else the words point at)
    // (not of the rights: "was qi punished with anything apart from prison" asks whether he lost them)
    if (attribute === "offence" || (c.convictedOf && attribute !== "rights")) {
      // ("was song punished for pledging allegiance": what he was punished for, without the punishing, is the offence asked about)
      // (not "charged" or "convicted": the article names no charge for most cases, so those words stay to be found)
      const offence = content.filter((w) => !PUNISHING.test(w));
      if (offence.length) return { type: "words", on: "offence", stems: offence };
    }
    // ("song tried offering secret info for money": the offer is his deed; whether his materials held secrets is another matter)
    if (((c.offered && !c.negated) || c.soughtToSell) && content.length) return { type: "words", on: "actions", stems: content };
    if (attribute === "secrets" || c.stateSecrets) return { type: "secrets" };
    // ("did qi get any political rights penalty": whether he lost his rights, not whether he was punished at all)
    if (attribute === "rights" && (c.punished || c.sentenced) && !c.jailed && !c.fined && !c.administrative) return { type: "said", on: "rights" };
    if (c.administrative && !c.fined) return { type: "administrative" };
    // ("which suspects were sentenced or penalized": one kind of penalty or any, so any)
    if (c.anyPenalty) return { type: "punished" };
    // ("did qi get a fine on top of jail?": both asked, and the fine is the part the article may not give)
    if (c.jailed && c.fined && c.yesno && !c.avoided) return { type: "fined", withJail: true };
    if (c.jailed) return { type: "jailed" };
    // ("qi was just fined": a fine and nothing more, which a prison term rules out)
    if (c.fined) return { type: "fined" };
    if (c.sentenced) return { type: "sentenced" };
    if (c.arrested) return { type: "arrested" };
    if (c.punished) return { type: "punished" };
    // ("pledged allegiance on the website": the deed, not the channel)
    if (c.website && attribute !== "actions" && attribute !== "falseClaim") return { type: "website" };
    if (textual(attribute) && content.length) return { type: "words", on: attribute, stems: content };
    // ("did all three meet the spies": the cases are who is asked about; the words are what is asked)
    if (attribute === "cases" && c.yesno && c.number === null && content.length) return { type: "words", on: null, stems: content };
    if (attribute) return { type: "said", on: attribute };
    if (content.length) return { type: "words", on: null, stems: content };
    return null;
  }
}

export type { Amount, Arithmetic, Op };

/** one end of the cited range, when the words name one end and not the other */
function rangePoint(text: string): Pick<Query, "point"> {
  const low = LOW_END.test(text);
  return low === HIGH_END.test(text) ? {} : { point: low ? "min" : "max" };
}

/** the duration a term predicate holds against, if any */
function predicateAmount(p: Predicate | null): Amount | null {
  return p?.type === "term" ? p.amount : null;
}
