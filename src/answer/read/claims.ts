// A posted message as claims: its sentences, each either a claim to check or
// not a claim (a question, a greeting, nothing). Words only; no judgement.
import { parseHanTerms, parseTerms } from "../duration.js";
import { tellingVerbs } from "./telling.js";
import { dropAfterthought, unwrap, withoutEmojiTail } from "./wrapping.js";

export const CLAIMS_MAX = 5;

/** A claim as posted; `sarcastic` when the poster marks it as meaning its opposite ("yeah right, …", "… /s"). */
export type ClaimText = { kind: "claim"; text: string; sarcastic?: true } | { kind: "question"; text: string } | { kind: "none"; text: string };

// sarcasm the poster marks as such: the "/s" tag, "yeah right", "oh sure", or "sure" with an eye-roll
const SARCASM_TAG = /\s+\/s\s*[.!]*\s*$/u;
const SARCASM_LEAD = /^(?:(?:oh|ah)\s+)?(?:yeah|yea|ya)\s+right\b[\s,.!:;~\u2013\u2014-]*|^(?:oh|ah)\s+(?:sure|totally|of course)\b[\s,.!:;~\u2013\u2014-]*|^as if\b[\s,]*/iu;
const SARCASM_SOFT = /^(?:sure|totally|of course)\b[\s,.!:;~\u2013\u2014-]*/iu;
const SARCASM_PRE = /^(?:(?:lol|lmao|haha+|nah|naw|nope|no|ok|okay|well)[\s,.!]+)*/iu;
const EYE_ROLL = /\u{1F644}|\u{1F643}/u;

/** The sentence without its sarcasm markers, and whether it had any. */
function sarcasmIn(s: string): { text: string; sarcastic: boolean } {
  const tagged = SARCASM_TAG.test(s);
  let text = s.replace(SARCASM_TAG, "").trim();
  // (after a reply word or a laugh: "nah sure, zhong was a big boss 🙄")
  const leadIn = (t: string) => {
    const rest = t.slice(SARCASM_PRE.exec(t)?.[0].length ?? 0);
    return { rest, lead: SARCASM_LEAD.exec(rest) ?? (tagged || EYE_ROLL.test(text) ? SARCASM_SOFT.exec(rest) : null) };
  };
  // (after a hedge or a greeting too: "correct me if i'm wrong but sure, …🙄")
  const plain = leadIn(text);
  const { rest, lead } = plain.lead ? plain : leadIn(unwrap(text).core);
  if (lead) text = rest.slice(lead[0].length);
  return { text, sarcastic: tagged || lead !== null };
}

const QUESTION_START = /^(?:who|whom|whose|which|what|whats|what's|why|how|when|where|is|was|were|are|did|does|do|can|could|would|will|should|has|had|have)\b/iu;

/** "wasn't …?", "didn't …?": a negative question, which asserts the positive */
const NEGATIVE_ASK = /^(?:wasn['’]?t|weren['’]?t|isn['’]?t|aren['’]?t|didn['’]?t|doesn['’]?t|hasn['’]?t|hadn['’]?t)(?=\s)/iu;
const POSITIVE: Record<string, string> = { wasnt: "was", werent: "were", isnt: "is", arent: "are", didnt: "did", doesnt: "does", hasnt: "has", hadnt: "had" };

/** Splits on sentence ends and line breaks, keeping abbreviations like "Mr." together. */
function sentences(text: string): string[] {
  return text
    .replace(/\b(Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e)\./giu, "$1")
    // ("the Beijing No. 1 court": a number's abbreviation, not a sentence's end)
    .replace(/\b(No|Nos|Art|Sec|Ch)\.\s*(?=\d)/gu, "$1 ")
    .split(/(?<=[.!?。！？])\s+|\n+|(?<=[。！？；;])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * "qi got less than 3 yrs lol not that harsh tbh", "… lmao opsec zero": a few
 * words after a laugh, with no verb of their own, are the poster's comment on
 * the claim, not part of it ("… lol and song got nothing" is a second claim).
 */
const LAUGH_COMMENT = /^(.+?)\s+(?:lol|lmao|lmfao|rofl|haha+|hehe+|xd|smh|bruh)\b[\s,.!]*((?:[\p{L}\p{N}'-]+[\s,.!]*){1,5})$/iu;
const COMMENT_VERB = /^(?:\w+ed|got|get|gets|was|were|is|are|had|has|did|does|took|sent|sold|made|went|gave|and|but|plus|while|so)$/iu;

/** a sentence that only closes the poster's own summary */
const SUMMARY_CLOSED = /^(?:(?:and |so )?(?:that'?s|thats|that is|this is) (?:the (?:whole )?(?:story|gist|deal|summary|tldr|tl;dr|long and short of it)|about it|it|all|what happened)(?: (?:basically|really|i think|in short|in a nutshell))?|end of story|the end)[\s.!]*$/iu;

function withoutComment(core: string): string {
  const m = LAUGH_COMMENT.exec(core);
  if (!m || m[2]!.split(/[\s,.!]+/u).some((w) => COMMENT_VERB.test(w))) return core;
  return m[1]!;
}

/** "…, right?", "… yes?": a tag asking for agreement, no part of what is claimed */
const TAG = /(?<=\S)[,\s]+(?:right|correct|true|yes|yeah|yea|innit|no|eh|ya know|you know|isn'?t it|didn'?t he|wasn'?t he|wasn'?t it)\s*[?？]+\s*$|(?<=\S)[,\s]+(?:innit|isn'?t it|didn'?t he|did ?n'?t they|wasn'?t he|wasn'?t it|weren'?t they|hasn'?t he)\s*$/iu;

/** "…, so why'd he go to jail": the poster's question after the claim, asked of it, not claimed */
const ASKED_AFTER = /(?<=(?:\S+\s+){2}\S+),\s*(?:so |but |and |then )?(?:why(?:'d|'s| did| does| do| is| was| would)?|how come|how(?:'d| did| does| is| was| would))\s[^,.!]*[?？]*\s*$/iu;

/**
 * "i thought the jobless guy would get jail but nope, he was hit with
 * administrative penalties": what the poster expected is taken back; what
 * they found is the claim, its "he" the one they expected it of.
 */
const EXPECTED_BUT = /^(?:i|we)\s+(?:(?:\w+ly|kinda|lowkey|totally)\s+)?(?:thought|expected|assumed|figured|guessed|was expecting|were expecting|was sure|bet)\s+(?:that\s+)?(.+?)\s+(?:would|will|was going to|wouldn'?t|won'?t|to)\s.+?,?\s+but\s+(?:(?:nope|nah|no|instead|actually|it turns out|turns out)\b[\s,:]*)?(.+)$/iu;

function asFound(core: string): string {
  const m = EXPECTED_BUT.exec(core);
  if (m) return m[2]!.replace(/^(?:he|she|they)\b/iu, m[1]!);
  // ("the zhong guy, he got his accounts frozen": the subject set first, then taken up by a pronoun)
  const d = DISLOCATED.exec(core);
  return d ? `${d[1]!} ${d[2]!}` : core;
}

/** a subject of a word or two ("qi", "the zhong guy") set before its clause, a pronoun standing for it there */
const DISLOCATED = /^((?:the |that |this )?(?!(?:so|ok|okay|well|yeah|yes|no|also|then|and|but|anyway|honestly|basically|lol|wait|hmm|right|sure|true|btw|fyi|apparently|actually|look|listen|see|now|like)\b)\p{L}+(?: (?:guy|dude|man|one|suspect|fella|bloke|person))?),\s+(?:he|she|they)\s+(\p{L}.*)$/iu;

/** "齐是失业的那个人": the name said to be the one described, read the way round the description comes first ("失业的那个人是齐") */
const ZH_NAME_IS_THE_ONE = /^(\p{Script=Han}{1,2}?某?)(?:就|才)?是(\p{Script=Han}[^，,。]*?)的(?:那|这)(?:个|位|名)(?:人|家伙|嫌疑人|男子|人士|男的)?[。！]?$/u;

/** "…，真是一点都不隐蔽": the poster's remark on a Chinese claim after a comma, no part of it */
const ZH_COMMENT = /[，,]\s*(?:真是|真的是|简直|太|实在是?|难怪|怪不得|好家伙|笑死|哈哈|唉|牛|离谱|还挺|还蛮|还真|挺)[^，,。！]*[。！!]*$/u;

/** What a message holds: its claims (up to CLAIMS_MAX) and whether it held a question. */
/** "what zhong got: administrative penalties": a question answered in the same breath is the claim of its answer */
const ANSWERED_ASK = /^(?:what|how much|how long)\s+(\S+)\s+(got|received|was given|did|faced|claimed)\s*[:：\u2013\u2014-]+\s*(\S.*)$/iu;

/**
 * "when the agency responded to zhong, it collected his details": a time clause, then the statement it times
 * (or, with no comma, a main clause of its own after it: "when zhong contacted the agency he was looking for collaboration")
 */
const WHEN_CLAUSE = /^when\s[^,?]+,\s*(?:he|she|they|it|the|his|their|\p{L}+\s+(?:was|were|got|had|did|\w+ed))\b|^when\s(?!(?:did|does|do|was|were|is|are|will|would|could|can|has|had|should|exactly)\b)[^,?]+?\s(?:he|she|they)\s+(?:was|were|got|had|did|\w+ed)\b/iu;

/** "what song downloaded was all publicly available": a statement about what was done, not a question (a verb before "was") */
const PSEUDO_CLEFT = /^what (?:[\p{L}'-]+ ){1,3}(?:(?:tried|wanted|attempted|meant|hoped) to [\p{L}]+(?: over| up| in| out)?|\w+ed|sent|took|got|gave|sold|made|said|did|stole|offered|had|leaked|brought|kept)(?: (?:to|from|with|for) (?:the |them|him|[\p{L}'-]+ ){1,2})? (?:was|were|is|are|contained|held|had|included|lacked|didn'?t|did not|never) \S/iu;

export function splitClaims(message: string): ClaimText[] {
  const out: ClaimText[] = [];
  for (const said of sentences(message)) {
    const { text: s, sarcastic } = sarcasmIn(said);
    // (a comment after a laugh, before or after the hedges come off: "… lol not that harsh, if i'm not mistaken")
    // (emoji at the end first: a comment before them ends the claim as well: "… lol not that harsh tbh 🤔")
    const core = withoutComment(unwrap(withoutComment(dropAfterthought(withoutEmojiTail(s)))).core).replace(ZH_COMMENT, "").replace(ANSWERED_ASK, "$1 $2 $3");
    // ("that's the story", "that's about it": the poster closing his own summary, nothing said of the cases)
    if (!/[\p{L}\p{N}]/u.test(core) || SUMMARY_CLOSED.test(core)) out.push({ kind: "none", text: s });
    // "wasn't qi deprived of his rights for life??": a negative question asserts the positive
    else if (/[?？]\s*$/u.test(s) && NEGATIVE_ASK.test(core)) out.push({ kind: "claim", text: core.replace(NEGATIVE_ASK, (m) => POSITIVE[m.toLowerCase().replace(/['’]/gu, "")] ?? m) });
    // a question mark on a statement ("Song didn't even have real secrets?") still asserts it
    else if (/[?？]\s*$/u.test(core) && QUESTION_START.test(core) && !/\b(?:right|correct|true|innit)\s*[?？]\s*$/iu.test(core)) out.push({ kind: "question", text: core });
    else if (QUESTION_START.test(core) && !/[.!。]$/u.test(core) && core.split(/\s+/u).length < 12 && /^(?:who|what|why|how|when|where|which)\b/iu.test(core) && !PSEUDO_CLEFT.test(core) && !WHEN_CLAUSE.test(core)) out.push({ kind: "question", text: core });
    // ("宋什么处罚都没受到": 什么…都 with a negation is "none at all", no question)
    else if (/吗\s*$|什么|怎么|为什么|为啥|多久|谁/u.test(core) && !/[。！]$/u.test(core) && !/(?:什么|谁).{0,8}(?:都|也)(?:没|不)/u.test(core)) out.push({ kind: "question", text: core });
    // (said the plain way: "宋什么处罚都没受到" is "宋没受到任何处罚")
    else out.push({ kind: "claim", ...(sarcastic ? { sarcastic: true as const } : {}), text: asFound(core).replace(/\s*[;；]\s*$/u, "").replace(TAG, "").replace(ASKED_AFTER, "").replace(/什么(\p{Script=Han}{1,6}?)(?:都|也)(没有?|不)(\p{Script=Han}*)/u, "$2$3任何$1").replace(ZH_NAME_IS_THE_ONE, "$2的那个人是$1") });
  }
  return out;
}

/**
 * One part of a claim with two halves: "X, not Y", "X rather than Y", "it was
 * A, not B, who P", "X while Y". The claim holds when every part does. A
 * `negated` part asserts the opposite of its words; a part `replaces` the
 * tail of the first part when it is only an object ("a researcher, not a
 * leader": "claimed to be a leader"), or names only the subject ("not qi").
 */
export interface ClaimPart {
  text: string;
  negated: boolean;
  /** a part that is only the other half's object or subject, read against the first part */
  partial: boolean;
  /** "X after Y": the first part happened after this one */
  after?: boolean;
  /** "even without any secrets, song …": a part whose subject is the next part's */
  subjectLater?: boolean;
  /** "song did this", "went down this road": the case's deeds pointed at, settled by the case doing any */
  deedOnly?: boolean;
}

const CLEFT = /^(?:it was|it's|its|it is)\s+(.+?),?\s+not\s+(.+?),?\s+(?:who|that)\s+(.+)$/iu;
const NAMES_THEN = /^(\S+),\s+not\s+(\S+),\s+(.+)$/iu;
const AUXILIARY = "did|does|do|was|is|were|are|has|had|have|could|would|should|will|can|may|might|must|am";
const CONTRAST = new RegExp(
  `^(.+?)(?:,?\\s*(?:rather than|instead of)|,\\s*(?:and |but )?(?:not|no(?! one\\b| longer\\b))|(?<!\\b(?:${AUXILIARY}|after|before|for|from|by|with|without|over|about|of|despite))\\s+not)\\s+(?!only\\b|just\\b|even\\b|being\\b|having\\b|able\\b|getting\\b)(.+)$`,
  "iu",
);
const NEGATED_THEN_ONLY = /^(.*?\b(?:not|never|no|didn'?t|wasn'?t|weren'?t|isn'?t|doesn'?t|\w+n't)\b.+?),\s*(?:just|only|merely|simply)\s+(.+)$/iu;
/** "qi never did", "zhong didn't", "song did too": a subject and a bare auxiliary standing for the other half's deed */
const ELIDED = /^(\S+)\s+(never did|did not|didn'?t|never|did too|did as well|also did|did also|did)$/iu;
const BOTH = /^(.+?),?\s+(?:while|whereas|but)\s+(.+)$/iu;

/**
 * "the article never says what Zhong's sentence was": a claim about what the
 * article leaves out. The words after it are what it is said to leave out.
 */
const REPORTER = String.raw`(?:the |this )?(?:article|story|report|piece|mss|ministry|it)`;
const TELLS = `(?:${tellingVerbs(["base"])})`;
const TELLS_S = `(?:${tellingVerbs(["s"])})`;
const WHAT_OF = String.raw`(?:\s+us)?\s+(?:anything about\s+|whether\s+|if\s+)?(.+)$`;
const SILENCE = new RegExp(String.raw`^${REPORTER}\s+(?:never|doesn'?t|does not|didn'?t|did not|do not|dont|doesnt|didnt|fails to)\s+(?:actually\s+|really\s+|even\s+)?(?:${TELLS_S}|${TELLS})${WHAT_OF}`, "iu");
/** "nowhere does the article say …", "the article nowhere mentions …" */
const NOWHERE = new RegExp(String.raw`^(?:nowhere|at no point) (?:does|do|did) ${REPORTER}\s+${TELLS}${WHAT_OF}|^${REPORTER}\s+(?:nowhere|never once|at no point)\s+${TELLS_S}${WHAT_OF}`, "iu");
/** "no full names are given for any suspect", "no sentence is mentioned for the man who …": X of Y left out */
// ("given to zhong" is what Zhong got, not what the article gives)
/** "no prison term mentioned for him": the same without "is", with only the verbs of reporting (not "no secrets provided") */
const NONE_MENTIONED = /^(?:no|not a single|not one)\s+(.+?)\s+(?:ever\s+)?(?:mentioned|stated|specified|named|reported|spelled out|spelt out|cited)(?:\s+(?:for|of|about)\s+(?!the (?:article|story|report|piece)\b)(.+?))?(?:\s+(?:in|by) (?:the |this )?(?:article|story|report|piece|mss|ministry))?$/iu;
const NONE_GIVEN = /^(?:no|not a single|not one)\s+(.+?)\s+(?:is|are|was|were|gets?|got)\s+(?:ever\s+|actually\s+|even\s+)?(?:given|mentioned|stated|named|provided|reported|specified|disclosed|listed|spelled out|spelt out|revealed|cited|included)(?:\s+(?:for|of|in|about|on)\s+(?!the (?:article|story|report|piece)\b)(.+?))?(?:\s+(?:anywhere\s+|at all\s+)?(?:in|by) (?:the |this )?(?:article|story|report|piece|mss|ministry)|\s+anywhere|\s+at all)?(?:,.*)?$/iu;
/** "there's no mention of a trial for zhong anywhere in the piece", "none of them gets a full name in the article" */
const NO_MENTION_OF = /^(?:there(?:'s| is|s| are)|(?:the |this )?(?:article|story|report|piece) (?:has|gives|makes|contains))\s+(?:no|zero|not (?:a|any|one)(?: single)?)\s+(?:mention|word|sign|reference|details?|info(?:rmation)?)\s+(?:of|about|on|regarding)\s+(.+?)(?:\s+(?:anywhere|at all))?(?:\s+(?:in|from) (?:the |this )?(?:article|story|report|piece|text))?(?:\s+(?:anywhere|at all))?$|^none of (?:the (?:suspects|three|men|cases)|them|the three suspects)\s+(?:gets?|got|is given|are given|was given|were given|has|have|had)\s+(?:a |any |their )?(.+?)\s+(?:in|from) (?:the |this )?(?:article|story|report|piece)(?:,.*)?$/iu;
/** "the article says exactly how much qi earned", "the article mentions the death penalty": what it is said to say */
const MENTIONS = new RegExp(String.raw`^(?:the |this )?(?:article|story|piece)\s+(?:(?:also|even|actually|explicitly|clearly)\s+)?(?:${TELLS_S}|tells us)(?:\s+that)?\s+(?:exactly\s+|precisely\s+)?(.+)$`, "iu");
const ZH_SILENCE = /^(?:这篇|该|这个)?(?:文章|报道|新闻)(?:里|中|里面)?(?:并|根本|完全)?(?:没有?|未|从未|并未)(?:有)?(?:提到|提及|说|写|讲|透露|披露|说明|交代)(?:过|了)?(.+)$/u;
const ZH_MENTIONS = /^(?:这篇|该|这个)?(?:文章|报道|新闻)(?:里|中|里面)?(?:有|也)?(?:提到|提及|说|写|讲|透露|披露)(?:过|了|到)?(.+)$/u;
const WHETHER = new RegExp(String.raw`(?:${TELLS_S}|${TELLS})(?:\s+us)?\s+(?:whether|if)\s`, "iu");
const ASKS = /^(?:what|who|whom|whose|which|why|how|when|where)\b|多少|什么|哪|谁|多久|几|为什么|怎么/iu;

export interface ReportingClaim {
  /** what the article is said to leave out, or to say */
  inner: string;
  /** said to say it (true), or to leave it out (false) */
  said: boolean;
  /** the inner words are a question ("what Qi got"), not a claim */
  asks: boolean;
  /** "never says whether X": X or its opposite, either would be saying it */
  whether: boolean;
}

/** A claim about what the article says or leaves out; null for a claim about the cases themselves. */
export function reportingClaim(text: string): ReportingClaim | null {
  const t = text.trim().replace(/[.!。！]+$/u, "");
  const of = (inner: string, said: boolean): ReportingClaim => ({ inner: inner.trim(), said, asks: ASKS.test(inner.trim()), whether: WHETHER.test(t) });
  const silent = SILENCE.exec(t) ?? NOWHERE.exec(t);
  const inner = silent ? (silent[1] ?? silent[2])! : null;
  if (inner) return of(inner, false);
  const none = NONE_GIVEN.exec(t) ?? NONE_MENTIONED.exec(t);
  if (none) return of(`what ${none[1]}${none[2] ? ` of ${none[2]}` : ""}`, false);
  const noMention = NO_MENTION_OF.exec(t);
  if (noMention) return noMention[1] ? of(noMention[1], false) : of(`what ${noMention[2]!} of the suspects`, false);
  const zh = ZH_SILENCE.exec(t);
  if (zh) return of(zh[1]!, false);
  const said = MENTIONS.exec(t) ?? ZH_MENTIONS.exec(t);
  return said ? of(said[1]!, true) : null;
}


/** "the MSS said (that) ...", "..., per the ministry", "according to the article, ...": who says it, not what is said */
const SAYS_BEFORE = new RegExp(String.raw`^(?:(?:the|this) )?(?:mss|ministry(?: of state security)?|article|report|story|piece|authorities|state security|china daily)(?: (?:also|even|just))? (?:${tellingVerbs(["s", "past"], { speechOnly: true })})(?: that)?,?\s+`, "iu");
/** "the key thing is (that) X", "bottom line: X": X is the claim */
const TAKEAWAY = /^(?:(?:imo|imho|tbh|honestly|ngl),?\s+)?(?:the (?:key|main|important|big|real|crucial|interesting|wild|crazy) (?:thing|point|part|bit|takeaway|detail)|the (?:thing|point|takeaway|gist)|bottom line)(?: here)?(?: (?:is|was)(?: that)?)?\s*[:,]?\s+/iu;
const SAYS_AFTER = /,?\s+(?:per|according to|says|said) (?:the )?(?:mss|ministry(?: of state security)?|article|report|story|authorities|china daily)\s*$/iu;
// ("the article is clear, …" with a comma is a reply's opening, unwrapped with the rest of the wrapping; "clear that" attributes)
const SAYS_LEAD = /^(?:according to (?:the )?(?:mss|ministry(?: of state security)?|article|report|story|authorities|china daily),?\s+|(?:the (?:article|piece|report|story)|it) (?:is|was|'s) (?:very |pretty |super |quite |100% )?clear\s+that\s+)/iu;
const ZH_SECOND_CLAUSE = /^(\p{Script=Han}.*?[^的])[，,；;]\s*((?:不(?!是|但|过)|也|又|还(?!是|挺|蛮|真|算|行|没|未|不)|并且|而且)\p{Script=Han}.*)$/u;
/** "钟创业失败，于是联系了境外情报机关": what happened, then what he did about it, both asserted */
const ZH_CONSEQUENCE = /^(\p{Script=Han}.*?[^的])[，,；;]\s*(?:于是|所以|因此|因而|然后|之后|后来)(\p{Script=Han}.*)$/u;
const ZH_CONDITION = /如果|要是|假如|假设|即使|即便|除了|只要|只有|虽然|尽管|按|根据|据/u;
const ZH_CONTRAST = /^(.+?)[，,]\s*(?:而)?(?:没有|不是|并非|而非|并没有|没(?=[用走通经找去上过]))(.+)$/u;
/** "it's false that X", "it's not true that X": X denied */
const DENIED = /^(?:it'?s|it is|that'?s|that is)\s+(?:false|not true|untrue|a lie|wrong|not the case)\s+that\s+(.+)$/iu;
/** "song broke the law, even without secrets": the claim, then a concession that there were none */
const CONCEDED_WITHOUT_AFTER = /^(.{8,}?),\s*(?:even without|even with no|despite (?:there being )?no)\s+(?:any\s+)?(?!\p{Ll}+ing\b)(\p{L}.*)$/u;
/** "X without handing over a single secret": X, and the deed after "without" denied, of X's subject */
const WITHOUT_AFTER = /^(.{8,}?),?\s+without\s+(?:ever\s+|actually\s+|even\s+|really\s+)?(\p{Ll}+ing\b.+)$/u;
/** "even without any secrets involved, X": X, conceding that there were none */
const CONCEDED_WITHOUT = /^(?:even without|without|despite (?:there being )?no|even with no)\s+(?:any\s+)?(.+?),\s*(.+)$/iu;
/** "although X, Y", "even though X, Y": both halves are asserted */
const CONCEDED = /^(?:although|though|even though|even tho|tho|even if|despite the fact that)\s+(.+?),\s*(.+)$/iu;
/** the same with no comma, where the second half opens on its subject and "still": "even tho his stuff wasnt secret he still broke the law" */
const CONCEDED_BARE = /^(?:although|though|even though|even tho|tho|even if|despite the fact that)\s+([^,]+?)\s+((?:he|they|she)\s+(?:still|nonetheless|nevertheless|anyway)\b[^,]*)$/iu;
/** "unlike Song, Qi had ...": Qi had it, and Song did not */
const UNLIKE = /^unlike\s+(\S+(?:\s+(?:case|one|guy|man|stuff|materials|files))?),\s*(.+)$/iu;
/** "Qi, unlike Song, had real secrets": the same, the case set against between the subject and what is said of it */
const UNLIKE_MID = /^(\S+(?:\s+(?:case|one|guy|man))?),\s*unlike\s+(\S+(?:\s+(?:case|one|guy|man|stuff|materials|files))?),\s*(.+)$/iu;
/** "qi got prison, unlike song": the same, the one set against it last */
const UNLIKE_AFTER = /^(.+?),?\s+unlike\s+((?:the\s+)?\S+(?:\s+(?:guy|one|man|dude|suspect))?)$/iu;
const CLAUSE_VERBS = "is|was|were|are|got|gets|had|did|went|contained|contain|contains|included|includes|held|lacked|max|maxes|tops|caps|starts|faced|received|asked|responded|replied|answered|collected|requested|offered|sent|took|made|handed|gave|sold|claimed|pretended|contacted|reached|downloaded|copied|pledged|lost|came|published|revealed|announced|reported|released|unveiled|exposed|ran|disclosed|leaked|spilled|shared|photographed|stole|provided|passed|accessed|expressed|volunteered|tried|wanted|worked|didn'?t|did not|wasn'?t|weren'?t|hadn'?t|never";
/** where a list of clauses, each with its own subject, joins: ", qi got …", "… and song is …" */
// (a subject of one word, or "the article", "this story": "…, the article came out in 2024")
const LISTED = new RegExp(`(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?!(?:which|who|that|it|this|he|they)\\b)(?=(?:(?:the|this) (?:article|story|report|piece|ministry|mss)|the (?:first|second|third|last|other|others|rest)(?: (?:one|two|guy|guys|suspect|suspects|case))?|(?:his|their) (?:materials?|stuff|files?|documents?|info\\w*|possessions|belongings|data)(?=\\s+(?:contained|contain|contains|included|includes|held|had|lacked)\\b)|(?:the|that|this)(?: (?!(?:who|whose|that|which|and|or|but)\\b)[\\p{L}-]+){1,3}|[\\p{L}]+)\\s+(?:(?:just|only|also|then|even|still|basically|actually|merely|simply|never)\\s+)?(?:(?:even|ever|really)\\s+)?(?:${CLAUSE_VERBS})\\b)`, "iu");
const CLAUSE_START = new RegExp(`^(?:\\S+\\s+){0,3}?[\\p{L}]+\\s+(?:${CLAUSE_VERBS})\\b`, "iu");
/** "…, never took anything home", "…, didn't pay anyone": a second verb phrase, denied, with the first's subject */
const DENIED_TAIL = /^(.+?)(?:,\s*(?:and |but |yet )?|\s+(?:and|but|yet)\s+)((?:never|didn'?t|did not|wasn'?t|was not)\s+(?!just\b|only\b|even\b)\p{L}+\b.+)$/iu;
/** "he was pressured into it, it wasn't voluntary": a second clause after a comma, about the same case */
// ("the max is 10 years, there's no life sentence": "there is" opens a clause too)
const AND_HE = /^(.+?)\s+and\s+((?:he|she)\s+(?:(?!(?:wanted|needed|tried|hoped|decided|planned|wished|intended|seemed|appeared|started|attempted)\b)\p{L}{3,}ed|took|sent|made|went|gave|sold|met|kept|left|stole|got|had|lost|spent|paid|found|told|bought|fell|hid|wrote|ran|put|was|wasn'?t|never|did|didn'?t)\b.+)$/iu;
const SPLICE = /^(.+?),\s*(?:so |and )?((?:(?:it|that|this|he|they|there|money|cash|greed|finances)\s+(?:was|wasn'?t|is|isn'?t|are|aren'?t|were|weren'?t|did|didn'?t|had|hadn'?t|never|just|only|got)|(?:he|she)\s+(?:(?!(?:wanted|needed|tried|hoped|decided|planned|wished|intended|seemed|appeared|started|attempted)\b)\p{L}{3,}ed|took|shot|sent|made|went|gave|sold|met|kept|left|stole|wrote|put|did|paid)|there'?s|theres)\b.+)$/iu;
/** "…, with no life sentences": that there are none is said beside the rest */
const WITH_NO = /^(.+?),\s*(?:and\s+)?with no\s+(.+)$/iu;
/** "… to ease financial pressure", "… in an effort to make money": what a deed was for */
// (not the purpose itself as what is said: "zhong was trying to ease …", "did it to ease …", "did this to ease …")
const PURPOSE = /^(.{10,}?)(?<!\b(?:was|were|is|are|wanted|wants|want|hoped|hoping|tried|trying|try|attempting|attempted|meant|it|decided|looking|aiming|aimed|planned|planning|needed|needs|sought|seeking|desperate|just|only|did this|did that|does this|does that|done this|done that|all this|all that))\s+(?:in order to|so as to|in an effort to|in a bid to|to)\s+((?:ease|relieve|make|earn|get out of|pay off|pay|fix|solve|cover|deal with|escape|reduce|offset|recoup|recover)\b.+)$/iu;
/** ", life imprisonment isn't …": after a comma, a subject of a word or two and a denied "is" */
const DENIED_CLAUSE = /^(.+?),\s*((?:the |a |an |his |their )?(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:isn'?t|wasn'?t|aren'?t|weren'?t|is not|was not|are not|were not|don'?t|doesn'?t|do not|does not)\s.+)$/iu;
/** "… and got 2 years for it", "… and was only fined": a penalty joined to a deed */
/** "X and is serving …", "X and was still working …": a second clause with the first one's subject, in the progressive */
/** "qi's sentence was 27 months and the law's range is 2 to 5 years": a second claim, about the cited law or the article */
const AND_LAW = /^(.+?),?\s+and\s+((?:the|that|this)\s+(?:counter-espionage\s+)?(?:law|law's|laws|range|cited range|ministry|mss|article|story|report)\b.+)$/iu;
/** "qi got 2 years 3 months and was released last month": a second thing done to the same case, a clause of its own */
const AND_PASSIVE = /^(.+?),?\s+and\s+(?:then\s+|later\s+|since\s+|eventually\s+)?((?:is|was|were|has been|had been|got)\s+(?:already\s+|since\s+|later\s+|eventually\s+)?(?:released|freed|let out|let go|pardoned|paroled|deported|executed|acquitted|exonerated|fined|fired|extradited|exchanged|rehired|promoted)\b.*)$/iu;
const AND_ONGOING = /^(.+?),?\s+and\s+((?:is|was|are|were|has been|had been)\s+(?:still\s+|now\s+|currently\s+|already\s+)?\p{L}{3,}ing\b.+)$/iu;
const DEED_THEN_PENALTY = /^(.+?)\s+and\s+((?=.*(?:\d|\b(?:years?|months?|prison|jail|fined?|penalt\w*|life)\b))(?:then\s+|later\s+|still\s+|also\s+)?(?:got|gets|was sentenced to|was given|received|served|was jailed|went to (?:prison|jail)|was (?:only |also )?fined|was issued)\b.*)$/iu;
/** "he did this", "it happened": a clause that only points back */
const POINTS_BACK = /^(?:(?:he|she|they|it|this)\s+(?:did|does|do|was|were|happened|tried|attempted)\s*(?:all\s+)?(?:this|that|it|so|of this|of it)?(?:\s+stuff)?|(?:all )?(?:this|that|it) (?:went down|happened|took place|occurred|started))\s*$/iu;
/** "X even though Y", "X although Y": the concession after the claim */
const CONCEDED_AFTER = /^(.+?),?\s+(?:even (?:though|tho|if)|although|altho|though|tho)\s+(.+)$/iu;
/** "X, that's why Y", "X, which is why Y" */
/** "zhong was picked up before meeting them, so that meeting never took place": what it led to, a clause of its own */
const SO_CONSEQUENCE = /^(.+?),\s*(?:and\s+)?so\s+(?!(?:much|many|far|long|yeah|yea|basically|like|about|around|roughly|just|only|what|yes|no|not|that'?s|thats)\b)(.+)$/iu;
const CONSEQUENCE = /^(.+?),?\s+(?:and\s+)?(?:that'?s|that is|thats|which is|this is|and is)\s+(?:why|how)\s+(.+)$/iu;
/** "because X, Y", "since X, Y", "due to X, Y": the reason first */
const CAUSE_FIRST = /^(?:because|since|cuz|as a (?:direct )?result of|due to|thanks to)\s+(?:of\s+)?(.+?),\s*(.+)$/iu;
/** "after his arrest", "before qi's sentencing": an event named by a noun, and the participle that says it */
const EVENT_PARTICIPLE: Record<string, string> = { arrest: "arrested", apprehension: "apprehended", capture: "captured", detention: "detained", sentencing: "sentenced", conviction: "convicted" };
const EVENT_NOUN = /\b((?:only |just |long |right |shortly |soon )?(?:after|before|until))\s+(his|her|their|(\p{L}+)'s)\s+(arrest|apprehension|capture|detention|sentencing|conviction)\b/giu;
/** a duration, in figures or words ("27 months", "2.5 years", "two years and three months") */
const DURATION = /^(?:about |around |roughly |exactly |just )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|half a)\s*(?:-\s*)?(?:years?|yrs?|months?|mos?)\b(?:\s*(?:and|,)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a|an|half a)\s*(?:months?|mos?))?(?:\s+(?:in (?:prison|jail)|behind bars|total|in total|of prison|of jail))?\s*$/iu;
/** "<case> got <term>, which is <term>": a term, and another way of saying it */
const RESTATED_TERM = /^(.+?\b(?:got|gets|received|receives|served|serves|was sentenced to|was given|was handed|faces|faced|(?:sentence|term|prison term|jail term|prison time|jail time) (?:was|is|came to|comes to))\s+)(.+?),?\s+(?:which is|which's|which comes to|which works out to|that'?s|that is|thats|i\.?e\.?|aka|so|=)\s+(.+)$/iu;
/** "钟是因为投资失败才找境外机构的": a subject, its reason ("because …"), then what it led to ("才 …") */
const ZH_CAUSE = /^((?:(?![是不否])\p{Script=Han}){1,4}?)(?:是不是|是否|真的是|是|就是|正是)?(?:因为|由于)(\p{Script=Han}{2,}?)[，,]?\s*(?:才|所以|于是|就|而)(\p{Script=Han}{2,}.*)$/u;
/** "X when Y", "X after Y", "X because Y": both halves are asserted */
// ("these guys were after money": "after" as "seeking", with no time in it)
const CAUSE = /^(.+?(?<!\b(?:was|were|is|are|be|been|being|chasing))),?\s+(when|(?:only |right |soon |shortly |long )?after|because|since|as a (?:direct )?result of|because of|due to|thanks to)\s+(.+)$/iu;

/** "X before Y", "X, and then Y", "first X, then Y": two things said to happen in that order */
const BEFORE = /^(.+?),?\s+(?:(?:long|right|shortly|just|even|well|way) )?before\s+(.+)$/iu;
const THEN = /^(?:first(?:ly)?,?\s+)?(.+?)(?:,\s*(?:and\s+)?(?:then|only then|only later|after that|afterwards|later on|later)|\s+and\s+(?:then|only then|only later|after that|afterwards|later on|later)|\s+then)\s*,?\s+(.+)$/iu;
/** "X (first), and (only) Y later": the later thing's time said at its end */
const LATER_TAIL = /^(.+?),?\s+and\s+(?:then\s+)?(?:only\s+)?(.+?)\s+(?:only\s+)?(?:later(?: on)?|afterwards?|after that|down the line)$/iu;
/** "after X, Y": the earlier thing said first, as a clause of its own */
const AFTER_LEAD = /^(?:(?:only|right|soon|shortly|just|long|not long) )?after\s+(.+?),\s*(.+)$/iu;

/**
 * The two halves of a claim about the order of two things, the earlier
 * first; null when it says no order. Each half is a clause of its own
 * ("song got the penalties before he ever contacted the agency").
 */
/** "qi got caught before he could send anything": what was done, and what it is said to have stopped */
/** "caught before contacting any agency": the catch said to come before the deed, so the deed never happened */
const PREVENTED_ING = /^(.*\b(?:caught|arrested|apprehended|stopped|nabbed|busted|detained|picked up)\b.*?)\s+before (?:ever |even )?(\p{L}+ing\b.+)$/iu;
// ("caught before he ever took anything home": "ever" with a past verb says it never happened, as "could" does)
const PREVENTED = /^(.+?)\s+before (?:he|she|they) (?:could|was able to|were able to|managed to|got (?:a chance )?to|had (?:a|the) chance to|even could|ever could|ever(?=\s+\p{L}+ed\b|\s+(?:took|sent|met|gave|sold|got|made|went|did|had|saw|stole|handed|left)\b))\s+(?:even\s+)?(.+)$/iu;

// ("caught before he sent anything": a deed with "anything" after it says it never happened, as "could" does)
const PREVENTED_ANY = /^(.*\b(?:caught|arrested|apprehended|stopped|nabbed|busted|detained|picked up)\b.*?)\s+before (?:he|she|they) ((?:\p{L}+ed|sent|took|gave|sold|met|made|got|did|handed|passed|shared|leaked)(?:\s+(?:over|out|off|up|away|on|along))?\s+(?:anything|any|a single)\b.*)$/iu;

/** "if zhong had met the agents he'd have gotten life": what would have happened, which no article reports */
const COUNTERFACTUAL = /^(?:even )?if\b.*\b(?:had|hadn'?t|had not|were|weren'?t)\b.*(?:\bwould|\bwouldn'?t|\bcould|\bcouldn'?t|\bmight|'d)(?: not| never)?(?: have|'ve| of)?\b|\b(?:would|could|might)(?: not| never)? have\b.*\bif (?:he|she|they|\w+) (?:had|hadn'?t|had not)\b|^(?:he|she|they|\w+)'d have\b.*\bif\b/iu;

/** Whether a claim says what would have happened had things gone otherwise. */
export function counterfactual(text: string): boolean {
  return COUNTERFACTUAL.test(text.trim());
}

/** "qi is an insider, unlike song who had no job": what is said of the case it is set against is claimed too */
const UNLIKE_WHO = /^(.+?),?\s+unlike\s+(\p{L}+)(?:,)?\s+(?:who|whose)\s+(.+)$/iu;

export function preventedParts(text: string): { done: string; stopped: string } | null {
  const m = PREVENTED.exec(unattributed(text)) ?? PREVENTED_ING.exec(unattributed(text)) ?? PREVENTED_ANY.exec(unattributed(text));
  return m && m[1]!.split(/\s+/u).length >= 2 ? { done: m[1]!.trim(), stopped: m[2]!.trim() } : null;
}

export function orderedParts(text: string): { earlier: string; later: string } | null {
  const t = unattributed(text);
  const m = BEFORE.exec(t) ?? THEN.exec(t) ?? LATER_TAIL.exec(t) ?? AFTER_LEAD.exec(t);
  if (!m) return null;
  // ("zhong first contacted the agency, then …": "first" only marks the order)
  const earlier = m[1]!.trim().replace(/^first(?:ly)?,?\s+/iu, "").replace(/\s+first\b/iu, "");
  const later = m[2]!.trim();
  if (earlier.split(/\s+/u).length < 3 || later.split(/\s+/u).length < 2) return null;
  return { earlier, later };
}

const RIGHTS = /political rights|政治权利|\brights\b/iu;
const PRISON = /\b(?:prison|jail|jailed|imprisonment|behind bars|got|sentenced|sentence)\b|徒刑|判/iu;
const TERM_JOIN = /,\s*|，|;|\s+and\s+(?!(?:\d|a half|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b)|并且?|\s+with\s+|\s+plus\s+|\s*\+\s*|\s+but\s+/iu;

/**
 * A claim with a prison term and a term of lost political rights: each term in
 * its own part, so each is read against its own attribute.
 */
function termParts(t: string): ClaimPart[] | null {
  if (!RIGHTS.test(t) || parseTerms(t).length + parseHanTerms(t).length < 2) return null;
  const segments = t.split(TERM_JOIN).filter((s) => s && parseTerms(s).length + parseHanTerms(s).length > 0);
  if (segments.length >= 2) return segments.map((s) => ({ text: s.trim(), negated: false, partial: false }));
  // "1 year of prison and 2 years 3 months without political rights": the last "and" with a term on each side,
  // the rights on one side only ("2 years and 3 months" is one term)
  const ands = [...t.matchAll(/\s+and\s+/giu)].reverse();
  for (const m of ands) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + m[0].length);
    const termed = (x: string) => parseTerms(x).length + parseHanTerms(x).length > 0;
    if (termed(left) && termed(right) && RIGHTS.test(left) !== RIGHTS.test(right) && PRISON.test(RIGHTS.test(left) ? right : left)) {
      return [left, right].map((x) => ({ text: x.trim(), negated: false, partial: false }));
    }
  }
  return null;
}

const words = (text: string): number => text.split(/\s+/u).length;

/** Two clauses a claim asserts both of, each a part of its own. */
const asserted = (first: string, second: string): ClaimPart[] => [
  { text: first, negated: false, partial: false },
  { text: second, negated: false, partial: false },
];

/** A second half that is no clause of its own ("shorter than ten", "by phone"), read against the first. */
function fragment(text: string): boolean {
  return /^(?:shorter|longer|less|more|fewer|than|not|at|in|by|for|to|via|through|thru|with|from|under|over|above|below|\d)\b/iu.test(text.trim());
}

/** The claim without who it is attributed to. */
export function unattributed(text: string): string {
  return text
    .trim()
    .replace(/[.!。！]+$/u, "")
    // "..., not the other way round": emphasis, not a second claim
    .replace(/,?\s*(?:and |rather than |instead of )?(?:not )?the other way (?:round|around)\s*$/iu, "")
    // "only zhong pledged allegiance, the other two didn't": what "only" already says
    .replace(/,?\s*(?:and |but |while )?(?:the other (?:two|ones?|guys|suspects)|nobody else|no one else|noone else|none of the others|neither of the others)(?: (?:did(?:n'?t| not)?|didnt|were(?:n'?t| not)|was(?:n'?t| not)|had(?:n'?t| not)|got nothing|never did))?(?: (?:do|get|have) (?:it|that|this|any))?\s*$/iu, "")
    // "apprehended, not just warned": more than the lesser thing, said for emphasis, not a second claim
    .replace(/,?\s*(?:and )?not (?:just|only|merely|simply) (?:\w+ ){0,2}\w+\s*$/iu, "")
    // "…, but it is not true" after a pretence, "…, no exceptions": emphasis, not a second claim
    .replace(/,?\s*but (?:it|that|this)(?:'s| is| was) (?:not true|false|a lie|untrue)\s*$|,?\s*(?:no exceptions?|without exception)\s*$/iu, "").replace(TAKEAWAY, "").replace(SAYS_LEAD, "").replace(SAYS_BEFORE, "").replace(SAYS_AFTER, "");
}

/** The parts of one claim; a claim with one half is one part. */
/** Where a claim about the cases is joined by one about what the article leaves out. */
const LEFT_OUT_JOIN = /(?:,|;|\s+-+|\s+—)?\s+(?:and|but|though|although|yet|while|whereas|however|plus)?,?\s*/giu;

/** "X, and the article never says Y": X and the claim about Y, or null. */
function leftOutTail(t: string): [string, string] | null {
  for (const m of t.matchAll(LEFT_OUT_JOIN)) {
    const head = t.slice(0, m.index).trim();
    const tail = t.slice(m.index + m[0].length).trim();
    if (!m[0].trim() || words(head) < 3) continue;
    const r = reportingClaim(tail);
    if (r && (r.asks || !r.said)) return [head, tail];
  }
  return null;
}

/** "zhong claimed to be a leader, which wasn't true": the claim was false, said after it */
const UNTRUE_TAIL = /^(.*?)\b(claimed|claiming|said he was|told (?:them|the (?:agency|agencies|spies|foreign agency|handlers|agents)|\w+) (?:that )?he was|pretended)\b(.*?),?\s+which (?:wasn'?t|was not|isn'?t|is not|was never)(?: true| the case| so)?$/iu;

/** "…, selling to a foreign individual isn't included": a second clause saying what a rule leaves out */
const NOT_COVERED_TAIL = /^(.+?),\s*((?:(?:just|simply|merely|but|and)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,6}\s+(?:isn'?t|is not|aren'?t|are not|isnt|arent|wasn'?t|wasnt)\s+(?:included|covered|counted|punished|punishable|illegal|a crime|part of it|in there|mentioned))$/iu;

/** "X broke the law by doing Y": the law part, and the deed that broke it */
const BY_MEANS = /^(.+?\b(?:broke|broken|breaking|breaks|break|violated|violating|violates|breached|breaching|went against|ran afoul of|fell foul of)\s+(?:the |china'?s |chinese |a |that )?(?:[\p{L}-]+\s+){0,2}(?:law|laws|act|rules?|regulations?))\s*,?\s+(?:just |simply |only |merely )?by\s+((?:\p{L}+ing)\b.*)$/iu;

/** "zhong claimed to be a leader, which was true": the asker says he was one, which is a claim of its own */
const TRUE_TAIL = /^(.*?)\b(?:claimed|claiming|said|told (?:them|the agency|the spies|\w+))\s+(?:to be|that he was|he was|being|he's)\s+(.+?),?\s+(?:which|and (?:that|it|this)) (?:was|is|were) (?:actually |really |in fact |totally |also )?(?:true|correct|right|the case|accurate|legit)$|^(.*?)\b(?:claimed|claiming|said|told (?:them|the agency|the spies|\w+))\s+(?:to be|that he was|he was|being|he's)\s+(.+?),?\s+and (?:he|that guy) (?:actually |really |in fact |genuinely |truly )?(?:was|is)(?: one| that| so)?$/iu;

const NOT_JUST_TAIL = /^(.+?),\s*(?:and\s+|but\s+)?not (?:just|only|merely|simply) (?:a |an |some )?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s*\??$/iu;

/** The main half after a concession: its own clauses, each a claim ("even without secrets, song broke the law because he pledged allegiance"). */
function mainParts(text: string, partial = false): ClaimPart[] {
  const main = claimParts(text);
  return main.length > 1 && main.every((p) => !p.partial && !p.negated) ? main : [{ text, negated: false, partial }];
}

const PRETENCE_DENIED_TAIL = /^(.+?\b(?:pretended|pretending|claimed|claiming|posed|posing|passed himself off) (?:to be|as) [^,;]+?)\s*[,;]?\s+(?:but |and )?(?:he|she|they) (?:wasn'?t|wasnt|was not|weren'?t|werent|were not|isn'?t|is not) (?:actually |really |even |truly |in fact )?(?:one|that|so|a real one|any such thing)$/iu;

export function claimParts(text: string): ClaimPart[] {
  const parts = partsOf(text);
  // ("song went down this road after failing to land a job": "did this" stands for what the case did, whatever the other part says)
  return parts.length >= 2 ? parts.map((p) => (PRO_DEED.test(p.text.trim()) ? { ...p, deedOnly: true } : p)) : parts;
}

/** "<case> did this", "went down this road", "turned to it": a deed pointed at, with no words of its own */
const PRO_DEED = /^(?:[\p{L}'’]+\s+){1,3}?(?:did|done|tried|attempted|started|resorted to|turned to|went down|got into|got involved in|went into|ended up doing|chose|took)\s+(?:all )?(?:of )?(?:this|it|that)(?:\s+(?:road|path|route|way|stuff|scheme))?[.!]?$/iu;

function partsOf(text: string): ClaimPart[] {
  const t = unattributed(text).replace(/[.!。！]+$/u, "").replace(UNTRUE_TAIL, "$1falsely $2$3")
    .replace(TRUE_TAIL, (_m, a1?: string, b1?: string, a2?: string, b2?: string) => `${a1 ?? a2 ?? ""}really was ${b1 ?? b2 ?? ""}`);
  // ("frozen only after his arrest": the event named by a noun is a clause of its own, to be set in order)
  const evented = t.replace(EVENT_NOUN, (_m, when: string, whose: string, name: string | undefined, noun: string) => `${when} ${name ?? (/^their$/iu.test(whose) ? "they" : /^her$/iu.test(whose) ? "she" : "he")} ${/^their$/iu.test(whose) ? "were" : "was"} ${EVENT_PARTICIPLE[noun.toLowerCase()]!}`);
  if (evented !== t) return claimParts(evented);
  // ("zhong pretended to be a leader of the unit, he wasn't actually one": the pretence already says he was not)
  const pretence = PRETENCE_DENIED_TAIL.exec(t);
  if (pretence) return claimParts(pretence[1]!);
  // "zhong was apprehended, not just warned": more than the lesser thing, which the first half already says
  const notJust = NOT_JUST_TAIL.exec(t);
  if (notJust && words(notJust[1]!) >= 3) return claimParts(notJust[1]!);
  // "qi got 27 months, and the article never mentions a fine": a claim of its own about what the article leaves out
  const leftOut = leftOutTail(t);
  if (leftOut) return [...claimParts(leftOut[0]), { text: leftOut[1], negated: false, partial: false }];
  // "qi got 27 months, which is 2 years and 6 months": the term and what it is said to come to, each a claim of the case
  const restated = RESTATED_TERM.exec(t);
  if (restated && DURATION.test(restated[2]!) && DURATION.test(restated[3]!)) {
    return [
      { text: `${restated[1]!}${restated[2]!}`, negated: false, partial: false },
      { text: `${restated[1]!}${restated[3]!}`, negated: false, partial: false },
    ];
  }
  // "2 years in prison and a year without political rights": one part per term
  const terms = termParts(t);
  if (terms) return terms;
  // ("…, unlike song who had no job": the case set against has its own clause, said of it)
  const unlikeWho = UNLIKE_WHO.exec(t);
  if (unlikeWho && words(unlikeWho[1]!) >= 3 && words(unlikeWho[3]!) >= 2) {
    return [
      { text: unlikeWho[1]!, negated: false, partial: false },
      { text: `${unlikeWho[2]!} ${unlikeWho[3]!}`, negated: false, partial: false },
    ];
  }
  // "钟是因为投资失败才找境外机构的": the reason and the deed, both said of the subject, the reason the earlier
  const zhCause = ZH_CAUSE.exec(t);
  if (zhCause) {
    const [, subject, reason, main] = zhCause;
    return [
      { text: `${subject!}${main!}`, negated: false, partial: false },
      { text: `${subject!}${reason!}`, negated: false, partial: false, after: true },
    ];
  }
  // "because song couldn't land a job, he tried selling info": both halves asserted, the reason the earlier
  const causeFirst = CAUSE_FIRST.exec(t);
  if (causeFirst && words(causeFirst[1]!) >= 2 && words(causeFirst[2]!) >= 3) {
    const [reason, main] = [causeFirst[1]!, causeFirst[2]!];
    // (a pronoun in one half is the case the other names: "because his investments flopped, qi …", "because qi lost money, he …")
    const name = (s: string) => /^(\p{L}+?)(?:'s)?\s/u.exec(s)?.[1];
    const pronoun = /^(?:he|she|they|his|her|their)$/iu;
    const [rn, mn] = [name(reason), name(main)];
    const own = (s: string, n: string) => s.replace(/^(?:his|her|their)\b/iu, `${n}'s`).replace(/^(?:he|she|they)\b/iu, n);
    return [
      { text: mn && rn && pronoun.test(mn) && !pronoun.test(rn) ? own(main, rn) : main, negated: false, partial: false },
      { text: rn && mn && pronoun.test(rn) && !pronoun.test(mn) ? own(reason, mn) : reason, negated: false, partial: false, after: true },
    ];
  }
  // "X，没有Y" / "X，而不是Y": the second clause denies Y
  const zh = ZH_CONTRAST.exec(t);
  if (zh) {
    return [
      { text: zh[1]!, negated: false, partial: false },
      { text: zh[2]!, negated: true, partial: false },
    ];
  }
  // "钟创业很成功，不缺钱": Chinese clauses after a comma, each said of the first one's subject
  // (not a condition: "如果…，就…" asserts neither half)
  // (only a second clause that says something of its own: "不缺钱", "也…", "还…"; not "情节特别严重的，可判…", where the first is its subject)
  const zhSo = ZH_CONSEQUENCE.exec(t);
  if (zhSo && !ZH_CONDITION.test(t) && zhSo[1]!.length >= 2 && zhSo[2]!.length >= 2) return asserted(zhSo[1]!, zhSo[2]!);
  const zhSecond = ZH_SECOND_CLAUSE.exec(t);
  if (zhSecond && !ZH_CONDITION.test(t) && zhSecond[1]!.length >= 2) {
    return [
      { text: zhSecond[1]!, negated: false, partial: false },
      { text: zhSecond[2]!, negated: false, partial: false },
    ];
  }
  // "song broke the law by selling real state secrets": the law broken, and the deed it was broken by, each a claim
  const means = BY_MEANS.exec(t);
  if (means && words(means[2]!) >= 2) return [...claimParts(means[1]!), { text: means[2]!, negated: false, partial: false }];
  // "the law only covers stealing, just providing isn't covered": a restriction, and what it leaves out, each a claim
  const leftOutOfLaw = NOT_COVERED_TAIL.exec(t);
  if (leftOutOfLaw && words(leftOutOfLaw[1]!) >= 3) return asserted(leftOutOfLaw[1]!, leftOutOfLaw[2]!);
  // "song didn't get any jail time, just administrative penalties": the denial, and what was so instead
  const instead = NEGATED_THEN_ONLY.exec(t);
  if (instead && words(instead[1]!) >= 3) return asserted(instead[1]!, instead[2]!);
  const denied = DENIED.exec(t);
  if (denied) return claimParts(denied[1]!).map((p) => ({ ...p, negated: !p.negated }));
  // "even without any secrets in his materials, song still broke the law": the first half is denied, the second asserted
  const without = CONCEDED_WITHOUT.exec(t);
  if (without && words(without[2]!) >= 3) {
    return [
      { text: `had ${without[1]!}`, negated: true, partial: false, subjectLater: true },
      ...mainParts(without[2]!),
    ];
  }
  // ("song's pledge was what broke the law, even without secrets": the claim asserted, and that its case had none, "he" being him)
  const withoutConceded = CONCEDED_WITHOUT_AFTER.exec(t);
  if (withoutConceded && words(withoutConceded[1]!) >= 3) return [...mainParts(withoutConceded[1]!), { text: `he had ${withoutConceded[2]!}`, negated: true, partial: false }];
  // "song broke the law without handing over a single secret": the first half asserted, the deed after "without" denied
  const withoutAfter = WITHOUT_AFTER.exec(t);
  if (withoutAfter && words(withoutAfter[1]!) >= 3) return [...mainParts(withoutAfter[1]!), { text: withoutAfter[2]!, negated: true, partial: false }];
  const conceded = CONCEDED.exec(t) ?? CONCEDED_BARE.exec(t);
  if (conceded) {
    return [
      // ("even though no secrets were involved, song …": a conceded half that names no one is about the case named after it)
      { text: conceded[1]!, negated: false, partial: false, subjectLater: true },
      ...mainParts(conceded[2]!, fragment(conceded[2]!)),
    ];
  }
  // ("unlike X, Y" and "Y, unlike X": Y asserted, X's share of it denied)
  // ("Qi, unlike Song, had real secrets": the case set against sits between the subject and what is said of it)
  const before = UNLIKE.exec(t);
  const mid = before ? null : UNLIKE_MID.exec(t);
  const after = before || mid ? null : UNLIKE_AFTER.exec(t);
  const unlike: [other: string, said: string] | null = before ? [before[1]!, before[2]!] : mid ? [mid[2]!, `${mid[1]!} ${mid[3]!}`] : after ? [after[2]!, after[1]!] : null;
  if (unlike) {
    // ("unlike qi, song didn't get prison, he got administrative penalties": each clause said is a claim, and the other case's share denied is the first's)
    const said = claimParts(unlike[1]);
    const own = said.length > 1 && said.every((p) => !p.partial && !p.negated) ? said : [{ text: unlike[1], negated: false, partial: false }];
    return [...own, { text: unlike[0], negated: true, partial: true }];
  }
  const cleft = CLEFT.exec(t) ?? NAMES_THEN.exec(t);
  if (cleft) {
    const [, a, b, p] = cleft;
    return [
      { text: `${a} ${p}`, negated: false, partial: false },
      { text: `${b} ${p}`, negated: true, partial: false },
    ];
  }
  const both = BOTH.exec(t);
  if (both && !/\bnot\s+(?:only|just)\b/iu.test(t)) {
    // "song pledged allegiance but qi never did": the second half says the first's deed of another, denied or not
    const elided = ELIDED.exec(both[2]!.trim());
    const deed = /^\S+\s+(.+)$/u.exec(both[1]!.trim())?.[1];
    if (elided && deed) {
      const denied = /never|n'?t|not/iu.test(elided[2]!);
      // ("song's case didn't involve secrets but qi's did": a bare "did" after a denied deed says the deed itself)
      const deedDenied = /\b(?:not|never|no|didn'?t|wasn'?t|weren'?t|doesn'?t|isn'?t|\w+n't)\b/iu.test(deed);
      return [
        { text: both[1]!, negated: false, partial: false },
        { text: `${elided[1]!} ${deed}`, negated: denied !== deedDenied, partial: false },
      ];
    }
    return [
      { text: both[1]!, negated: false, partial: false },
      { text: both[2]!, negated: false, partial: fragment(both[2]!) },
    ];
  }
  const contrast = CONTRAST.exec(t);
  // "didn't ... not" and "not only" are no contrast; nor is a "not" in the first words ("not one of them")
  if (contrast && contrast[1]!.split(/\s+/u).length >= 2 && !/\b(?:not|never|no|didn'?t|wasn'?t|n't)\b/iu.test(contrast[1]!)) {
    return [
      { text: contrast[1]!, negated: false, partial: false },
      { text: contrast[2]!, negated: true, partial: true },
    ];
  }
  // "zhong got stopped, qi got prison, and song got admin penalties": one clause per subject
  const listed = t.split(LISTED).map((x) => x.trim()).filter(Boolean);
  // (the first may open with its verb, its subject said before: "… after handing over documents in person, and the agency …")
  if (listed.length >= 2 && listed.every((x) => x.split(/\s+/u).length >= 3) && (CLAUSE_START.test(listed[0]!) || /^\p{L}{3,}ing\b/u.test(listed[0]!))) {
    return listed.map((x) => ({ text: x, negated: false, partial: false }));
  }
  // "qi only took pictures at the office, never took anything home": a denied deed of the same subject
  const deniedTail = DENIED_TAIL.exec(t);
  if (deniedTail && words(deniedTail[1]!) >= 3 && words(deniedTail[2]!) >= 3) return asserted(deniedTail[1]!, deniedTail[2]!);
  // "zhong met the spies and then got busted": two deeds in a row, both asserted
  const then = /^(.+?),?\s+(?:and then|and later|and afterwards)\s+(.+)$/iu.exec(t);
  if (then && words(then[1]!) >= 3 && words(then[2]!) >= 2) return asserted(then[1]!, then[2]!);
  const splice = SPLICE.exec(t);
  if (splice && words(splice[1]!) >= 3 && words(splice[2]!) >= 3) return asserted(splice[1]!, splice[2]!);
  // ("song was unemployed and he sold real state secrets": "and he" with no comma opens a clause of its own too)
  const andHe = AND_HE.exec(t);
  if (andHe && words(andHe[1]!) >= 3 && words(andHe[2]!) >= 3) return asserted(andHe[1]!, andHe[2]!);
  // "the law caps it at 10 years, life imprisonment isn't on the table": a clause of its own, its subject denied something
  const deniedClause = DENIED_CLAUSE.exec(t);
  if (deniedClause && words(deniedClause[1]!) >= 3 && words(deniedClause[2]!) >= 3) return asserted(deniedClause[1]!, deniedClause[2]!);
  // "the worst cases max out at 15, with no life sentences": a second claim, that there are none
  const withNo = WITH_NO.exec(t);
  if (withNo && words(withNo[1]!) >= 3 && words(withNo[2]!) >= 1) return asserted(withNo[1]!, `there are no ${withNo[2]!}`);
  // "zhong sought collaboration with the agency to ease financial pressure": the deed, and what it was for
  const purpose = PURPOSE.exec(t);
  if (purpose && words(purpose[1]!) >= 3 && words(purpose[2]!) >= 2) return asserted(purpose[1]!, purpose[2]!);
  // "song pledged allegiance and got 2 years for it": a deed, and a penalty said of the same case
  const deedThenPenalty = DEED_THEN_PENALTY.exec(t);
  if (deedThenPenalty && words(deedThenPenalty[1]!) >= 2) return asserted(deedThenPenalty[1]!, deedThenPenalty[2]!);
  // ("qi got 27 months and is serving his time in a beijing prison": an ongoing state said of the same case, a clause of its own)
  const aboutLaw = AND_LAW.exec(t);
  if (aboutLaw && words(aboutLaw[1]!) >= 3 && words(aboutLaw[2]!) >= 3) return asserted(aboutLaw[1]!, aboutLaw[2]!);
  const ongoing = AND_ONGOING.exec(t) ?? AND_PASSIVE.exec(t);
  if (ongoing && words(ongoing[1]!) >= 3) return asserted(ongoing[1]!, `he ${ongoing[2]!}`);
  // "song broke the law even though nothing he had was secret": a concession is asserted too
  const concededAfter = CONCEDED_AFTER.exec(t);
  if (concededAfter && words(concededAfter[1]!) >= 3 && words(concededAfter[2]!) >= 3) return asserted(concededAfter[1]!, concededAfter[2]!);
  // "song's materials had state secrets, that's why he got busted": the reason and what it led to, both asserted
  const consequence = CONSEQUENCE.exec(t);
  if (consequence && (words(consequence[1]!) >= 3 || /\p{Script=Han}{4}/u.test(consequence[1]!)) && words(consequence[2]!) >= 2 && !POINTS_BACK.test(consequence[2]!)) {
    return asserted(consequence[1]!, consequence[2]!);
  }
  const so = SO_CONSEQUENCE.exec(t);
  if (so && words(so[1]!) >= 3 && words(so[2]!) >= 3 && /\b(?:was|were|is|are|had|has|did|got|gets|never|\w+ed)\b/iu.test(so[2]!) && !POINTS_BACK.test(so[2]!)) return asserted(so[1]!, so[2]!);
  const cause = CAUSE.exec(t);
  // "qi did it because he lost money on investments": the first half only points back, the reason is the claim
  const pointer = cause ? /^(?:(?:i think|apparently|basically)\s+)?(\S+)\s+(?:did|does|do|tried)\s+(?:it|this|that|all this|all of this|so)$/iu.exec(cause[1]!.trim()) : null;
  if (cause && pointer && !/^(?:he|she|they|it)$/iu.test(pointer[1]!) && /^(?:because|since)$/iu.test(cause[2]!)) {
    return [{ text: cause[3]!.replace(/^(?:he|she|they)\b/iu, pointer[1]!), negated: false, partial: false }];
  }
  // ("lied about who they were when dealing with the agencies": a setting with no subject of its own is part of the first half)
  if (cause && /^(?:when|while)$/iu.test(cause[2]!) && /^(?:dealing|talking|communicating|corresponding|speaking|chatting|negotiating|in contact|in touch) (?:with|to)\b/iu.test(cause[3]!)) return [{ text: t, negated: false, partial: false }];
  // ("... when this happened", "... when he did this": a second half that only points back asserts nothing to check)
  if (cause && cause[1]!.split(/\s+/u).length >= 3 && cause[3]!.split(/\s+/u).length >= 3 && !POINTS_BACK.test(cause[3]!)) {
    // ("caught after handing over documents in person, and the agency never asked …": a second half with clauses of its own is each of them)
    const rest = claimParts(cause[3]!);
    const [head, ...tail] = rest.length > 1 && rest.every((r) => !r.partial) ? rest : [{ text: cause[3]!, negated: false, partial: fragment(cause[3]!) }];
    return [
      { text: cause[1]!, negated: false, partial: false },
      // (a cause comes before what it causes: "frozen because he was caught" puts the catching first)
      { ...head!, ...(/after$|^because|result of$|^due to|^thanks to/iu.test(cause[2]!) ? { after: true } : {}) },
      ...tail,
    ];
  }
  return [{ text: t, negated: false, partial: false }];
}
