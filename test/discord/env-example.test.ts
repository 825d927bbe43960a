import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const example = read(".env.example");
/** every variable src/config.ts reads (its schema and hint keys) */
const variables = [...new Set([...read("src/config.ts").matchAll(/^\s+([A-Z][A-Z0-9_]{2,}):/gm)].map((m) => m[1]!))];
/** variables .env.example shows commented out ("# NAME=…"): documented, but not set by copying the file */
const commentedOut = [...example.matchAll(/^# ?([A-Z][A-Z0-9_]{2,})=/gm)].map((m) => m[1]!);
const REQUIRED = ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"];
const filled = { DISCORD_TOKEN: `${"M".repeat(24)}.${"G".repeat(6)}.${"x".repeat(38)}`, DISCORD_APPLICATION_ID: "123456789012345678" };

describe(".env.example", () => {
  it("lists every variable the configuration reads, set or commented out", () => {
    expect(variables).toEqual(expect.arrayContaining(["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_API_BASE", "SHARD_COUNT", "SHARDS", "LOG_CONTENT"]));
    expect([...Object.keys(parse(example)), ...commentedOut].sort()).toEqual(expect.arrayContaining(variables.sort()));
  });

  it("explains each variable in a comment just above it", () => {
    const lines = example.split("\n");
    for (const name of variables) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`) || l.startsWith(`# ${name}=`));
      expect(at, name).toBeGreaterThan(0);
      let above = at - 1;
      while (above >= 0 && /^[A-Z][A-Z0-9_]*=/.test(lines[above]!)) above--; // grouped variables share a comment
      expect(lines[above], name).toMatch(/^#/);
    }
  });

  it("holds no secret: the token is empty", () => {
    expect(parse(example).DISCORD_TOKEN).toBe("");
  });

  it("once the token and application id are filled in, configures every Discord door", () => {
    const env = { ...parse(example), ...filled };
    for (const door of ["gateway", "deploy", "sharded"] as const) expect(() => parseConfig(door, env), door).not.toThrow();
  });

  it("does not set SHARD_COUNT or SHARDS, which discord.js would read by itself", () => {
    expect(Object.keys(parse(example))).not.toContain("SHARD_COUNT");
    expect(Object.keys(parse(example))).not.toContain("SHARDS");
  });

  // an operator who empties a value instead of deleting the line gets the default
  it.each(Object.keys(parse(example)).filter((k) => !REQUIRED.includes(k) && k !== "DISCORD_PUBLIC_KEY"))("%s= (blank) is the same as unset", (name) => {
    const env = { ...filled, [name]: "" };
    for (const door of ["gateway", "deploy", "sharded"] as const) {
      expect(parseConfig(door, env), `${door}`).toEqual(parseConfig(door, filled));
    }
    expect(parseConfig("http", { DISCORD_PUBLIC_KEY: "a".repeat(64), [name]: "" })).toEqual(parseConfig("http", { DISCORD_PUBLIC_KEY: "a".repeat(64) }));
  });
});
