// `npm run start:sharded`: discord.js's ShardingManager hands each shard
// process SHARD_COUNT and SHARDS through the environment; Casebook's config
// checks them and passes them to the client (discord.js would otherwise read
// the raw values itself). Each shard's log lines say which shard it is.
import { afterAll, describe, expect, it } from "vitest";
import { DiscordDouble } from "../double/discord-double.js";
import { callbackText, emptyDir, eventually, exitWithin, slashInteraction, spawnDoor, TOKEN } from "./helpers.js";
import { alive } from "./operator.js";

const cwd = emptyDir();
afterAll(() => cwd.remove());

describe("npm run start:sharded, as a process", () => {
  it("runs SHARD_COUNT=2 as two shard processes that each log their shard, answer on their shard, and stop on SIGTERM", async () => {
    const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000, shards: 2 });
    await d.start();
    const p = spawnDoor(
      "src/discord/sharded.ts",
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase, SHARD_COUNT: "2" },
      cwd.dir,
    );
    try {
      const logs = () =>
        p
          .stdout()
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      await eventually(() => logs().find((l) => l.msg === "all shards ready"), 40_000, "all shards ready");
      for (const shard of [0, 1]) {
        const ready = logs().find((l) => l.msg === "ready" && JSON.stringify(l.shards) === `[${shard}]`);
        expect(ready, `shard ${shard}'s ready line`).toBeDefined();
        const body = await d.dispatchInteraction(slashInteraction(d, "/case surname:Qi"), { shard, timeoutMs: 10_000 });
        expect(callbackText(body)).toContain("2 years and 3 months");
      }
      // each shard process logs the interaction it answered (a moment after the reply went out)
      const lines = await eventually(() => {
        const found = logs().filter((l) => l.msg === "interaction");
        return found.length === 2 ? found : undefined;
      }, 10_000, "both interaction lines");
      expect(lines.map((l) => l.shards).sort()).toEqual([[0], [1]]);
      p.kill("SIGTERM");
      expect(await exitWithin(p, 20_000, "start:sharded after SIGTERM")).toBe(0);
    } finally {
      p.kill("SIGKILL");
      // a failed run must not leave shard processes behind: SIGKILL on the manager does not reach them
      const shardPids = new Set(p.stdout().split("\n").filter((l) => l.startsWith("{")).map((l) => (JSON.parse(l) as { pid?: number }).pid));
      for (const pid of shardPids) if (pid !== undefined && pid !== p.pid && alive(pid)) process.kill(pid, "SIGKILL");
      await d.stop();
    }
  }, 90_000);

  it("if the manager process dies, its shard processes stop too (no orphan keeps answering)", async () => {
    const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000, shards: 1 });
    await d.start();
    const p = spawnDoor(
      "src/discord/sharded.ts",
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase, SHARD_COUNT: "1" },
      cwd.dir,
    );
    let shardPid: number | undefined;
    try {
      const ready = await eventually(
        () => p.stdout().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as { msg?: string; pid?: number }).find((l) => l.msg === "ready"),
        40_000,
        "the shard's ready line",
      );
      shardPid = ready.pid!;
      expect(shardPid).not.toBe(p.pid);
      p.kill("SIGKILL");
      await eventually(() => (alive(shardPid!) ? undefined : true), 20_000, `shard process ${shardPid} to stop`);
      expect(d.openConnections).toBe(0);
    } finally {
      p.kill("SIGKILL");
      if (shardPid !== undefined && alive(shardPid)) process.kill(shardPid, "SIGKILL");
      await d.stop();
    }
  }, 90_000);
});
