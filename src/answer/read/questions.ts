// A message that asks two things at once ("how did qi get the docs out and
// what was he sentenced to", "宋为什么被处罚？他坐牢了吗？", "1) … 2) …"):
// its questions, each to be read on its own. Words only.

const WH = "(?:what|whats|what's|who|whom|whose|which|why|how|when|where|did|does|do|was|were|is|are|can|could|has|had)";
/** "…, and what was he sentenced to": a second question joined by "and" */
const AND_WH = new RegExp(`\\s*(?:,\\s*(?:and|also|plus)?|\\s+and(?: also)?|\\s+plus|\\s+\\+)\\s+(?=${WH}\\b)`, "iu");
/** "1) … 2) …", "1. … 2. …" */
const NUMBERED = /(?:^|\s)\(?[1-5][).]\s+/u;
/** a question mark inside the text, with more text after it */
const INNER_MARK = /(?<=[?？])\s*(?=\S)/u;

const BACK_REFERENCE = /^(?:and |so )?(?:how (?:long|much|many)|what|is|was|does|did) (?:is |was )?(?:that|it|this|those)\b/iu;

/** Each part must hold at least this many words to stand as a question of its own. */
const MIN_WORDS = 3;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length + (s.match(/\p{Script=Han}/gu) ?? []).length / 2;

/** The questions a message asks, in order; one element when it asks one thing. */
export function splitQuestions(text: string): string[] {
  const t = text.trim();
  let parts: string[] = [t];
  if (NUMBERED.test(t) && t.split(NUMBERED).filter((p) => p.trim()).length >= 2) parts = t.split(NUMBERED);
  // (after a question mark, only another question: "…?? W for the mss" is a remark)
  else if (INNER_MARK.test(t)) parts = t.split(INNER_MARK).filter((p, i) => i === 0 || /[?？]\s*$|吗|什么|怎么|为什么|多久|谁/u.test(p) || new RegExp(`^${WH}\\b`, "iu").test(p.trim()));
  else {
    const m = AND_WH.exec(t);
    if (m && m.index > 0) parts = [t.slice(0, m.index), t.slice(m.index + m[0].length)];
  }
  parts = parts.map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  // "…, how long is that altogether": the second part asks about the first, not a question of its own
  if (parts.slice(1).some((p) => BACK_REFERENCE.test(p))) return [t];
  return parts.length >= 2 && parts.every((p) => words(p) >= MIN_WORDS) ? parts.slice(0, 3) : [t];
}

/** a question's first word: what a sentence asking something starts with */
const ASKS = /^(?:(?:ok(?:ay)?|so|and|but|also|then|one more|last one|quick one|quick q)[,:]?\s+)*(?:who|whom|whose|which|what|whats|what's|why|how|when|where|is|was|were|are|did|does|do|can|could|has|had|have|will|would)\b/iu;
/** sentence ends, and emoji that close a remark ("… tonight 😅 does the law …") */
const SENTENCE_END = /(?<=[.!:;。！；])\s+|(?<=\p{Extended_Pictographic})\s+/u;

/**
 * "this reads like a movie plot honestly. did zhong manage to meet them?": a
 * remark, then the question. The question alone, and the remark for any case
 * it names; null when the message is not shaped so.
 */
export function lastQuestion(text: string): { context: string; question: string } | null {
  const parts = text.trim().split(SENTENCE_END).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length < 2) return null;
  const question = parts[parts.length - 1]!.trim();
  const context = parts.slice(0, -1).join(" ");
  if (/[?？]/u.test(context) || !ASKS.test(question) || words(question) < MIN_WORDS) return null;
  return { context, question };
}
