// The shared cooldown against a real redis-server: two counters on one Redis
// (as two processes would be) share each user's quota; with Redis stopped or
// stalled they allow every command at once and warn at most once a minute;
// a restarted Redis is counted in again.
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Cooldown } from "../../src/cooldown.js";
import { cooldownFor, RedisCooldown, type RedisCooldownOptions } from "../../src/cooldown-redis.js";
import { createLogger } from "../../src/log.js";
import { eventually, REDIS_SERVER_PRESENT, REDIS_SKIP_REASON, startRedis, type RedisServer } from "../helpers/redis-server.js";

if (!REDIS_SERVER_PRESENT) console.warn(REDIS_SKIP_REASON);

function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split("\n")) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger("info", { pretty: false, destination }), lines };
}
const warnings = (lines: Array<Record<string, unknown>>) => lines.filter((l) => l.level === 40);

describe.skipIf(!REDIS_SERVER_PRESENT)("the shared cooldown on a real Redis", () => {
  let redis: RedisServer;
  const open: RedisCooldown[] = [];
  let users = 0;
  const newUser = () => `user-${process.pid}-${users++}`;
  const counter = (o: Partial<RedisCooldownOptions> = {}) => {
    const log = memoryLogger();
    // a generous timeout and a short pause, unless a test is about them: a loaded CI machine can take 50 ms for anything
    const c = new RedisCooldown({ url: redis.url, limit: 3, windowMs: 60_000, logger: log.logger, timeoutMs: 2_000, pauseAfterFailureMs: 50, ...o });
    open.push(c);
    return { c, lines: log.lines };
  };
  const connected = (c: RedisCooldown, user = newUser()) =>
    eventually("the counter counts in Redis", async () => {
      await c.take(user);
      return redis.cli("EXISTS", `casebook:cooldown:${user}`) === "1";
    });

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("two counters on one Redis enforce one user's quota together", async () => {
    const [a, b] = [counter().c, counter().c];
    await Promise.all([connected(a), connected(b)]);
    const user = newUser();
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await (i % 2 ? b : a).take(user));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false, false, false]);
    for (const v of verdicts.slice(3)) {
      expect(v.retryAfterMs).toBeGreaterThan(0);
      expect(v.retryAfterMs).toBeLessThanOrEqual(60_000);
    }
    // another user has a quota of their own
    expect((await b.take(newUser())).ok).toBe(true);
  });

  it("counts with one atomic script: the key expires with the window", async () => {
    const { c } = counter({ windowMs: 5_000 });
    await connected(c);
    const user = newUser();
    await c.take(user);
    await c.take(user);
    expect(redis.cli("GET", `casebook:cooldown:${user}`)).toBe("2");
    const ttl = Number(redis.cli("PTTL", `casebook:cooldown:${user}`));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it("concurrent commands from one user never get more than the quota through", async () => {
    const [a, b] = [counter().c, counter().c];
    await Promise.all([connected(a), connected(b)]);
    const user = newUser();
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take(user)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(3);
  });

  it("fails open when Redis is slower than the limit, and warns", async () => {
    const { c, lines } = counter({ timeoutMs: 50 });
    await connected(c);
    const user = newUser();
    // CLIENT PAUSE holds every client's commands for 400 ms: Redis is up, but slow
    redis.cli("CLIENT", "PAUSE", "400", "ALL");
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => c.take(user)));
    expect(verdicts.every((v) => v.ok)).toBe(true);
    expect(warnings(lines).map((l) => l.msg)).toEqual([expect.stringMatching(/shared cooldown unavailable/)]);
    redis.cli("CLIENT", "UNPAUSE");
  });

  it("after a timeout, sends nothing to a stalled Redis for a moment (no pile of unanswered commands)", async () => {
    const { c } = counter({ timeoutMs: 50, pauseAfterFailureMs: 60_000 });
    await connected(c);
    const user = newUser();
    redis.cli("CLIENT", "PAUSE", "400", "ALL");
    expect((await c.take(user)).ok).toBe(true); // sent, timed out: Redis is skipped from now on
    for (let i = 0; i < 5; i++) expect((await c.take(user)).ok).toBe(true); // not sent
    redis.cli("CLIENT", "UNPAUSE");
    // the one command sent runs once Redis answers again; the five skipped never reach it
    await eventually("the paused command ran", () => redis.cli("GET", `casebook:cooldown:${user}`) === "1");
    await new Promise((r) => setTimeout(r, 200));
    expect(redis.cli("GET", `casebook:cooldown:${user}`)).toBe("1");
  });

  it("while Redis is stopped, allows every command without queueing; a restarted Redis is counted in again", async () => {
    let t = 0;
    const { c, lines } = counter({ now: () => t });
    await connected(c);
    await redis.stop();
    const user = newUser();
    // nothing waits on a queue: every take resolves, allowed, while Redis is down
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => c.take(user)));
    expect(verdicts.every((v) => v.ok)).toBe(true);
    // one warning per minute, however many commands failed open meanwhile
    expect(warnings(lines)).toHaveLength(1);
    t += 30_000;
    await c.take(user);
    expect(warnings(lines)).toHaveLength(1);
    t += 30_001;
    await c.take(user);
    const second = warnings(lines);
    expect(second).toHaveLength(2);
    expect(second[1]!.suppressedSinceLastWarning).toBeGreaterThan(0);

    await redis.restart();
    await connected(c);
    const after = newUser();
    const counted = [];
    for (let i = 0; i < 4; i++) counted.push((await c.take(after)).ok);
    expect(counted).toEqual([true, true, true, false]);
    expect(lines.filter((l) => l.msg === "shared cooldown connected (Redis)").length).toBeGreaterThanOrEqual(2);
  });

  it("close() stops reconnecting, and a closed counter allows", async () => {
    const { c } = counter();
    await connected(c);
    await c.close();
    expect(await c.take(newUser())).toEqual({ ok: true, retryAfterMs: 0 });
  });
});

describe("choosing the cooldown", () => {
  it("is this process's memory without REDIS_URL, with the configured limits", () => {
    const { logger } = memoryLogger();
    const c = cooldownFor({ COOLDOWN_COMMANDS: 7, COOLDOWN_WINDOW_SECONDS: 30 }, logger);
    expect(c).toBeInstanceOf(Cooldown);
    expect([c.limit, c.windowMs]).toEqual([7, 30_000]);
    expect(cooldownFor({}, logger)).toMatchObject({ limit: 5, windowMs: 10_000 });
  });

  it("is Redis with REDIS_URL, and an unreachable Redis still allows at once", async () => {
    const { logger, lines } = memoryLogger();
    // nothing listens on port 1: every connection attempt is refused
    const c = cooldownFor({ REDIS_URL: "redis://127.0.0.1:1", COOLDOWN_COMMANDS: 1 }, logger);
    expect(c).toBeInstanceOf(RedisCooldown);
    try {
      const verdicts = await Promise.all([c.take("u"), c.take("u"), c.take("u")]);
      expect(verdicts.every((v) => v.ok)).toBe(true);
      expect(warnings(lines)).toHaveLength(1);
    } finally {
      await c.close?.();
    }
  });
});
