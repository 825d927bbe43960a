// End to end on the Discord double, side by side in one run: Casebook (the
// production door, createBot) and a bare discord.js echo bot, each in its own
// child process (bench/bot-process.ts) against its own fresh double. Per bot
// and round: start-to-ready, 1,000 interactions one at a time, then 5,000 with
// 50 in flight; rounds alternate (A B, B A, A B) and each figure is the median
// over rounds (peak RSS: the highest). Both bots get the same interactions, a
// Casebook command mix from many users. Then memory: each bot answers
// --memory N (default 60,000) /ask interactions, each from a new user, and
// its RSS growth from the 10,000th to the last is reported (target for
// Casebook: at most 15 MB from 10,000 to 60,000). Prints figures; asserts nothing.
//
//   npx tsx bench/e2e.ts [--rounds N] [--sequential N] [--concurrent N] [--concurrency N] [--memory N]
//   npx tsx bench/e2e.ts --rounds 0 --memory 60000     memory only
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { parseSlashLine } from "../commands/parse-line.js";
import { commands } from "../commands/registry.js";
import buildDist from "../test/build-dist.js";
import type { DiscordDouble } from "../test/double/discord-double.js";
import { opt } from "../test/double/discord-double.js";
import { formatMemory, memoryGrowth, runMemoryBench } from "./e2e-memory.js";
import {
  childProcessBot,
  e2eRatios,
  formatE2E,
  runE2ERounds,
  type E2EBenchOptions,
  type E2EBenchResult,
  type PayloadMaker,
} from "./e2e-lib.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function arg(name: string, fallback: number, min = 1): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} takes a whole number >= ${min}`);
  return v;
}

const ROUNDS = arg("rounds", 3, 0);
/** interactions in the memory run (0: skip it); RSS growth is reported from MEMORY_FROM to the last */
const MEMORY = arg("memory", 60_000, 0);
const MEMORY_FROM = 10_000;
/** idle ms before each RSS reading (0: read at once) */
const SETTLE = arg("settle", 0, 0);
const SEQUENTIAL = arg("sequential", 1000);
const CONCURRENT = arg("concurrent", 5000);
const CONCURRENCY = arg("concurrency", 50);
const WARMUP = 50;

// ------------------------------------------------------------ the workload

/** The /ask questions of the dev set, and typed lines for /case and /sentence (spellings, typos, a miss, both forms). */
const ASK = readFileSync(`${root}/test/qa/dev.jsonl`, "utf8")
  .trim()
  .split("\n")
  .map((l) => (JSON.parse(l) as { input: string }).input)
  .filter((i) => i.startsWith("/ask "));
const CASE = ["Qi", "Zhong", "Song", "Chung", "zhonh", "Soong", "齐", "Zhang"].map((s) => `/case surname:${s}`);
const SENTENCE = ["/sentence case:Qi", "/sentence years:7 months:0", "/sentence case:Song", "/sentence years:12"];

type ChatOptions = ReturnType<typeof opt.string | typeof opt.integer | typeof opt.boolean>[];

/** A slash line as the name and typed options Discord would send. */
function template(line: string): { name: string; options: ChatOptions } {
  const parsed = parseSlashLine(line);
  if (!parsed.ok) throw new Error(`bad line ${line}`);
  const defs = commands.get(parsed.name)?.definition.options ?? [];
  const options = Object.entries(parsed.options).map(([name, value]) => {
    const type = defs.find((o) => o.name === name)?.type;
    if (type === ApplicationCommandOptionType.Integer) return opt.integer(name, Number(value));
    if (type === ApplicationCommandOptionType.Boolean) return opt.boolean(name, Boolean(value));
    return opt.string(name, String(value));
  });
  return { name: parsed.name, options };
}

/** 5 in 10 are /ask, 3 /case, 2 /sentence. */
const MIX = [ASK, ASK, ASK, ASK, ASK, CASE, CASE, CASE, SENTENCE, SENTENCE].map((lines) => lines.map(template));

/**
 * The i-th interaction of a run, each from a user not seen before in this
 * bot process (Casebook's per-user cooldown, 5 per 10 s by default, stays on
 * and never answers instead of the command).
 */
export function casebookMix(): PayloadMaker {
  let n = 0;
  return (double, i) => {
    const user = n++;
    const pool = MIX[i % MIX.length]!;
    const t = pool[Math.floor(i / MIX.length) % pool.length]!;
    return double.interactions.chatInput({
      name: t.name,
      ...(t.options.length ? { options: t.options } : {}),
      user: { id: String(1_400_000_000_000_000_000n + BigInt(user)), username: `bench-${user}` },
    });
  };
}

/** /ask only (the dev set's questions in turn), every interaction from a new user: the memory run's workload. */
export function askFromNewUsers(): PayloadMaker {
  const asks = ASK.map(template);
  let n = 0;
  return (double, i) => {
    const user = n++;
    const t = asks[i % asks.length]!;
    return double.interactions.chatInput({
      name: t.name,
      options: t.options,
      user: { id: String(1_500_000_000_000_000_000n + BigInt(user)), username: `mem-${user}` },
    });
  };
}

// ------------------------------------------------------------ the bots

const doubles = new Map<string, DiscordDouble[]>();

function bench(name: "casebook" | "echo"): E2EBenchOptions {
  doubles.set(name, []);
  return {
    name,
    factory: childProcessBot({
      command: process.execPath,
      // --expose-gc only lets the memory run ask for a full collection before a reading (SIGUSR2); it changes nothing else
      // the compiled file (dist/, built below), as `npm start` runs: no TypeScript transform at start-up, for either bot
      args: ["--expose-gc", "dist/bench/bot-process.js", name],
      cwd: root,
      env: (apiBase, token) => ({
        DISCORD_TOKEN: token,
        DISCORD_API_BASE: apiBase,
        COOLDOWN_COMMANDS: "",
        // V8 flags for the bot processes only (e.g. BENCH_BOT_NODE_OPTIONS=--max-semi-space-size=4), to compare heap settings
        ...(process.env.BENCH_BOT_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_BOT_NODE_OPTIONS } : {}),
      }),
      onOutput: (line) => process.stderr.write(`[${name}] ${line}\n`),
    }),
    sequential: SEQUENTIAL,
    concurrent: CONCURRENT,
    concurrency: CONCURRENCY,
    warmup: WARMUP,
    makePayload: casebookMix(),
    timeoutMs: 15_000,
    beforeStart: (d) => void doubles.get(name)!.push(d),
  };
}

/** What the bots answered in the concurrent runs (the double keeps that run's callbacks). */
function replyCheck(name: string): string {
  let answers = 0;
  let cooldown = 0;
  let errors = 0;
  let other = 0;
  for (const d of doubles.get(name) ?? []) {
    for (const cb of d.callbacks) {
      const data = (cb.body as { data?: { content?: string; embeds?: Array<{ title?: string }> } }).data ?? {};
      const title = data.embeds?.[0]?.title ?? "";
      if (/going a little fast/.test(data.content ?? "")) cooldown++;
      else if (/could not answer/.test(data.content ?? "") || title === "Something went wrong") errors++;
      else if (cb.body.type === 4 && (data.embeds?.length ?? 0) > 0) answers++;
      else other++;
    }
  }
  return `${name}: ${answers} embed replies, ${cooldown} cooldown notices, ${errors} error replies, ${other} other`;
}

// ------------------------------------------------------------ run and print

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");

function targets(casebook: E2EBenchResult, echo: E2EBenchResult): string[] {
  const x = e2eRatios(casebook, echo);
  const mark = (n: number) => `${f2(n)} ${n <= 1.1 ? "(meets)" : "(misses)"}`;
  const verdict = (ok: boolean) => (ok ? "meets" : "misses");
  const extraStart = casebook.startToReadyMs - echo.startToReadyMs;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return [
    "targets (reported, not asserted): start-to-ready at most the echo bot's + 0.15 s, peak RSS at most 1.2x the echo bot's",
    `  start-to-ready: casebook ${(casebook.startToReadyMs / 1000).toFixed(3)} s, echo ${(echo.startToReadyMs / 1000).toFixed(3)} s: ` +
      `casebook - echo = ${(extraStart / 1000).toFixed(3)} s (limit 0.150 s): ${verdict(extraStart <= 150)}`,
    `  peak RSS:       casebook ${mb(casebook.peakRssBytes)}, echo ${mb(echo.peakRssBytes)}: casebook/echo = ${f2(x.peakRss)}x (limit 1.20x): ${verdict(x.peakRss <= 1.2)}`,
    "targets (reported, not asserted): casebook/echo <= 1.10 on throughput cost and on p99",
    `  throughput cost: sequential ${mark(x.sequentialThroughputCost)}, concurrent ${mark(x.concurrentThroughputCost)}`,
    `  p99:             sequential ${mark(x.sequentialP99)}, concurrent ${mark(x.concurrentP99)}`,
  ];
}

/** RSS growth over MEMORY interactions from distinct users, Casebook then the echo bot. */
async function benchMemory(): Promise<boolean> {
  const checkpoints = [MEMORY_FROM, ...Array.from({ length: 10 }, (_, k) => Math.round((MEMORY * (k + 1)) / 10))]
    .filter((n, i, all) => n >= MEMORY_FROM && all.indexOf(n) === i)
    .sort((a, b) => a - b);
  console.log(
    `\n## Memory: ${MEMORY} /ask interactions, each from a new user, ${CONCURRENCY} in flight; at each checkpoint the bot's RSS as read ` +
      `(VmRSS from /proc), then RSS and heap right after a full collection the benchmark asks for (SIGUSR2; --expose-gc)`,
  );
  let failed = false;
  for (const name of ["casebook", "echo"] as const) {
    const o = bench(name);
    const r = await runMemoryBench({ name, factory: o.factory, makePayload: askFromNewUsers(), total: MEMORY, checkpoints, concurrency: CONCURRENCY, settleMs: SETTLE });
    for (const line of formatMemory(r, MEMORY_FROM, MEMORY)) console.log(line);
    if (name === "casebook" && MEMORY >= 60_000) {
      const verdict = (g: number | null) => (g === null ? "n/a" : g <= 15 * 1024 * 1024 ? "meets" : "misses");
      console.log(
        `  target (reported, not asserted): at most 15 MB from 10k to 60k: RSS as read ${verdict(memoryGrowth(r, MEMORY_FROM, MEMORY))}, ` +
          `RSS after GC ${verdict(memoryGrowth(r, MEMORY_FROM, MEMORY, "rssAfterGc"))}`,
      );
    }
    failed ||= r.failed > 0;
  }
  return failed;
}

export async function benchE2E(): Promise<void> {
  buildDist(); // both bots run from dist/, compiled from the sources as they are now
  if (ROUNDS === 0) {
    if (MEMORY > 0 && (await benchMemory())) process.exitCode = 1;
    return;
  }
  console.log(
    `\n## End to end on the Discord double: Casebook vs a bare discord.js echo bot\n` +
      `each bot in its own child process (node dist/bench/bot-process.js, compiled), each round on a fresh double on 127.0.0.1; ` +
      `${WARMUP} warm-up, then ${SEQUENTIAL} sequential and ${CONCURRENT} at ${CONCURRENCY} concurrent; ` +
      `${ROUNDS} round${ROUNDS === 1 ? "" : "s"}${ROUNDS > 1 ? " alternated, medians shown (peak RSS: highest)" : ""}; ${cpus().length} CPUs shared by the bots, the doubles and this driver\n` +
      `workload (same for both bots): /ask x5 (${ASK.length} dev-set questions), /case x3 (${CASE.length} spellings), /sentence x2 (${SENTENCE.length} forms) per 10, ` +
      `every interaction from a new user; Casebook logs at "silent", default cooldown (5 per 10 s per user)`,
  );
  const results = await runE2ERounds([bench("casebook"), bench("echo")], ROUNDS);
  for (const line of formatE2E(results, "echo")) console.log(line);
  const [casebook, echo] = results as [E2EBenchResult, E2EBenchResult];
  for (const line of targets(casebook, echo)) console.log(line);
  console.log(`replies in the concurrent runs, all rounds: ${replyCheck("casebook")}; ${replyCheck("echo")}`);
  const failed = results.some((r) => r.sequential.failed || r.concurrent.failed || r.unexpectedRequests.length);
  const memoryFailed = MEMORY > 0 && MEMORY >= MEMORY_FROM ? await benchMemory() : false;
  if (failed || memoryFailed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchE2E();
