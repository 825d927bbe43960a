import type { Case, Fact } from "../data/dataset.js";

export type AnswerStatus = "answered" | "not-covered" | "no-such-case" | "ambiguous";

/** A grounded answer: what to say, the article sentences it rests on, the cases it concerns. */
export interface Answer {
  status: AnswerStatus;
  /** a short heading: "Qi: sentence", "The cited law", "Not covered" */
  title: string;
  /** the direct answer, first sentence first */
  text: string;
  /** the facts whose quotes back the text, in the order they are used */
  facts: Fact[];
  cases: Case[];
  /**
   * Whether the article says what was asked: false when the answer's lead is that it does not
   * ("The article does not say…"), whatever nearest facts follow. A claim that the article leaves
   * something out is settled by this, not by the reply's wording.
   */
  said: boolean;
}

/** "Zhong", "Zhong and Qi", "Zhong, Qi and Song" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Texts joined, each sentence said once: findings on several cases can share a sentence said of them as a group. */
export function sentencesOnce(texts: readonly string[]): string {
  return [...new Set(texts.flatMap((t) => t.split(/(?<=\.)\s+/u)))].join(" ");
}

export function uniqueFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
