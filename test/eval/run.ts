// `npm run eval -- FILE`: scores a question file through the command handlers.
// It lives under test/ (with score.ts) because it drives commands/, and nothing
// under src/ may import from the layer above it.
import { readFileSync } from "node:fs";
import { loadCore } from "../../src/core.js";
import { evalArgs } from "./args.js";
import { parseQuestions, saidInOwnWords, scoreOne } from "./score.js";

const { file, dataDir } = evalArgs("npm run eval -- [--data DIR] FILE.jsonl");
const core = loadCore(dataDir);
const results = parseQuestions(readFileSync(file, "utf8"), file).map((q) => scoreOne(core, q));
for (const r of results) {
  const problems = [
    r.pass ? "" : r.question.kind === "abstain" ? "did not abstain" : "regex miss",
    r.grounded === false ? "no 40-character article quote" : "",
    r.limits ? "" : "over Discord limits",
    r.mentions ? "" : "mentions not disabled",
  ].filter(Boolean);
  if (problems.length) {
    console.log(`MISS ${r.question.id} [${r.question.kind}] ${r.question.input}\n  ${problems.join("; ")}\n  -> ${r.text.slice(0, 300).replace(/\n/gu, " | ")}`);
  }
}
const failed = results.filter((r) => !r.pass || r.grounded === false || !r.limits || !r.mentions).length;
const answers = results.filter((r) => r.question.kind !== "abstain");
const abstains = results.filter((r) => r.question.kind === "abstain");
console.log(
  `answered ${answers.filter((r) => r.pass).length}/${answers.length}, abstained ${abstains.filter((r) => r.pass).length}/${abstains.length}, ` +
    `grounded ${results.filter((r) => r.grounded).length}/${results.filter((r) => r.grounded !== null).length}`,
);
const own = answers.filter((r) => r.pass && saidInOwnWords(r.question, r.reply)).length;
console.log(`answered in Casebook's own words (content, titles, descriptions; no quotes) ${own}/${answers.length}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
