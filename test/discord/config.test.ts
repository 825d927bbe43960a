import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

const TOKEN = `${"M".repeat(24)}.${"G".repeat(6)}.${"x".repeat(38)}`;
const good = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "123456789012345678" };

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration of the Discord doors", () => {
  it.each([
    ["deploy", {}, /^Configuration error: DISCORD_TOKEN is missing: /],
    ["deploy", { DISCORD_TOKEN: TOKEN }, /^Configuration error: DISCORD_APPLICATION_ID is missing: /],
    ["deploy", { ...good, DISCORD_GUILD_ID: "guild" }, /^Configuration error: DISCORD_GUILD_ID is malformed: /],
    ["sharded", {}, /^Configuration error: DISCORD_TOKEN is missing: /],
    ["sharded", { ...good, SHARD_COUNT: "many" }, /^Configuration error: SHARD_COUNT is malformed: use auto or a whole number/],
    ["sharded", { ...good, SHARD_COUNT: "0" }, /^Configuration error: SHARD_COUNT is malformed: /],
    ["gateway", { ...good, DISCORD_API_BASE: "ftp://127.0.0.1/api" }, /^Configuration error: DISCORD_API_BASE is malformed: /],
    ["gateway", { ...good, COOLDOWN_WINDOW_SECONDS: "-1" }, /^Configuration error: COOLDOWN_WINDOW_SECONDS is malformed: /],
  ] as const)("the %s door names the variable in one line: %j", (door, env, expected) => {
    const message = messageOf(() => parseConfig(door, env));
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });

  it("sharded defaults to auto and accepts a number of shards", () => {
    expect(parseConfig("sharded", good).SHARD_COUNT).toBe("auto");
    expect(parseConfig("sharded", { ...good, SHARD_COUNT: "4" }).SHARD_COUNT).toBe(4);
  });

  it("takes the local API base the end-to-end tests use, without /v10", () => {
    expect(parseConfig("gateway", { ...good, DISCORD_API_BASE: "http://127.0.0.1:8081/api" }).DISCORD_API_BASE).toBe("http://127.0.0.1:8081/api");
  });

  it("treats blank optional values as unset, as a copied .env.example leaves them", () => {
    const config = parseConfig("deploy", { ...good, DISCORD_GUILD_ID: "", DISCORD_API_BASE: " " });
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.DISCORD_API_BASE).toBeUndefined();
  });
});
