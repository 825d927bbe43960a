// In-process handler latency per command, on the seed dataset and on
// generated datasets of 1,000 and 10,000 facts. Prints figures; asserts nothing.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runLine } from "../commands/line.js";
import { runAutocomplete } from "../commands/run.js";
import { loadDataset } from "../src/data/load.js";
import { createCore } from "../src/core.js";
import { generateDataset } from "./generate.js";
import { fmt, percentile, timeCalls } from "./stats.js";

const ASK_QUESTIONS = readFileSync(fileURLToPath(new URL("../test/qa/dev.jsonl", import.meta.url)), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l).input as string)
  .filter((i) => i.startsWith("/ask"));

/**
 * Calls before timing starts, per command and dataset. A running bot answers
 * thousands of questions; with 2,000 the JIT was still compiling the reader's
 * paths while the first dataset was timed (seed /ask p99 0.9–1.8 ms against
 * 0.4–0.6 ms after 10,000).
 */
const WARMUP = 10_000;

const LINES: Record<string, string[]> = {
  "/ask": ASK_QUESTIONS,
  "/case": ["/case surname:Qi", "/case surname:zhonh", "/case surname:Soong", "/case surname:Zhang"],
  "/cases": ["/cases"],
  "/law": ["/law"],
  "/sentence": ["/sentence case:Qi", "/sentence years:7 months:0"],
  "/about": ["/about"],
  "/help": ["/help"],
};

export async function benchCore(sizes: Array<number | "seed"> = ["seed", 1000, 10000]): Promise<void> {
  console.log("\n## Core handlers, in process (runLine: parse, validate, handle, fit to limits; reply cache off)");
  console.log("dataset        facts  load+index   command      calls    p50       p99");
  for (const size of sizes) {
    const gen = size === "seed" ? null : generateDataset(size);
    const t0 = process.hrtime.bigint();
    const data = loadDataset(gen?.dir);
    // the reply cache off: these figures are the handlers' own work on every call
    const core = createCore(data, { replyCacheSize: 0 });
    const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const label = size === "seed" ? "seed" : `generated`;
    for (const [cmd, lines] of Object.entries(LINES)) {
      let i = 0;
      const runs = cmd === "/ask" ? 5000 : 2000;
      // a long warm-up: p99 is read at steady state, after the JIT has compiled the hot paths
      const samples = timeCalls(() => runLine(core, lines[i++ % lines.length]!), runs, WARMUP);
      console.log(
        `${label.padEnd(12)} ${String(data.facts.length).padStart(6)}  ${fmt(loadMs).padStart(10)}   ${cmd.padEnd(10)} ${String(runs).padStart(7)}  ${fmt(percentile(samples, 50)).padStart(8)}  ${fmt(percentile(samples, 99)).padStart(8)}`,
      );
    }
    let j = 0;
    const inputs = ["", "z", "zh", "chung", "sonng", "Qi"];
    const ac = timeCalls(() => runAutocomplete(core, "case", { name: "surname", value: inputs[j++ % inputs.length]! }), 2000);
    console.log(
      `${label.padEnd(12)} ${String(data.facts.length).padStart(6)}  ${"".padStart(10)}   ${"autocomp.".padEnd(10)} ${"2000".padStart(7)}  ${fmt(percentile(ac, 50)).padStart(8)}  ${fmt(percentile(ac, 99)).padStart(8)}`,
    );
  }
  console.log(`heap used after the runs: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCore();
