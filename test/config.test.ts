import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig, parseConfig } from "../src/config.js";
import { takeSharding } from "../src/discord/sharding.js";

import { errorOf, good, TOKEN } from "./helpers/config.js";

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
    ["deploy", {}, /^Configuration error: DISCORD_TOKEN is missing \(/],
    ["deploy", { DISCORD_TOKEN: TOKEN }, /^Configuration error: DISCORD_APPLICATION_ID is missing \(/],
    ["deploy", { ...good, DISCORD_GUILD_ID: "guild" }, /^Configuration error: DISCORD_GUILD_ID is malformed/],
    ["sharded", {}, /^Configuration error: DISCORD_TOKEN is missing \(/],
    ["sharded", { ...good, SHARD_COUNT: "many" }, /^Configuration error: SHARD_COUNT is malformed \(from the environment\): use auto or a whole number/],
    ["sharded", { ...good, SHARD_COUNT: "0" }, /^Configuration error: SHARD_COUNT is malformed/],
    ["gateway", { ...good, DISCORD_API_BASE: "ftp://127.0.0.1/api" }, /^Configuration error: DISCORD_API_BASE is malformed/],
    ["gateway", { ...good, COOLDOWN_WINDOW_SECONDS: "-1" }, /^Configuration error: COOLDOWN_WINDOW_SECONDS is malformed/],
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

describe("configuration messages say what is wrong and where the value came from", () => {
  it.each([
    [`Bot ${TOKEN}`, /starts with 'Bot '/],
    [`${TOKEN.slice(0, 30)} ${TOKEN.slice(30)}`, /contains a space/],
    [` ${TOKEN}`, /starts or ends with a space/],
    [`"${TOKEN}`, /wrapped in quotes/],
    [`${TOKEN.slice(0, 40)}!${TOKEN.slice(41)}`, /character a bot token never has/],
    [TOKEN.replace(/\./g, ""), /three parts/],
    ["a.b.c", /too short/],
  ])("a token like %j: %s, without echoing it", (value, expected) => {
    const message = errorOf(() => parseConfig("gateway", { ...good, DISCORD_TOKEN: value }));
    expect(message).toMatch(expected);
    expect(message).toMatch(/DISCORD_TOKEN is malformed/);
    expect(message).toMatch(/\(from the environment\)/);
    expect(message).not.toContain(TOKEN.slice(0, 8));
  });

  it.each([
    ["INFO", "info"],
    ["Debug", "debug"],
    [" warn ", "warn"],
    ["", "info"],
  ])("LOG_LEVEL=%j is %s (case-insensitive)", (value, level) => {
    expect(parseConfig("gateway", { ...good, LOG_LEVEL: value }).LOG_LEVEL).toBe(level);
  });

  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["TRUE", true],
    ["yes", true],
    ["0", false],
  ])("LOG_CONTENT=%j is %s", (value, expected) => {
    expect(parseConfig("gateway", value === undefined ? good : { ...good, LOG_CONTENT: value }).LOG_CONTENT).toBe(expected);
  });

  it("a DISCORD_API_BASE ending in /v10 is refused, saying discord.js adds it", () => {
    expect(errorOf(() => parseConfig("gateway", { ...good, DISCORD_API_BASE: "http://127.0.0.1:8081/api/v10" }))).toMatch(
      /DISCORD_API_BASE is malformed: it ends in an API version/,
    );
  });

  describe("with a .env file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "casebook-config-"));
    const file = path.join(dir, ".env");
    writeFileSync(file, `# comment\nDISCORD_TOKEN=Bot ${TOKEN}\n\nDISCORD_APPLICATION_ID=123456789012345678\nLOG_LEVEL=loud\n`);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("names the file and line of a bad value", () => {
      expect(errorOf(() => loadConfig("gateway", { LOG_LEVEL: "info" }, dir))).toContain(`DISCORD_TOKEN is malformed: it starts with 'Bot ' (give the token alone; Casebook adds 'Bot ' itself) (from ${file} line 2)`);
    });

    it("says the environment when the environment set it (the environment wins over .env)", () => {
      expect(errorOf(() => loadConfig("gateway", { DISCORD_TOKEN: TOKEN, LOG_LEVEL: "LOUD" }, dir))).toMatch(/LOG_LEVEL is malformed \(from the environment\)/);
      expect(errorOf(() => loadConfig("gateway", { DISCORD_TOKEN: TOKEN }, dir))).toContain(`LOG_LEVEL is malformed (from ${file} line 5)`);
    });

    it("says where it looked for a missing value", () => {
      const empty = mkdtempSync(path.join(tmpdir(), "casebook-config-"));
      try {
        expect(errorOf(() => loadConfig("gateway", {}, empty))).toContain(`DISCORD_TOKEN is missing (not set in the environment, and there is no ${path.join(empty, ".env")})`);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });
});

describe("SHARD_COUNT and SHARDS, which discord.js would read from the environment by itself", () => {
  it.each([
    [{}, {}],
    [{ SHARD_COUNT: "auto" }, {}],
    [{ SHARD_COUNT: "AUTO" }, {}],
    [{ SHARD_COUNT: "" }, {}],
    [{ SHARD_COUNT: "2" }, { shardCount: 2 }],
    [{ SHARD_COUNT: "3", SHARDS: "1" }, { shards: [1], shardCount: 3 }],
    [{ SHARD_COUNT: "3", SHARDS: "[0,2]" }, { shards: [0, 2], shardCount: 3 }],
  ])("%j gives the client %j and leaves neither in the environment", (vars, expected) => {
    const env: NodeJS.ProcessEnv = { ...good, ...vars };
    expect(takeSharding(parseConfig("gateway", env), env)).toEqual(expected);
    expect(env.SHARD_COUNT).toBeUndefined();
    expect(env.SHARDS).toBeUndefined();
  });

  it.each([
    [{ SHARD_COUNT: "0" }, /SHARD_COUNT is malformed/],
    [{ SHARD_COUNT: "2", SHARDS: "zero" }, /SHARDS is malformed/],
    [{ SHARD_COUNT: "2", SHARDS: "[2]" }, /SHARDS names a shard id that is not below SHARD_COUNT/],
    [{ SHARDS: "[0]" }, /SHARDS is set but SHARD_COUNT is not a number/],
  ])("%j is refused: %s", (vars, expected) => {
    const env: NodeJS.ProcessEnv = { ...good, ...vars };
    expect(errorOf(() => takeSharding(parseConfig("gateway", env), env))).toMatch(expected);
  });
});
