import { stemmer } from "stemmer";

const cache = new Map<string, string>();
/** Porter stem, so "punished", "punishment" and "punishing" are one word; cached, as questions repeat words. */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (cache.size < 20_000) cache.set(word, s);
  }
  return s;
}
