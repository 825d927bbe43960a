// Two replicas of the HTTP door (`npm run start:http`, two processes) with the
// same REDIS_URL, on a real redis-server: one user's quota is enforced by both
// together; stopping Redis loses no answers; a restarted Redis is used again.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandInteraction, makeKeys, signatureHeaders } from "../http/signing.js";
import { eventually, REDIS_SERVER_PRESENT, REDIS_SKIP_REASON, startRedis, type RedisServer } from "../helpers/redis-server.js";

if (!REDIS_SERVER_PRESENT) console.warn(REDIS_SKIP_REASON);

const keys = makeKeys();
const LIMIT = 4;

interface Replica {
  child: ChildProcess;
  port: number;
  lines: Array<Record<string, unknown>>;
}

function startReplica(redisUrl: string): Promise<Replica> {
  const env = {
    ...process.env,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    HTTP_WORKERS: "",
    REDIS_URL: redisUrl,
    // a loaded CI machine can take 50 ms for anything; a timeout would let a command through and spoil the count
    REDIS_TIMEOUT_MS: "2000",
    COOLDOWN_COMMANDS: String(LIMIT),
    COOLDOWN_WINDOW_SECONDS: "600",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/http/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: Array<Record<string, unknown>> = [];
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica not listening in time: ${stderr}`)), 20_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      lines.push(entry);
      if (typeof entry.port === "number" && String(entry.msg).startsWith("listening")) {
        clearTimeout(timer);
        resolve({ child, port: entry.port, lines });
      }
    });
    child.once("exit", (code) => reject(new Error(`replica exited (${String(code)}): ${stderr}`)));
  });
}

/** Sends `/case surname:Qi` from `user` to a replica: "answer" or "cooldown" (anything else fails the test). */
async function ask(replica: Replica, user: string): Promise<"answer" | "cooldown"> {
  const body = JSON.stringify(commandInteraction("case", { surname: "Qi" }, user));
  const res = await fetch(`http://127.0.0.1:${replica.port}/interactions`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...signatureHeaders(keys, body) },
    signal: AbortSignal.timeout(5_000),
  });
  expect(res.status).toBe(200);
  const json = (await res.json()) as { type: number; data: { content?: string; embeds?: unknown[] } };
  expect(json.type).toBe(4);
  if (/going a little fast/.test(json.data.content ?? "")) return "cooldown";
  expect(json.data.embeds?.length).toBeGreaterThan(0);
  return "answer";
}

let userSeq = 0;
const newUser = () => String(1_300_000_000_000_000_000n + BigInt(process.pid) * 1000n + BigInt(userSeq++));

describe.skipIf(!REDIS_SERVER_PRESENT)("two HTTP replicas sharing one Redis", () => {
  let redis: RedisServer;
  let replicas: Replica[] = [];

  /** Waits until each replica counts in Redis: a fresh user's command there leaves a key. */
  const bothCountInRedis = () =>
    Promise.all(
      replicas.map((r) =>
        eventually(`replica on port ${r.port} counts in Redis`, async () => {
          const user = newUser();
          await ask(r, user);
          return redis.cli("EXISTS", `casebook:cooldown:${user}`) === "1";
        }),
      ),
    );

  /** 2 x LIMIT commands from one new user, alternating between the replicas. */
  const burst = async () => {
    const user = newUser();
    const seen: string[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) seen.push(await ask(replicas[i % 2]!, user));
    return seen;
  };

  beforeAll(async () => {
    redis = await startRedis();
    replicas = await Promise.all([startReplica(redis.url), startReplica(redis.url)]);
  });
  afterAll(async () => {
    for (const r of replicas) r.child.kill("SIGKILL");
    await redis?.stop();
  });

  it("enforce one user's quota together", async () => {
    await bothCountInRedis();
    const seen = await burst();
    expect(seen).toEqual([...Array(LIMIT).fill("answer"), ...Array(LIMIT).fill("cooldown")]);
  });

  it("keep answering every command while Redis is down, and warn", async () => {
    await redis.stop();
    const seen = await burst();
    // fail open: every command answered, none refused, none lost
    expect(seen).toEqual(Array(2 * LIMIT).fill("answer"));
    for (const r of replicas) {
      expect(r.lines.some((l) => l.level === 40 && /shared cooldown unavailable/.test(String(l.msg)))).toBe(true);
    }
  });

  it("use a restarted Redis again", async () => {
    await redis.restart();
    await bothCountInRedis();
    const seen = await burst();
    expect(seen).toEqual([...Array(LIMIT).fill("answer"), ...Array(LIMIT).fill("cooldown")]);
  });
});
