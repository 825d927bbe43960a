const REPORTER = String.raw`(?:the (?:article|story|report|piece|ministry|mss|authorities|news)|it|they|mss)`;
const SAID_WHAT = new RegExp(String.raw`^what (?:did|does|do) ${REPORTER} (?:say|said|claim|report) (?:that )?((?:the |these |those |his )?[\p{L}'’]+(?: [\p{L}'’]+)?) (were|was|is|are) (\p{L}.*)$`, "iu");
const DEED_BASE: Record<string, string> = { wanted: "want", did: "do", got: "get", sought: "seek", needed: "need", tried: "try" };
const SAID_DEED = new RegExp(String.raw`^what (?:did|does|do) ${REPORTER} (?:say|said|claim|report) (?:that )?((?:the |these |those |his )?[\p{L}'’]+(?: [\p{L}'’]+)?) (wanted|did|got|sought|needed|tried)\b(.*)$`, "iu");
// (a clause with a pronoun of its own stays first: "when he contacted the agency, what did song say" names its "he" after it)
const WHEN_FIRST = /^when\s+(?![^,?？]*\b(?:he|she|they|him|his|them|their)\b)([^,?？]{4,}?),\s*((?:what|who|whom|which|how|where|why)\b.*)$/iu;

/** the cases as a whole, named as where to look ("in the three cases", "among the suspects", "of all of them") */
const SCOPE_NOUN = String.raw`(?:cases?|suspects?|men|guys|people|ones|incidents|stories|them|of them)`;
const SCOPE = String.raw`(?:in|across|among|amongst|of|out of|from|between|within)\s+(?:all\s+(?:of\s+)?)?(?:(?:the|these|those)\s+)?(?:(?:three|3)(?:\s+${SCOPE_NOUN})?|${SCOPE_NOUN})(?:\s+(?:in|from|described in|mentioned in)\s+(?:the|this)\s+(?:article|story|report|piece))?`;
// (only before what is asked of them: "of the three, only qi …" counts among them, and stays)
const SCOPE_FIRST = new RegExp(String.raw`^${SCOPE}\s*[,:]?\s+(?=(?:who|whom|whose|which|how many|what|did|were|was|do|does|had|has)\b)`, "iu");
const ZH_SCOPE_FIRST = /^(?:在)?(?:这|那)?(?:三|3|两|二|几)?(?:个|起|名|位)?(?:案件|案子|案例|嫌疑人|嫌犯|人)(?:中|里|当中|之中|里面)\s*[，,]?\s*(?=\p{Script=Han}*(?:谁|哪|几|多少|有没有|是否|是不是))/u;

/** "political rights deprivation - who got it", "admin penalties, who got those": the topic set first, a pronoun for it after */
const TOPIC_THEN_PRONOUN = /^((?:(?!(?:who|whom|whose|which|what|how|did|does|do|was|were|is|are|so|ok|okay|and|but)\b)\p{L}[\p{L}'’-]*\s*){1,6}?)\s*(?:-|–|—|:|,)\s*((?:who|which(?: (?:one|ones|of them|suspects?|guys?|cases?))?|whose(?: \p{L}+)?)(?: \p{L}+){1,2}?) (?:it|them|those|that|this|these)\b(.*)$/iu;

/**
 * A question put the long way round, put plainly: a time clause set first, or
 * what a report says asked about the report. Wording, not wrapping, so the
 * reader runs it once on the unwrapped question.
 */
export function rephrase(core: string): string {
  // ("in the three cases, which ones faked who they were", "三个案件中，哪几个人冒充了身份": the scope is every case, which a
  // list or a count asks of anyway; its noun is no word of what is asked)
  let q = core.replace(SCOPE_FIRST, "").replace(ZH_SCOPE_FIRST, "");
  // ("when the authorities checked qi's things, what did they find": the time clause set after what is asked, so the
  // question is read for what it asks, not as "when")
  const whenFirst = WHEN_FIRST.exec(q);
  if (whenFirst) q = `${whenFirst[2]!.replace(/\s*[?？]\s*$/u, "")} when ${whenFirst[1]!}${/[?？]\s*$/u.test(whenFirst[2]!) ? "?" : ""}`;
  // (the topic put where the pronoun stands: "who got political rights deprivation")
  const topic = TOPIC_THEN_PRONOUN.exec(q);
  if (topic) q = `${topic[2]!} ${topic[1]!.trim()}${topic[3] ?? ""}`;
  // ("what did the ministry say the suspects were after": what the report says, asked as the question it reports on)
  const reported = SAID_WHAT.exec(q);
  if (reported) q = `what ${reported[2]!.toLowerCase()} ${reported[1]!} ${reported[3]!}`;
  const reportedDeed = SAID_DEED.exec(q);
  if (reportedDeed) q = `what did ${reportedDeed[1]!} ${DEED_BASE[reportedDeed[2]!.toLowerCase()]!}${reportedDeed[3] ?? ""}`;
  return q;
}
