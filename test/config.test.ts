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
