// Shards across machines, on the Discord double: two processes, as two
// machines would run them, take shards 0 and 1 of 2 through SHARD_COUNT and
// SHARD_IDS. Discord (and the double) deliver each guild's interactions to
// shard (guild_id >> 22) % 2 only; every interaction must be answered exactly
// once, by the process that holds that shard.
import { afterAll, describe, expect, it } from "vitest";
import { DiscordDouble } from "../double/discord-double.js";
import { emptyDir, exitWithin, expectValidCallback, freshUser, spawnDoor, TOKEN, type DoorProcess } from "./helpers.js";

const TOTAL = 2;
/** Guild ids whose shard of 2 is known: the shard is (id >> 22) % 2. */
const guilds = Array.from({ length: 6 }, (_, k) => String((1_300_000_000_000n + BigInt(k)) << 22n));
const shardOf = (guild: string) => Number((BigInt(guild) >> 22n) % BigInt(TOTAL));

type LogLine = { msg?: string; id?: string; shards?: number[]; shard?: number };
const logLines = (p: DoorProcess): LogLine[] =>
  p
    .stdout()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine);

async function twoMachines(script: string) {
  const d = new DiscordDouble({ token: TOKEN, shards: TOTAL, heartbeatIntervalMs: 1_000 });
  await d.start();
  const cwd = emptyDir();
  const env = (ids: string) => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: d.applicationId,
    DISCORD_API_BASE: d.apiBase,
    LOG_LEVEL: "info",
    SHARD_COUNT: String(TOTAL),
    SHARD_IDS: ids,
    COOLDOWN_COMMANDS: "1000",
  });
  const machines = [spawnDoor(script, env("0"), cwd.dir), spawnDoor(script, env("1"), cwd.dir)] as const;
  const stop = async () => {
    for (const m of machines) m.kill("SIGTERM");
    for (const m of machines) await exitWithin(m, 20_000, script).catch(() => m.kill("SIGKILL"));
    await d.stop();
    cwd.remove();
  };
  try {
    const early = Promise.race(machines.map((m) => m.exited.then((code) => {
      throw new Error(`${script} exited (${String(code)}) before both shards identified: ${m.output().slice(-2000)}`);
    })));
    early.catch(() => {});
    await Promise.race([d.waitForIdentify({ count: 2, timeoutMs: 40_000 }), early]);
  } catch (err) {
    await stop();
    throw err;
  }
  return { d, machines, stop };
}

/** Sends 3 interactions per guild, checks each is answered once, and returns who logged which. */
async function expectEachAnsweredOnceByItsShard(d: DiscordDouble, machines: readonly [DoorProcess, DoorProcess]) {
  // each process connected with its own share, and nothing else
  const identified = d.receivedOps(2).map((op) => (op.d as { shard?: [number, number] }).shard);
  expect(identified.sort()).toEqual([[0, TOTAL], [1, TOTAL]]);

  const sent: Array<{ id: string; shard: number }> = [];
  for (const guild of guilds) {
    for (let i = 0; i < 3; i++) {
      const payload = d.interactions.chatInput({ name: "cases", guildId: guild, user: freshUser() });
      const body = await d.dispatchInteraction(payload, { timeoutMs: 10_000 });
      expectValidCallback(body);
      expect(body.type).toBe(4);
      sent.push({ id: payload.id, shard: shardOf(guild) });
    }
  }
  expect(new Set(sent.map((s) => s.shard))).toEqual(new Set([0, 1]));
  // exactly once: one callback attempt per interaction, one callback in all
  for (const { id } of sent) expect(d.interaction(id)!.attempts, id).toHaveLength(1);
  expect(d.callbacks.map((c) => c.interactionId).sort()).toEqual(sent.map((s) => s.id).sort());

  // by the right process: each logged exactly the interactions of its own shard (a log line follows its reply)
  for (const [shard, machine] of machines.entries()) {
    const answered = () => logLines(machine).filter((l) => l.msg === "interaction").map((l) => l.id!).sort();
    const expected = sent.filter((s) => s.shard === shard).map((s) => s.id).sort();
    await expect.poll(answered, { timeout: 10_000, message: `process holding shard ${shard}` }).toEqual(expected);
  }
  expect(d.unexpectedRequests()).toEqual([]);
}

describe("shards across machines (SHARD_COUNT=2, SHARD_IDS=0 on one, 1 on the other)", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("npm start: each process runs its shard, and each guild's interactions are answered once, by its shard's process", async () => {
    const { d, machines, stop } = await twoMachines("src/discord/main.ts");
    cleanups.push(stop);
    for (const [shard, m] of machines.entries()) {
      await expect.poll(() => logLines(m).find((l) => l.msg === "ready")?.shards, { timeout: 20_000 }).toEqual([shard]);
    }
    await expectEachAnsweredOnceByItsShard(d, machines);
  }, 90_000);

  it("npm run start:sharded: each machine's ShardingManager spawns only its share, and the same holds", async () => {
    const { d, machines, stop } = await twoMachines("src/discord/sharded.ts");
    cleanups.push(stop);
    for (const [shard, m] of machines.entries()) {
      await expect.poll(() => logLines(m).find((l) => l.msg === "all shards ready"), { timeout: 30_000 }).toMatchObject({ shards: [shard], of: TOTAL });
    }
    await expectEachAnsweredOnceByItsShard(d, machines);
  }, 120_000);
});
