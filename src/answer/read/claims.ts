// A posted message as claims: its sentences, each either a claim to check or
// not a claim (a question, a greeting, nothing). Words only; no judgement.
import { unwrap } from "./wrapping.js";

export const CLAIMS_MAX = 5;

export type ClaimText = { kind: "claim"; text: string } | { kind: "question"; text: string } | { kind: "none"; text: string };

const QUESTION_START = /^(?:who|whom|whose|which|what|whats|what's|why|how|when|where|is|was|were|are|did|does|do|can|could|would|will|should|has|had|have)\b/iu;

/** Splits on sentence ends and line breaks, keeping abbreviations like "Mr." together. */
function sentences(text: string): string[] {
  return text
    .replace(/\b(Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e)\./giu, "$1")
    .split(/(?<=[.!?。！？])\s+|\n+|(?<=[。！？；;])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** What a message holds: its claims (up to CLAIMS_MAX) and whether it held a question. */
export function splitClaims(message: string): ClaimText[] {
  const out: ClaimText[] = [];
  for (const s of sentences(message)) {
    const { core } = unwrap(s);
    if (!/[\p{L}\p{N}]/u.test(core)) out.push({ kind: "none", text: s });
    // a question mark on a statement ("Song didn't even have real secrets?") still asserts it
    else if (/[?？]\s*$/u.test(core) && QUESTION_START.test(core) && !/\b(?:right|correct|true|innit)\s*[?？]\s*$/iu.test(core)) out.push({ kind: "question", text: core });
    else if (QUESTION_START.test(core) && !/[.!。]$/u.test(core) && core.split(/\s+/u).length < 12 && /^(?:who|what|why|how|when|where|which)\b/iu.test(core)) out.push({ kind: "question", text: core });
    else if (/吗\s*$|什么|怎么|为什么|多久|谁/u.test(core) && !/[。！]$/u.test(core)) out.push({ kind: "question", text: core });
    else out.push({ kind: "claim", text: core });
  }
  return out;
}
