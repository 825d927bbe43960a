// What an operator is told when the bot cannot connect or is disconnected for
// good: one line saying what happened and what to do, and the exit code that
// tells a supervisor whether restarting can help. Never any part of the token.
import { DiscordAPIError } from "discord.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { oneLine } from "./interactions.js";

export interface Failure {
  code: ExitCode;
  line: string;
}

const PORTAL = "Developer Portal (https://discord.com/developers/applications)";

/**
 * Gateway close codes discord.js does not recover from (it stops the shard and
 * leaves the process idle, which used to exit 0). undefined: not fatal.
 */
export function fatalClose(code: number): Failure | undefined {
  switch (code) {
    case 4004:
      return {
        code: EXIT.rejected,
        line:
          "Discord rejected the bot token (gateway close 4004): DISCORD_TOKEN is wrong, or the token was reset or revoked. " +
          `Copy a new token from the ${PORTAL}, Bot > Reset Token, into DISCORD_TOKEN and start again.`,
      };
    case 4014:
      return {
        code: EXIT.rejected,
        line:
          "Discord refused a privileged intent (gateway close 4014). Casebook asks only for the Guilds intent; if the code was changed to ask for more, " +
          `turn that intent on in the ${PORTAL}, Bot > Privileged Gateway Intents, or remove it from the client.`,
      };
    case 4013:
      return { code: EXIT.rejected, line: "Discord refused the intents the client asked for (gateway close 4013: invalid intents); Casebook needs only Guilds." };
    case 4010:
      return { code: EXIT.rejected, line: "Discord refused the shard this process asked for (gateway close 4010: invalid shard); check SHARD_COUNT and SHARDS, or unset them." };
    case 4011:
      return {
        code: EXIT.rejected,
        line: "Discord requires sharding for this bot (gateway close 4011: it is in too many servers for one shard); run npm run start:sharded instead of npm start.",
      };
    case 4012:
      return {
        code: EXIT.rejected,
        line: "The gateway refused the API version (gateway close 4012); if DISCORD_API_BASE is set, check that it points at Discord's API (or unset it).",
      };
    default:
      return undefined;
  }
}

/**
 * Why `login` failed, for a person: the URL tried and how long it waited for a
 * network failure, DISCORD_TOKEN for a 401, the API base for a 404 from a
 * custom base (usually one ending in /v10; discord.js adds /v10 itself).
 */
export function connectFailure(err: unknown, apiBase: string | undefined, waitedMs: number, scrub: (t: string) => string): Failure {
  const base = apiBase ?? "https://discord.com/api";
  const url = err instanceof DiscordAPIError ? err.url : `${base.replace(/\/+$/, "")}/v10/gateway/bot`;
  const where = apiBase ? `DISCORD_API_BASE (${apiBase})` : "Discord's API (DISCORD_API_BASE is unset)";
  // discord.js turns the 401 from GET /gateway/bot into its own TokenInvalid error
  const tokenInvalid = (err as { code?: unknown } | null)?.code === "TokenInvalid";
  if ((err instanceof DiscordAPIError && err.status === 401) || tokenInvalid) {
    return {
      code: EXIT.rejected,
      line:
        `Discord rejected the bot token (401 from ${url}): DISCORD_TOKEN is wrong, or the token was reset or revoked. ` +
        `Copy a new token from the ${PORTAL}, Bot > Reset Token, into DISCORD_TOKEN and start again.`,
    };
  }
  if (err instanceof DiscordAPIError && err.status === 404) {
    return {
      code: EXIT.config,
      line: apiBase
        ? `The API at DISCORD_API_BASE answered 404 for ${url}: the base is probably wrong (it must not end in /v10; discord.js adds that), e.g. http://127.0.0.1:8081/api.`
        : `Discord answered 404 for ${url}; check the network path to discord.com (a proxy?).`,
    };
  }
  const seconds = Math.round(waitedMs / 100) / 10;
  return {
    code: EXIT.unavailable,
    line: `Casebook could not connect to Discord: ${oneLine(err, scrub)}; tried ${url} for ${seconds} s. Check the network and ${where}.`,
  };
}
