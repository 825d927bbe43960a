// Generates datasets of a given size for benchmarks: the seed article and
// records, plus synthetic cases whose facts quote synthetic paragraphs, so
// the loader, the quote check and every index run as they do on real data.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_DATA_DIR } from "../src/data/load.js";
import { TOPICS } from "../src/data/schema.js";

const ONSETS = ["b", "d", "f", "g", "k", "m", "n", "p", "r", "t", "v", "z"];
const VOWELS = ["a", "e", "i", "o", "u"];
const WORDS = `archive ledger courier harbour railway turbine satellite reactor budget patent circuit laboratory
  warehouse treaty protocol vessel engine sensor battery antenna bridge tunnel pipeline contract invoice
  blueprint prototype factory refinery shipment cargo network turnstile database firmware manual schedule
  report memo roster badge vault locker terminal console cipher codebook compass microscope telescope
  foundry quarry orchard vineyard mill dock depot hangar runway aircraft drone rocket missile radar sonar`
  .split(/\s+/u)
  .filter(Boolean);

/** A deterministic pseudo-random generator, so every run builds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface Generated {
  dir: string;
  facts: number;
  cases: number;
}

/** A data directory with about `factCount` facts in all (seed facts included). */
export function generateDataset(factCount: number, factsPerCase = 10): Generated {
  const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-${factCount}-`));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const cases = JSON.parse(readFileSync(path.join(dir, "cases.json"), "utf8"));
  const article = JSON.parse(readFileSync(path.join(dir, "article.json"), "utf8"));
  const law = JSON.parse(readFileSync(path.join(dir, "law.json"), "utf8"));
  const seedFacts = article.facts.length + law.provisions.length + cases.cases.reduce((n: number, c: any) => n + c.facts.length, 0);
  const rand = rng(factCount);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const used = new Set<string>(["Zhong", "Qi", "Song"]);
  const surname = () => {
    for (;;) {
      const n = `${pick(ONSETS).toUpperCase()}${pick(VOWELS)}${pick(ONSETS)}${pick(VOWELS)}${pick(ONSETS)}${pick(VOWELS)}`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  const attributes = JSON.parse(readFileSync(path.join(dir, "attributes.json"), "utf8"));
  const silent = (note: string) => ({ said: false, note, facts: [] });
  const paragraphs: string[] = [];
  let remaining = Math.max(0, factCount - seedFacts);
  let order = cases.cases.length;
  while (remaining > 0) {
    const name = surname();
    const id = name.toLowerCase();
    const n = Math.min(factsPerCase, remaining);
    const facts = [];
    for (let i = 0; i < n; i++) {
      const sentence = `${name} handled the ${pick(WORDS)} and the ${pick(WORDS)} near the ${pick(WORDS)} ${i + 1} times in case ${order + 1}.`;
      paragraphs.push(sentence);
      facts.push({ id: `${id}-f${i}`, topic: i === 0 ? "sentence" : TOPICS[i % TOPICS.length], statement: sentence, quote: sentence });
    }
    order += 1;
    cases.cases.push({
      id,
      surname: name,
      order,
      spellings: [],
      summary: `Synthetic case ${order} for benchmarks.`,
      outcome: { kind: "sentenced", fact: facts[0]!.id },
      penalty: { kind: "prison", years: 1 + (order % 12), months: order % 12, fact: facts[0]!.id },
      politicalRights: null,
      charge: null,
      facts,
    });
    const term = (1 + (order % 12)) * 12 + (order % 12);
    attributes.cases[id] = {
      employment: silent(`The article does not say what ${name} did for a living.`),
      moneyTrouble: silent(`The article does not say why ${name} did it.`),
      contact: silent(`The article does not say how ${name} made contact.`),
      falseClaim: silent(`The article does not say ${name} claimed anything.`),
      actions: { said: true, value: [facts[1]?.statement ?? facts[0]!.statement], statement: facts[1]?.statement ?? facts[0]!.statement, facts: [facts[1]?.id ?? facts[0]!.id] },
      secrets: silent(`The article does not say whether ${name}'s materials held state secrets.`),
      unlawful: silent(`The article does not say whether ${name} broke a law.`),
      agency: silent(`The article does not say how the agency responded to ${name}.`),
      outcome: { said: true, value: "sentenced", statement: `${name} was sentenced.`, facts: [facts[0]!.id] },
      penalty: { said: true, value: { kind: "prison", months: term }, statement: `${name} was sentenced to ${term} months in prison.`, facts: [facts[0]!.id] },
      rights: silent(`The article does not say whether ${name} lost political rights.`),
      offence: silent(`The article does not name ${name}'s offence.`),
      law: silent(`The article does not say which law ${name} was sentenced under.`),
      notDone: silent(`The article reports nothing ${name} failed to do.`),
    };
    remaining -= n;
  }
  writeFileSync(path.join(dir, "attributes.json"), JSON.stringify(attributes));
  const text = readFileSync(path.join(dir, "article.txt"), "utf8");
  writeFileSync(path.join(dir, "article.txt"), `${text}\n${paragraphs.join("\n")}`);
  writeFileSync(path.join(dir, "cases.json"), JSON.stringify(cases));
  return { dir, facts: seedFacts + paragraphs.length, cases: cases.cases.length };
}
