const REPORTER = String.raw`(?:the (?:article|story|report|piece|ministry|mss|authorities|news)|it|they|mss)`;
const SAID_WHAT = new RegExp(String.raw`^what (?:did|does|do) ${REPORTER} (?:say|said|claim|report) (?:that )?((?:the |these |those |his )?[\p{L}'’]+(?: [\p{L}'’]+)?) (were|was|is|are) (\p{L}.*)$`, "iu");
const DEED_BASE: Record<string, string> = { wanted: "want", did: "do", got: "get", sought: "seek", needed: "need", tried: "try" };
const SAID_DEED = new RegExp(String.raw`^what (?:did|does|do) ${REPORTER} (?:say|said|claim|report) (?:that )?((?:the |these |those |his )?[\p{L}'’]+(?: [\p{L}'’]+)?) (wanted|did|got|sought|needed|tried)\b(.*)$`, "iu");
// (a clause with a pronoun of its own stays first: "when he contacted the agency, what did song say" names its "he" after it)
const WHEN_FIRST = /^when\s+(?![^,?？]*\b(?:he|she|they|him|his|them|their)\b)([^,?？]{4,}?),\s*((?:what|who|whom|which|how|where|why)\b.*)$/iu;

/**
 * A question put the long way round, put plainly: a time clause set first, or
 * what a report says asked about the report. Wording, not wrapping, so the
 * reader runs it once on the unwrapped question.
 */
export function rephrase(core: string): string {
  let q = core;
  // ("when the authorities checked qi's things, what did they find": the time clause set after what is asked, so the
  // question is read for what it asks, not as "when")
  const whenFirst = WHEN_FIRST.exec(q);
  if (whenFirst) q = `${whenFirst[2]!.replace(/\s*[?？]\s*$/u, "")} when ${whenFirst[1]!}${/[?？]\s*$/u.test(whenFirst[2]!) ? "?" : ""}`;
  // ("what did the ministry say the suspects were after": what the report says, asked as the question it reports on)
  const reported = SAID_WHAT.exec(q);
  if (reported) q = `what ${reported[2]!.toLowerCase()} ${reported[1]!} ${reported[3]!}`;
  const reportedDeed = SAID_DEED.exec(q);
  if (reportedDeed) q = `what did ${reportedDeed[1]!} ${DEED_BASE[reportedDeed[2]!.toLowerCase()]!}${reportedDeed[3] ?? ""}`;
  return q;
}
