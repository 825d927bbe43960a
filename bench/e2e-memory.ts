// Memory that stays flat: one bot process on a fresh Discord double answers a
// long run of interactions, each from a user it has not seen, and its RSS is
// read from /proc at checkpoints. What grows per user (library caches, maps
// keyed by user or question) shows up as growth between the checkpoints; the
// warm-up before the first one (JIT, pools, the first caches) does not count.
// Prints figures; asserts nothing.
import { DiscordDouble } from "../test/double/discord-double.js";
import { runConcurrent, startBot, type BotFactory, type PayloadMaker } from "./e2e-lib.js";

export interface MemoryBenchOptions {
  name: string;
  factory: BotFactory;
  makePayload: PayloadMaker;
  /** interactions in all, e.g. 60000 */
  total: number;
  /** RSS is read after these many interactions (ascending, each <= total), e.g. 10000, 20000, ... */
  checkpoints: readonly number[];
  concurrency: number;
  /** idle time before each reading, so garbage the bot would collect when idle is not counted; default 0 */
  settleMs?: number;
  timeoutMs?: number;
  beforeStart?: (double: DiscordDouble) => Promise<void> | void;
}

export interface MemoryBenchResult {
  name: string;
  /** rssBytes: as read; afterGc: RSS and heap right after a full collection (null when the bot cannot tell) */
  samples: Array<{ after: number; rssBytes: number | null; afterGc: { rss: number; heapUsed: number } | null }>;
  answered: number;
  failed: number;
  errors: string[];
  durationMs: number;
}

export async function runMemoryBench(o: MemoryBenchOptions): Promise<MemoryBenchResult> {
  const double = new DiscordDouble({ recordGateway: false });
  await double.start();
  const { bot } = await (async () => {
    await o.beforeStart?.(double);
    return startBot(double, o.factory);
  })();
  const samples: MemoryBenchResult["samples"] = [];
  let done = 0;
  let answered = 0;
  let failed = 0;
  const errors: string[] = [];
  const started = performance.now();
  try {
    for (const at of [...o.checkpoints, o.total]) {
      if (at <= done) continue;
      const base = done;
      const run = await runConcurrent(double, at - done, o.concurrency, (d, i) => o.makePayload(d, base + i), {
        timeoutMs: o.timeoutMs ?? 15_000,
      });
      done = at;
      answered += run.ok;
      failed += run.failed;
      errors.push(...run.errors);
      // the double keeps every callback; drop them so its own memory and speed stay level
      double.clearRecorded();
      if (o.checkpoints.includes(at)) {
        if (o.settleMs) await new Promise((r) => setTimeout(r, o.settleMs));
        const rssBytes = bot.rssBytes?.() ?? null;
        samples.push({ after: at, rssBytes, afterGc: (await bot.memoryAfterGc?.()) ?? null });
      }
    }
  } finally {
    await bot.stop();
    await double.stop();
  }
  return { name: o.name, samples, answered, failed, errors: errors.slice(0, 5), durationMs: performance.now() - started };
}

const mb = (n: number | null | undefined) => (n === null || n === undefined ? "n/a" : `${(n / 1024 / 1024).toFixed(1)} MB`);

type Reading = "rss" | "rssAfterGc" | "heapAfterGc";

function reading(r: MemoryBenchResult, after: number, what: Reading): number | null {
  const s = r.samples.find((x) => x.after === after);
  if (!s) return null;
  if (what === "rss") return s.rssBytes;
  return (what === "rssAfterGc" ? s.afterGc?.rss : s.afterGc?.heapUsed) ?? null;
}

/** The growth in bytes from `from` to `to` interactions, or null without readings. */
export function memoryGrowth(r: MemoryBenchResult, from: number, to: number, what: Reading = "rss"): number | null {
  const [a, b] = [reading(r, from, what), reading(r, to, what)];
  return a !== null && b !== null ? b - a : null;
}

/** Lines for the report: readings at each checkpoint, and the growth from `from` to `to` interactions. */
export function formatMemory(r: MemoryBenchResult, from: number, to: number): string[] {
  const k = (n: number) => `${n / 1000}k`;
  const growth = (what: Reading, label: string) => {
    const g = memoryGrowth(r, from, to, what);
    return `${label} ${g === null ? "n/a" : `${mb(g)} (${(g / (to - from)).toFixed(0)} bytes per interaction)`}`;
  };
  const lines = [
    `${r.name}: ${r.answered} answered, ${r.failed} failed of ${r.answered + r.failed} in ${(r.durationMs / 1000).toFixed(0)} s`,
    `  RSS as read:       ${r.samples.map((s) => `${k(s.after)} ${mb(s.rssBytes)}`).join(", ")}`,
    `  RSS after full GC: ${r.samples.map((s) => `${k(s.after)} ${mb(s.afterGc?.rss)}`).join(", ")}`,
    `  heap after GC:     ${r.samples.map((s) => `${k(s.after)} ${mb(s.afterGc?.heapUsed)}`).join(", ")}`,
    `  growth ${k(from)} -> ${k(to)}: ${growth("rss", "RSS as read")}; ${growth("rssAfterGc", "RSS after GC")}; ${growth("heapAfterGc", "heap after GC")}`,
  ];
  if (r.failed) lines.push(`  failures: ${r.errors[0] ?? ""}`);
  return lines;
}
