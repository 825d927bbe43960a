// SHARD_COUNT and SHARD_IDS: this machine's share of the shards, parsed and
// checked at start-up with one clear line, and turned into discord.js's own
// shard options for `npm start`.
import { Client, GatewayIntentBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.js";
import { takeSharding } from "../src/discord/sharding.js";
import { parseShardIds } from "../src/shard-ids.js";

import { errorOf, good } from "./helpers/config.js";

describe("SHARD_IDS", () => {
  it("reads a list, a range, or both, in order and without repeats", () => {
    expect(parseShardIds("0-3")).toEqual({ ok: true, ids: [0, 1, 2, 3] });
    expect(parseShardIds("4,5,6,7")).toEqual({ ok: true, ids: [4, 5, 6, 7] });
    expect(parseShardIds(" 12 - 13 , 8,3, 8 ")).toEqual({ ok: true, ids: [3, 8, 12, 13] });
  });

  it("refuses what is not a list or range, saying what is wrong", () => {
    expect(parseShardIds("3-1")).toMatchObject({ ok: false, problem: expect.stringMatching(/runs backwards.*1-3/) });
    for (const bad of ["", "a", "1,,2", "-1", "1-", "0-3-5", "1.5", "0x1"]) expect(parseShardIds(bad).ok, bad).toBe(false);
    expect(parseShardIds("0-5000")).toMatchObject({ ok: false, problem: expect.stringMatching(/more than 1000/) });
  });

  it("is checked against SHARD_COUNT for both Discord doors", () => {
    for (const door of ["gateway", "sharded"] as const) {
      expect(parseConfig(door, { ...good, SHARD_COUNT: "16", SHARD_IDS: "4-7" })).toMatchObject({ SHARD_COUNT: 16, SHARD_IDS: [4, 5, 6, 7] });
      expect(errorOf(() => parseConfig(door, { ...good, SHARD_COUNT: "4", SHARD_IDS: "2-5" }))).toBe(
        "Configuration error: SHARD_IDS is malformed (from the environment): SHARD_IDS lists shard 4, but shard ids run from 0 to 3 when SHARD_COUNT is 4.",
      );
      expect(errorOf(() => parseConfig(door, { ...good, SHARD_COUNT: "auto", SHARD_IDS: "0" }))).toMatch(
        /^Configuration error: SHARD_IDS is malformed \(from the environment\): SHARD_IDS needs SHARD_COUNT set to the total number of shards .*not auto\.$/,
      );
      expect(errorOf(() => parseConfig(door, { ...good, SHARD_COUNT: "4", SHARD_IDS: "one" }))).toMatch(
        /^Configuration error: SHARD_IDS is malformed \(from the environment\): "one" is not a shard id or a range; use a list such as 4,5,6,7 or a range such as 0-3\.$/,
      );
    }
  });

  it("blank means every shard", () => {
    expect(parseConfig("sharded", { ...good, SHARD_COUNT: "4", SHARD_IDS: " " }).SHARD_IDS).toBeUndefined();
  });
});

describe("npm start's shard options", () => {
  const config = (env: Record<string, string>) => parseConfig("gateway", { ...good, ...env });

  it("run discord.js's default without SHARD_COUNT, every shard with a number, this machine's share with SHARD_IDS", () => {
    expect(takeSharding(config({}), {})).toEqual({});
    expect(takeSharding(config({ SHARD_COUNT: "3" }), {})).toEqual({ shardCount: 3 });
    expect(takeSharding(config({ SHARD_COUNT: "16", SHARD_IDS: "4,5,6,7" }), {})).toEqual({ shards: [4, 5, 6, 7], shardCount: 16 });
    expect(takeSharding(config({ SHARD_COUNT: "auto" }), {})).toEqual({});
  });

  it("take the ShardingManager's SHARDS in a shard's process", () => {
    const env: NodeJS.ProcessEnv = { SHARDS: "1", SHARD_COUNT: "2" };
    expect(takeSharding(config({ SHARD_COUNT: "2", SHARDS: "1" }), env)).toEqual({ shards: [1], shardCount: 2 });
    expect(env.SHARDS).toBeUndefined();
  });

  it("let discord.js start with SHARD_COUNT=auto in the environment (as .env.example once had it)", () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: "auto" };
    const options = takeSharding(config({ SHARD_COUNT: "auto" }), env);
    // discord.js reads SHARD_COUNT from process.env itself; "auto" read as a number made the client refuse to start
    expect(env.SHARD_COUNT).toBeUndefined();
    const saved = process.env.SHARD_COUNT;
    try {
      process.env.SHARD_COUNT = "auto";
      expect(() => new Client({ intents: [GatewayIntentBits.Guilds] })).toThrow(/shardCount/);
      delete process.env.SHARD_COUNT;
      const client = new Client({ intents: [GatewayIntentBits.Guilds], ...options });
      expect(client.options.shardCount).toBe(1);
      void client.destroy();
    } finally {
      if (saved === undefined) delete process.env.SHARD_COUNT;
      else process.env.SHARD_COUNT = saved;
    }
  });
});
