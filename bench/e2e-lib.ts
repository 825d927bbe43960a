// End-to-end benchmark helpers: drive a bot (in-process, or a child process)
// through the Discord double and measure start-to-ready, interactions/s and
// round-trip latency (dispatch of INTERACTION_CREATE -> callback recorded by
// the double). Prints nothing; `formatE2E` returns the lines to print.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { DiscordDouble, type DiscordDoubleOptions } from "../test/double/discord-double.js";

/** A bot the benchmark can start (resolving once it can answer) and stop. */
export interface BotUnderTest {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Peak RSS of the bot alone, when it runs in its own process. */
  peakRssBytes?(): number | null;
  /** Current RSS of the bot alone, when it runs in its own process. */
  rssBytes?(): number | null;
  /** RSS and heap right after a full collection, when the bot process offers it (bench/bot-process.ts with --expose-gc). */
  memoryAfterGc?(): Promise<{ rss: number; heapUsed: number } | null>;
}

/** Makes a bot that talks to the double: `apiBase` is discord.js's `rest.api`. */
export type BotFactory = (apiBase: string, token: string, double: DiscordDouble) => BotUnderTest | Promise<BotUnderTest>;

/** The INTERACTION_CREATE payload of the i-th interaction of a run. */
export type PayloadMaker = (double: DiscordDouble, i: number) => object;

export interface RunSummary {
  count: number;
  ok: number;
  failed: number;
  /** Wall time of the whole run. */
  durationMs: number;
  /** Answered interactions per second of wall time. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  /** First few failure messages (timeouts name the interaction and its state). */
  errors: string[];
}

export interface RunOptions {
  /** Per-interaction timeout. Default 10000 ms. */
  timeoutMs?: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(latencies: readonly number[], durationMs: number, count: number, errors: string[]): RunSummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ok = sorted.length;
  return {
    count,
    ok,
    failed: count - ok,
    durationMs,
    perSecond: durationMs > 0 ? (ok * 1000) / durationMs : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: ok ? sorted.reduce((a, b) => a + b, 0) / ok : Number.NaN,
    minMs: ok ? sorted[0]! : Number.NaN,
    maxMs: ok ? sorted[ok - 1]! : Number.NaN,
    errors: errors.slice(0, 5),
  };
}

/** The default workload: a chat-input command with no options. */
export const echoPayload = (name = "echo"): PayloadMaker => (double) => double.interactions.chatInput({ name });

/** Runs n interactions one after the other (each waits for the previous callback). */
export async function runSequential(double: DiscordDouble, n: number, makePayload: PayloadMaker, options: RunOptions = {}): Promise<RunSummary> {
  return runConcurrent(double, n, 1, makePayload, options);
}

/** Runs m interactions with at most `concurrency` in flight at any time. */
export async function runConcurrent(
  double: DiscordDouble,
  m: number,
  concurrency: number,
  makePayload: PayloadMaker,
  options: RunOptions = {},
): Promise<RunSummary> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < m) {
      const i = next++;
      const payload = makePayload(double, i);
      const t0 = performance.now();
      try {
        await double.dispatchInteraction(payload, { timeoutMs });
        latencies.push(performance.now() - t0);
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, m)) }, worker));
  return summarize(latencies, performance.now() - started, m, errors);
}

/** Starts a bot against the double; start-to-ready = from calling the factory to `start()` resolving. */
export async function startBot(double: DiscordDouble, factory: BotFactory): Promise<{ bot: BotUnderTest; startToReadyMs: number }> {
  const t0 = performance.now();
  const bot = await factory(double.apiBase, double.token ?? "double-token", double);
  await bot.start();
  return { bot, startToReadyMs: performance.now() - t0 };
}

/** Samples this process's RSS; `stop()` returns the peak seen (bytes). */
export function rssSampler(intervalMs = 25): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Peak RSS (VmHWM) of a live process, from /proc (Linux); null elsewhere or once it exited. */
export function procPeakRssBytes(pid: number): number | null {
  return procStatusBytes(pid, "VmHWM");
}

/** Current RSS (VmRSS) of a live process, from /proc (Linux); null elsewhere or once it exited. */
export function procRssBytes(pid: number): number | null {
  return procStatusBytes(pid, "VmRSS");
}

function procStatusBytes(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface ChildBotSpec {
  command: string;
  args: string[];
  /** Environment for the child, given the double's API base and token (e.g. DISCORD_TOKEN, the API base variable the bot reads). */
  env: (apiBase: string, token: string) => Record<string, string>;
  cwd?: string;
  /** Ready = the double answered the child's IDENTIFY with READY. Default timeout 30000 ms. */
  readyTimeoutMs?: number;
  /** Signal sent by stop(). Default SIGTERM; stop waits up to 10 s for the exit. */
  stopSignal?: NodeJS.Signals;
  /** Receives the child's stdout/stderr lines (default: discarded). */
  onOutput?: (line: string) => void;
}

/**
 * A bot run as its own process (so its RSS is its own). Ready when the double
 * sent READY to the child's IDENTIFY; peak RSS read from /proc just before stop.
 */
export function childProcessBot(spec: ChildBotSpec): BotFactory {
  return (apiBase, token, double) => {
    let child: ChildProcess | null = null;
    let peak: number | null = null;
    let exited: Promise<number | null> = Promise.resolve(null);
    const lineWaiters: Array<(line: string) => void> = [];
    return {
      async start() {
        const identified = double.waitForIdentify({ timeoutMs: spec.readyTimeoutMs ?? 30_000 });
        child = spawn(spec.command, spec.args, {
          cwd: spec.cwd,
          env: { ...process.env, ...spec.env(apiBase, token) },
          stdio: ["ignore", "pipe", "pipe"],
        });
        const c = child;
        exited = new Promise((resolve) => c.once("exit", (code) => resolve(code)));
        const forward = (chunk: Buffer) => {
          for (const line of chunk.toString("utf8").split("\n")) {
            if (!line) continue;
            for (const w of lineWaiters.splice(0)) w(line);
            spec.onOutput?.(line);
          }
        };
        c.stdout?.on("data", forward);
        c.stderr?.on("data", forward);
        const early = exited.then((code) => {
          throw new Error(`bot process exited (code ${String(code)}) before READY`);
        });
        await Promise.race([identified, early]);
        early.catch(() => {});
      },
      async stop() {
        if (!child || child.exitCode !== null) return;
        if (child.pid) peak = procPeakRssBytes(child.pid);
        child.kill(spec.stopSignal ?? "SIGTERM");
        const timer = setTimeout(() => child?.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      },
      peakRssBytes() {
        if (child?.pid && child.exitCode === null) peak = procPeakRssBytes(child.pid) ?? peak;
        return peak;
      },
      rssBytes() {
        return child?.pid && child.exitCode === null ? procRssBytes(child.pid) : null;
      },
      async memoryAfterGc() {
        const c = child;
        if (!c || c.exitCode !== null) return null;
        const reading = new Promise<{ rss: number; heapUsed: number } | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), 10_000);
          const wait = (line: string) => {
            const m = /^\{"benchMemory":(\{.*\})\}$/.exec(line);
            if (!m) return void lineWaiters.push(wait);
            clearTimeout(timer);
            resolve(JSON.parse(m[1]!) as { rss: number; heapUsed: number });
          };
          lineWaiters.push(wait);
        });
        c.kill("SIGUSR2");
        return reading;
      },
    };
  };
}

export interface E2EBenchOptions {
  name: string;
  factory: BotFactory;
  /** Interactions run one at a time. Default 1000. */
  sequential?: number;
  /** Interactions run at `concurrency`. Default 5000 at 50. */
  concurrent?: number;
  concurrency?: number;
  /** Unmeasured interactions first (JIT, connection pools). Default 50. */
  warmup?: number;
  makePayload?: PayloadMaker;
  timeoutMs?: number;
  /** Options for the double this run creates (its own, on a random port). */
  doubleOptions?: DiscordDoubleOptions;
  /** Runs after the double started and before the bot starts (e.g. to register commands). */
  beforeStart?: (double: DiscordDouble) => Promise<void> | void;
}

export interface E2EBenchResult {
  name: string;
  startToReadyMs: number;
  sequential: RunSummary;
  concurrent: RunSummary;
  /** The bot's own peak RSS when it reports one (child process), else this whole process's peak during the run. */
  peakRssBytes: number;
  peakRssScope: "bot process" | "benchmark process";
  /** Requests to routes the double does not know, e.g. ["GET /api/v10/channels/1"]. */
  unexpectedRequests: string[];
}

/** One bot, one fresh double: start-to-ready, warm-up, the sequential run, the concurrent run, stop. */
export async function runE2EBench(o: E2EBenchOptions): Promise<E2EBenchResult> {
  const double = new DiscordDouble(o.doubleOptions);
  await double.start();
  const rss = rssSampler();
  let bot: BotUnderTest | null = null;
  try {
    await o.beforeStart?.(double);
    const started = await startBot(double, o.factory);
    bot = started.bot;
    const make = o.makePayload ?? echoPayload();
    const runOpts = { timeoutMs: o.timeoutMs ?? 10_000 };
    if ((o.warmup ?? 50) > 0) await runSequential(double, o.warmup ?? 50, make, runOpts);
    double.clearRecorded();
    const sequential = await runSequential(double, o.sequential ?? 1000, make, runOpts);
    double.clearRecorded();
    const concurrent = await runConcurrent(double, o.concurrent ?? 5000, o.concurrency ?? 50, make, runOpts);
    const unexpected = double.unexpectedRequests().map((r) => `${r.method} ${r.path}`);
    const own = bot.peakRssBytes?.() ?? null;
    const processPeak = rss.stop();
    return {
      name: o.name,
      startToReadyMs: started.startToReadyMs,
      sequential,
      concurrent,
      peakRssBytes: own ?? processPeak,
      peakRssScope: own === null ? "benchmark process" : "bot process",
      unexpectedRequests: unexpected,
    };
  } finally {
    rss.stop();
    await bot?.stop();
    await double.stop();
  }
}

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function medianSummary(runs: RunSummary[]): RunSummary {
  const pick = (k: keyof Omit<RunSummary, "errors">) => median(runs.map((r) => r[k]));
  return {
    count: pick("count"),
    ok: pick("ok"),
    failed: Math.max(...runs.map((r) => r.failed)),
    durationMs: pick("durationMs"),
    perSecond: pick("perSecond"),
    p50Ms: pick("p50Ms"),
    p99Ms: pick("p99Ms"),
    meanMs: pick("meanMs"),
    minMs: pick("minMs"),
    maxMs: pick("maxMs"),
    errors: runs.flatMap((r) => r.errors).slice(0, 5),
  };
}

/** Per-figure median of several results of the same bot (failed = the worst round). */
export function medianResult(results: readonly E2EBenchResult[]): E2EBenchResult {
  const first = results[0];
  if (!first) throw new Error("medianResult: no results");
  return {
    name: first.name,
    startToReadyMs: median(results.map((r) => r.startToReadyMs)),
    sequential: medianSummary(results.map((r) => r.sequential)),
    concurrent: medianSummary(results.map((r) => r.concurrent)),
    peakRssBytes: Math.max(...results.map((r) => r.peakRssBytes)),
    peakRssScope: first.peakRssScope,
    unexpectedRequests: [...new Set(results.flatMap((r) => r.unexpectedRequests))],
  };
}

/**
 * Runs every bot `rounds` times, interleaved (A B, B A, A B, ...) so drift in
 * machine load hits all of them alike, and returns each bot's per-figure
 * median. On a shared machine single runs of the same bot differ by 2x; ratios
 * need this.
 */
export async function runE2ERounds(benches: readonly E2EBenchOptions[], rounds = 3): Promise<E2EBenchResult[]> {
  const byName = new Map<string, E2EBenchResult[]>(benches.map((b) => [b.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? benches : [...benches].reverse();
    for (const b of order) byName.get(b.name)!.push(await runE2EBench(b));
  }
  return benches.map((b) => medianResult(byName.get(b.name)!));
}

export interface E2ERatios {
  /** candidate time per interaction / baseline's (= baseline ips / candidate ips), sequential and concurrent. */
  sequentialThroughputCost: number;
  concurrentThroughputCost: number;
  sequentialP50: number;
  sequentialP99: number;
  concurrentP50: number;
  concurrentP99: number;
  startToReady: number;
  peakRss: number;
}

/** candidate / baseline for each figure (lower is better; 1.10 = 10 % worse than the baseline). */
export function e2eRatios(candidate: E2EBenchResult, baseline: E2EBenchResult): E2ERatios {
  return {
    sequentialThroughputCost: baseline.sequential.perSecond / candidate.sequential.perSecond,
    concurrentThroughputCost: baseline.concurrent.perSecond / candidate.concurrent.perSecond,
    sequentialP50: candidate.sequential.p50Ms / baseline.sequential.p50Ms,
    sequentialP99: candidate.sequential.p99Ms / baseline.sequential.p99Ms,
    concurrentP50: candidate.concurrent.p50Ms / baseline.concurrent.p50Ms,
    concurrentP99: candidate.concurrent.p99Ms / baseline.concurrent.p99Ms,
    startToReady: candidate.startToReadyMs / baseline.startToReadyMs,
    peakRss: candidate.peakRssBytes / baseline.peakRssBytes,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)} ms` : "n/a");
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Human-readable lines for results (and ratios against the result named `baseline`, if given). */
export function formatE2E(results: readonly E2EBenchResult[], baseline?: string): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const run = (label: string, s: RunSummary) =>
      `  ${label}: ${s.ok}/${s.count} ok, ${s.perSecond.toFixed(0)} interactions/s, p50 ${ms(s.p50Ms)}, p99 ${ms(s.p99Ms)}, max ${ms(s.maxMs)}` +
      (s.failed ? `, ${s.failed} failed (${s.errors[0] ?? ""})` : "");
    lines.push(`${r.name}: start-to-ready ${ms(r.startToReadyMs)}, peak RSS ${mb(r.peakRssBytes)} (${r.peakRssScope})`);
    lines.push(run(`sequential ${r.sequential.count}`, r.sequential));
    lines.push(run(`concurrent ${r.concurrent.count}`, r.concurrent));
    if (r.unexpectedRequests.length) lines.push(`  unexpected requests: ${r.unexpectedRequests.slice(0, 5).join(", ")}`);
  }
  const base = baseline ? results.find((r) => r.name === baseline) : undefined;
  if (base) {
    for (const r of results) {
      if (r === base) continue;
      const x = e2eRatios(r, base);
      const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");
      lines.push(
        `${r.name}/${base.name}: throughput cost seq ${f(x.sequentialThroughputCost)} conc ${f(x.concurrentThroughputCost)}; ` +
          `p99 seq ${f(x.sequentialP99)} conc ${f(x.concurrentP99)}; p50 seq ${f(x.sequentialP50)} conc ${f(x.concurrentP50)}; ` +
          `start-to-ready ${f(x.startToReady)}; peak RSS ${f(x.peakRss)}`,
      );
    }
  }
  return lines;
}
