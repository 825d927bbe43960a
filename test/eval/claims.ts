// `npm run eval:claims -- [--data DIR] FILE.jsonl`: scores a claim file through /check.
import { readFileSync } from "node:fs";
import { loadCore } from "../../src/core.js";
import { evalArgs } from "./args.js";
import { parseClaims, scoreClaim } from "./score.js";

const { file, dataDir } = evalArgs("npm run eval:claims -- [--data DIR] FILE.jsonl");
const core = loadCore(dataDir);
const results = parseClaims(readFileSync(file, "utf8"), file).map((c) => scoreClaim(core, c));
for (const r of results.filter((x) => !x.right || x.grounded === false)) {
  console.log(`MISS ${r.claim.id} [${r.claim.label} -> ${r.verdict}] ${r.claim.claim}\n  -> ${r.text.slice(0, 240).replace(/\n/gu, " | ")}`);
}
const right = results.filter((r) => r.right).length;
const falses = results.filter((r) => r.claim.label !== "supported");
const falseSupported = falses.filter((r) => r.verdict === "supported").length;
const decisive = results.filter((r) => r.grounded !== null);
console.log(
  `verdicts right ${right}/${results.length} (${((100 * right) / results.length).toFixed(1)}%), ` +
    `false claims called Supported ${falseSupported}/${falses.length}, ` +
    `Supported/Contradicted quoting 40+ characters ${decisive.filter((r) => r.grounded).length}/${decisive.length}, ` +
    `explanations matching ${results.filter((r) => r.explained).length}/${results.length}`,
);
process.exitCode = right === results.length ? 0 : 1;
