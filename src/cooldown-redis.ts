// The per-user cooldown counted in Redis, so every process on every machine
// (shards, HTTP replicas) shares one count per user. Chosen when REDIS_URL is
// set; without it the in-memory Cooldown (src/cooldown.ts) stays.
//
// Client: ioredis. Of the two well-kept Node clients it has, as plain options,
// the three things failing open needs: no offline queue (a command while
// disconnected fails at once instead of waiting), a per-command timeout, and a
// retry strategy that keeps reconnecting with a bounded delay. It also runs
// Lua by EVALSHA with a fallback to EVAL (defineCommand).
//
// Counting: one key per user, INCR then PEXPIRE when the key is new, in one
// Lua script so the count and its expiry are atomic. That is a fixed window
// that starts at the user's first command: at most `limit` commands per
// window, measured by Redis's clock, the same for every machine.
//
// Failing open: the cooldown is a courtesy, answers are what matter. If Redis
// is down, or slower than `timeoutMs`, the command is allowed, and a warning
// is logged at most once per `warnEveryMs`. The client keeps reconnecting, and
// the next command after it is back counts in Redis again. After a failure,
// commands skip Redis for `pauseAfterFailureMs`: a Redis that accepts the
// connection but stops answering would otherwise collect one unanswered
// command per interaction in the client's queue.
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import type { Redis, Result } from "ioredis";
import { Cooldown, type CooldownCounter, type CooldownVerdict } from "./cooldown.js";
import type { Logger } from "./log.js";

declare module "ioredis" {
  interface RedisCommander<Context> {
    casebookCooldownTake(key: string, windowMs: number): Result<[number, number], Context>;
  }
}

/** KEYS[1] the user's counter, ARGV[1] the window (ms). Returns {count, ms left in the window}. */
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}
`;

export interface RedisCooldownOptions {
  /** redis:// or rediss:// URL, with password and database if needed */
  url: string;
  limit: number;
  windowMs: number;
  logger: Logger;
  /** a command slower than this fails open; default 50 ms */
  timeoutMs?: number;
  /** at most one "unavailable" warning per this long; default one minute */
  warnEveryMs?: number;
  /** after a failure, skip Redis (allow at once) for this long; default 1 s */
  pauseAfterFailureMs?: number;
  /** key prefix, so several bots can share one Redis; default "casebook:cooldown:" */
  prefix?: string;
  /** the clock for the warning throttle (tests move it) */
  now?: () => number;
}

const ALLOW: CooldownVerdict = Object.freeze({ ok: true, retryAfterMs: 0 });
/** between reconnection attempts: 100 ms, 200 ms, ... never more than 2 s, and never giving up */
const RECONNECT_DELAY_MAX_MS = 2_000;

export class RedisCooldown implements CooldownCounter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly redis: Redis;
  private readonly log: Logger;
  private readonly warnEveryMs: number;
  private readonly prefix: string;
  private readonly now: () => number;
  private lastWarning = Number.NEGATIVE_INFINITY;
  /** failures not warned about since the last warning (throttled) */
  private quiet = 0;
  private closed = false;
  private readonly pauseAfterFailureMs: number;
  /** performance.now() until which commands skip Redis after a failure */
  private skipUntil = 0;

  constructor(o: RedisCooldownOptions) {
    this.limit = o.limit;
    this.windowMs = o.windowMs;
    this.log = o.logger.child({ component: "cooldown" });
    this.warnEveryMs = o.warnEveryMs ?? 60_000;
    this.prefix = o.prefix ?? "casebook:cooldown:";
    this.now = o.now ?? Date.now;
    this.pauseAfterFailureMs = o.pauseAfterFailureMs ?? 1_000;
    const timeoutMs = o.timeoutMs ?? 50;
    // ioredis is loaded here, when REDIS_URL asks for it, not at import: without
    // REDIS_URL the bot starts faster and smaller (about 0.3 s and 15 MB on a
    // loaded 2-CPU machine) for a client it never uses
    const { Redis: RedisClient } = createRequire(import.meta.url)("ioredis") as typeof import("ioredis");
    this.redis = new RedisClient(o.url, {
      // while disconnected, fail the command now (and answer) rather than queue it until Redis returns
      enableOfflineQueue: false,
      // a command in flight when the connection drops is failed, not retried or resent later
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      // slow counts as down: the answer must not wait on the courtesy
      commandTimeout: timeoutMs,
      connectTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 100, RECONNECT_DELAY_MAX_MS),
    });
    this.redis.defineCommand("casebookCooldownTake", { numberOfKeys: 1, lua: TAKE_SCRIPT });
    // without an "error" listener ioredis prints every reconnection failure to stderr
    this.redis.on("error", (err: Error) => this.failed(err));
    this.redis.on("ready", () => {
      this.log.info("shared cooldown connected (Redis)");
    });
  }

  async take(userId: string): Promise<CooldownVerdict> {
    if (this.closed) return ALLOW;
    if (this.redis.status !== "ready") {
      this.failed(new Error(`Redis connection is ${this.redis.status}`));
      return ALLOW;
    }
    if (performance.now() < this.skipUntil) {
      this.failed(new Error("Redis failed a moment ago; not asking again yet"));
      return ALLOW;
    }
    try {
      const [count, left] = await this.redis.casebookCooldownTake(this.prefix + userId, this.windowMs);
      if (count <= this.limit) return ALLOW;
      return { ok: false, retryAfterMs: Math.max(0, Math.min(left, this.windowMs)) };
    } catch (err) {
      this.skipUntil = performance.now() + this.pauseAfterFailureMs;
      this.failed(err);
      return ALLOW;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // QUIT when connected (a clean goodbye); otherwise just stop reconnecting
    if (this.redis.status === "ready") await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  /** Logs that Redis could not be used: at most one warning per `warnEveryMs`, with how many were held back. */
  private failed(err: unknown): void {
    if (this.closed) return;
    const t = this.now();
    if (t - this.lastWarning < this.warnEveryMs) {
      this.quiet++;
      return;
    }
    this.lastWarning = t;
    const error = err instanceof Error ? err.message : String(err);
    this.log.warn(
      { error, failingOpen: true, suppressedSinceLastWarning: this.quiet },
      "shared cooldown unavailable (Redis down or slower than the limit): answering without it",
    );
    this.quiet = 0;
  }
}

export interface CooldownSettings {
  COOLDOWN_COMMANDS?: number | undefined;
  COOLDOWN_WINDOW_SECONDS?: number | undefined;
  REDIS_URL?: string | undefined;
  REDIS_TIMEOUT_MS?: number | undefined;
}

/** The cooldown a door should use: shared in Redis when REDIS_URL is set, else this process's memory. */
export function cooldownFor(config: CooldownSettings, logger: Logger): CooldownCounter {
  const limit = config.COOLDOWN_COMMANDS ?? 5;
  const windowMs = (config.COOLDOWN_WINDOW_SECONDS ?? 10) * 1000;
  if (config.REDIS_URL) {
    return new RedisCooldown({ url: config.REDIS_URL, limit, windowMs, logger, timeoutMs: config.REDIS_TIMEOUT_MS ?? 50 });
  }
  return new Cooldown(limit, windowMs);
}
