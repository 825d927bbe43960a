import { expect } from "vitest";
import { ConfigError } from "../../src/config.js";

/** A token of a bot token's shape (three dot-separated parts); never a real one. */
export const TOKEN = `${"M".repeat(24)}.${"G".repeat(6)}.${"x".repeat(38)}`;
/** The smallest good gateway environment. */
export const good = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "123456789012345678" };

/** The message of the ConfigError `fn` throws (and fails the test if it throws anything else, or nothing). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}
