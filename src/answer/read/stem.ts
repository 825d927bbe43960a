import { stemmer } from "stemmer";

const cache = new Map<string, string>();
/** Words Porter folds into another word's stem: "several" is not "severe" */
const OWN_STEM: ReadonlyMap<string, string> = new Map([["several", "several"]]);
/** Porter stem, so "punished", "punishment" and "punishing" are one word; cached, as questions repeat words. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = OWN_STEM.get(word) ?? stemmer(word);
    if (cache.size < 20_000) cache.set(word, s);
  }
  return s;
}
