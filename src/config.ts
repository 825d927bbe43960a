// Configuration, parsed once from the environment with zod. dotenv loads
// `.env` first. A bad value stops start-up with one line naming the variable;
// secrets are never printed, not even in part.
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { parseShardIds, shardIdsProblem } from "./shard-ids.js";

export type Door = "gateway" | "deploy" | "http" | "sharded";

const HINTS: Record<string, string> = {
  DISCORD_TOKEN: "set it in .env to the bot token from the Discord Developer Portal (Bot > Reset Token); see .env.example",
  DISCORD_APPLICATION_ID: "set it in .env to the Application ID from the Developer Portal (General Information), a number of 17 to 20 digits",
  DISCORD_GUILD_ID: "leave it unset for global commands, or set it to a server id (17 to 20 digits) for instant guild-only registration",
  DISCORD_PUBLIC_KEY: "set it to the Public Key from the Developer Portal (General Information): 64 hexadecimal characters",
  DISCORD_API_BASE: "leave it unset for Discord itself, or give a URL such as http://127.0.0.1:8081/api",
  LOG_LEVEL: "use one of fatal, error, warn, info, debug, trace, silent",
  COOLDOWN_COMMANDS: "use a whole number from 1 to 1000 (commands allowed per window)",
  COOLDOWN_WINDOW_SECONDS: "use a whole number of seconds from 1 to 3600",
  REDIS_TIMEOUT_MS: "use a whole number of milliseconds from 1 to 10000 (default 50)",
  REDIS_URL: "leave it unset to count cooldowns in each process, or give a URL such as redis://127.0.0.1:6379 (rediss:// for TLS)",
  SHARD_COUNT: "use auto or a whole number from 1 to 1000",
  SHARD_IDS: "leave it unset to run every shard, or give this machine's shards as a list (4,5,6,7) or a range (0-3), below SHARD_COUNT",
  CASEBOOK_DATA_DIR: "leave it unset for the project's data/ folder, or give the path of another dataset folder",
  PORT: "use a port number from 0 to 65535",
  HOST: "use an address to listen on, such as 0.0.0.0 or 127.0.0.1",
};

const snowflake = z.string().regex(/^\d{17,20}$/);
const intFrom = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const common = {
  CASEBOOK_DATA_DIR: z.preprocess(blankIsUnset, z.string().min(1).optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DISCORD_API_BASE: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/ }).optional()),
  COOLDOWN_COMMANDS: z.preprocess(blankIsUnset, intFrom(1, 1000, 5)),
  COOLDOWN_WINDOW_SECONDS: z.preprocess(blankIsUnset, intFrom(1, 3600, 10)),
  // set: cooldown counts shared by every process in this Redis (src/cooldown-redis.ts)
  REDIS_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^rediss?$/, hostname: /^.+$/ }).optional()),
  // a count slower than this fails open (answered as allowed)
  REDIS_TIMEOUT_MS: z.preprocess(blankIsUnset, intFrom(1, 10_000, 50)),
};
const token = z.string().min(50).regex(/^[\w.-]+$/);

const shardCountSchema = z.union([z.literal("auto"), z.coerce.number().int().min(1).max(1000)]);
// this machine's share of the shards; checked against SHARD_COUNT by checkShardIds
const shardIdsSchema = z.preprocess(
  blankIsUnset,
  z
    .string()
    .transform((text, ctx) => {
      const parsed = parseShardIds(text);
      if (parsed.ok) return parsed.ids;
      ctx.addIssue({ code: "custom", message: parsed.problem, params: { own: true } });
      return z.NEVER;
    })
    .optional(),
);
function checkShardIds(c: { SHARD_COUNT?: number | "auto" | undefined; SHARD_IDS?: number[] | undefined }, ctx: z.RefinementCtx): void {
  if (!c.SHARD_IDS) return;
  const problem = shardIdsProblem(c.SHARD_IDS, c.SHARD_COUNT ?? "auto");
  if (problem) ctx.addIssue({ code: "custom", path: ["SHARD_IDS"], message: problem, params: { own: true } });
}

const schemas = {
  gateway: z
    .object({
      ...common,
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: snowflake,
      DISCORD_GUILD_ID: z.preprocess(blankIsUnset, snowflake.optional()),
      // npm start: unset runs one shard; a number (or auto) runs those shards, or SHARD_IDS of them, in this one process
      SHARD_COUNT: z.preprocess(blankIsUnset, shardCountSchema.optional()),
      SHARD_IDS: shardIdsSchema,
    })
    .superRefine(checkShardIds),
  deploy: z.object({
    ...common,
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: z.preprocess(blankIsUnset, snowflake.optional()),
  }),
  sharded: z.object({
    ...common,
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: snowflake,
    SHARD_COUNT: z.preprocess(blankIsUnset, shardCountSchema.default("auto")),
    SHARD_IDS: shardIdsSchema,
  }).superRefine(checkShardIds),
  http: z.object({
    ...common,
    DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/),
    PORT: z.preprocess(blankIsUnset, intFrom(0, 65535, 8080)),
    HOST: z.preprocess(blankIsUnset, z.string().min(1).default("0.0.0.0")),
  }),
} as const;

export type GatewayConfig = z.infer<(typeof schemas)["gateway"]>;
export type DeployConfig = z.infer<(typeof schemas)["deploy"]>;
export type ShardedConfig = z.infer<(typeof schemas)["sharded"]>;
export type HttpConfig = z.infer<(typeof schemas)["http"]>;
type ConfigOf<D extends Door> = z.infer<(typeof schemas)[D]>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment for one door. Throws ConfigError whose message is one
 * line: the variable, what is wrong, how to fix it. Values are never echoed.
 */
export function parseConfig<D extends Door>(door: D, env: NodeJS.ProcessEnv = process.env): ConfigOf<D> {
  const result = schemas[door].safeParse(env);
  if (result.success) return result.data as ConfigOf<D>;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? "configuration");
  const present = env[name] !== undefined && env[name] !== "";
  const problem = present ? "is malformed" : "is missing";
  // a check that says exactly what is wrong (SHARD_IDS) speaks for itself; the rest get the variable's hint
  const own = issue.code === "custom" && (issue.params as { own?: boolean } | undefined)?.own === true;
  throw new ConfigError(`Configuration error: ${name} ${problem}: ${own ? issue.message : (HINTS[name] ?? "see .env.example")}.`);
}

/** Loads `.env` (if present, never overriding the real environment) and parses the config. */
export function loadConfig<D extends Door>(door: D): ConfigOf<D> {
  loadDotenv({ quiet: true });
  return parseConfig(door);
}
