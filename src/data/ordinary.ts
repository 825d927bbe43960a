// `npm run data:ordinary [WORDLIST]`: finds the English words the typo reader
// would take for a lexicon word one letter away ("boring" for "bring",
// "treason" for "reason") and writes them to the lexicon's `ordinary` list,
// which the reader then leaves as typed. WORDLIST is a plain word list, one
// word a line (default Debian wamerican-small: common words only, since a rare word is likelier a typo). Run it
// again after adding words to the lexicon.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Engine } from "../answer/engine.js";
import { DEFAULT_DATA_DIR, loadDataset } from "./load.js";

const list = process.argv[2] ?? "/usr/share/dict/american-english-small";
const data = loadDataset();
// (read without the current list, so a word on it is found again)
const reader = new Engine({ ...data, lexicon: { ...data.lexicon, ordinary: [] } }).reader as unknown as { correct(text: string): string };
const words = new Set(readFileSync(list, "utf8").split("\n").filter((w) => /^[a-z]{3,}$/u.test(w)));
// (a form of the word is a typo worth reading as it: "froze" as "frozen", "greedy" as "greed", "server" as "serve")
const inflection = (a: string, b: string) => [a, b].some((x, i) => {
  const y = i ? a : b;
  return y.length === x.length + 1 && y.startsWith(x) && (/[sdny]$/u.test(y) || (x.endsWith("e") && y.endsWith("r")));
});
// (rare, archaic or variant spellings that people type far more often as a typo of the word: "reveled" for "revealed")
const LIKELIER_TYPOS = new Set(["reveled", "revelled", "revel", "weer", "juts", "mete", "mien", "tings", "thins", "pease", "interne", "internes", "hared", "gabbed", "stript", "heirs", "fats", "pots", "bras", "ether", "nether", "coped", "copes", "sharked", "sharped"]);
const ordinary = [...words].filter((w) => {
  const read = reader.correct(w);
  return read !== w && !inflection(w, read) && !LIKELIER_TYPOS.has(w);
}).sort();
const file = path.join(DEFAULT_DATA_DIR, "lexicon.json");
const lexicon = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
lexicon.ordinary = ordinary;
writeFileSync(file, `${JSON.stringify(lexicon, null, 2)}\n`);
console.log(`${ordinary.length} ordinary words written to ${path.relative(process.cwd(), file)}`);
