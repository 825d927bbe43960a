import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const TOKEN = `${"M".repeat(24)}.${"G".repeat(6)}.${"x".repeat(38)}`;
const good = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "123456789012345678" };

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("parses a good gateway environment with defaults", () => {
    expect(parseConfig("gateway", good)).toMatchObject({ LOG_LEVEL: "info", COOLDOWN_COMMANDS: 5, COOLDOWN_WINDOW_SECONDS: 10 });
  });

  it.each([
    [{}, /DISCORD_TOKEN is missing/],
    [{ ...good, DISCORD_TOKEN: "short" }, /DISCORD_TOKEN is malformed/],
    [{ ...good, DISCORD_APPLICATION_ID: "abc" }, /DISCORD_APPLICATION_ID is malformed/],
    [{ ...good, LOG_LEVEL: "loud" }, /LOG_LEVEL is malformed/],
    [{ ...good, COOLDOWN_COMMANDS: "0" }, /COOLDOWN_COMMANDS is malformed/],
    [{ ...good, DISCORD_API_BASE: "not a url" }, /DISCORD_API_BASE is malformed/],
    [{ ...good, DISCORD_GUILD_ID: "12" }, /DISCORD_GUILD_ID is malformed/],
  ])("names the variable in one line: %j", (env, expected) => {
    const msg = errorOf(() => parseConfig("gateway", env));
    expect(msg).toMatch(expected);
    expect(msg.split("\n")).toHaveLength(1);
  });

  it("never echoes the token, even when it is malformed", () => {
    const secret = `${TOKEN}!!`;
    expect(errorOf(() => parseConfig("gateway", { ...good, DISCORD_TOKEN: secret }))).not.toContain(secret.slice(0, 10));
  });

  it("the HTTP door needs a 64-hex-character public key", () => {
    expect(errorOf(() => parseConfig("http", {}))).toMatch(/DISCORD_PUBLIC_KEY is missing/);
    expect(errorOf(() => parseConfig("http", { DISCORD_PUBLIC_KEY: "abc" }))).toMatch(/DISCORD_PUBLIC_KEY is malformed/);
    expect(parseConfig("http", { DISCORD_PUBLIC_KEY: "a".repeat(64) }).PORT).toBe(8080);
  });
});

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
    const message = errorOf(() => parseConfig(door, env));
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
