// Configuration, parsed once from the environment with zod. dotenv loads
// `.env` first (the real environment wins). A bad value stops start-up with
// one line naming the variable, what is wrong with it and where it came from;
// secrets are never printed, not even in part.
import path from "node:path";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { envSources, setNames, type SourceOf } from "./env-source.js";
import { parseShardIds, shardIdsProblem } from "./shard-ids.js";

export type Door = "gateway" | "deploy" | "http" | "sharded";

const HINTS: Record<string, string> = {
  DISCORD_TOKEN: "set it to the bot token alone, from the Discord Developer Portal (Bot > Reset Token); see .env.example",
  DISCORD_APPLICATION_ID: "set it to the Application ID from the Developer Portal (General Information), a number of 17 to 20 digits",
  DISCORD_GUILD_ID: "leave it unset for global commands, or set it to a server id (17 to 20 digits) for instant guild-only registration",
  DISCORD_PUBLIC_KEY: "set it to the Public Key from the Developer Portal (General Information): 64 hexadecimal characters",
  DISCORD_API_BASE: "leave it unset for Discord itself, or give a URL such as http://127.0.0.1:8081/api (without /v10)",
  LOG_LEVEL: "use one of fatal, error, warn, info, debug, trace, silent (any case)",
  LOG_CONTENT: "use true or false (also yes/no, on/off, 1/0); unset means false",
  COOLDOWN_COMMANDS: "use a whole number from 1 to 1000 (commands allowed per window)",
  COOLDOWN_WINDOW_SECONDS: "use a whole number of seconds from 1 to 3600",
  REDIS_TIMEOUT_MS: "use a whole number of milliseconds from 1 to 10000 (default 50)",
  REDIS_URL: "leave it unset to count cooldowns in each process, or give a URL such as redis://127.0.0.1:6379 (rediss:// for TLS)",
  SHARD_COUNT: "use auto or a whole number from 1 to 1000",
  SHARDS: "leave it unset (npm run start:sharded sets it for each shard process), or give shard ids such as [0,1] below SHARD_COUNT",
  SHARD_IDS: "leave it unset to run every shard, or give this machine's shards as a list (4,5,6,7) or a range (0-3), below SHARD_COUNT",
  CASEBOOK_DATA_DIR: "leave it unset for the project's data/ folder, or give the path of another dataset folder",
  PORT: "use a port number from 0 to 65535",
  HOST: "use an address to listen on, such as 0.0.0.0 or 127.0.0.1",
};

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** Enumerated values are matched case-insensitively: LOG_LEVEL=INFO is info. */
const lowerCase = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v);

const snowflake = z.string().regex(/^\d{17,20}$/);
const intFrom = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const flag = z.preprocess(
  lowerCase,
  z
    .enum(["true", "false", "1", "0", "yes", "no", "on", "off"])
    .default("false")
    .transform((v) => ["true", "1", "yes", "on"].includes(v)),
);
/** A shard count: "auto" (blank means the same) or a number. */
const shardCount = z.preprocess(lowerCase, z.union([z.literal("auto"), z.coerce.number().int().min(1).max(1000)]).default("auto"));
/** SHARDS as discord.js's ShardingManager sets it for a shard process: one id, or a JSON array of ids. */
const shardIds = z.preprocess(
  (v) => {
    const s = blankIsUnset(v);
    if (typeof s !== "string") return s;
    try {
      const parsed: unknown = JSON.parse(s);
      return typeof parsed === "number" ? [parsed] : parsed;
    } catch {
      return s;
    }
  },
  z.array(z.number().int().min(0).max(999)).min(1).optional(),
);

const common = {
  CASEBOOK_DATA_DIR: z.preprocess(blankIsUnset, z.string().min(1).optional()),
  LOG_LEVEL: z.preprocess(lowerCase, z.enum(LOG_LEVELS).default("info")),
  LOG_CONTENT: flag,
  DISCORD_API_BASE: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/ }).optional()),
  COOLDOWN_COMMANDS: z.preprocess(blankIsUnset, intFrom(1, 1000, 5)),
  COOLDOWN_WINDOW_SECONDS: z.preprocess(blankIsUnset, intFrom(1, 3600, 10)),
  // set: cooldown counts shared by every process in this Redis (src/cooldown-redis.ts)
  REDIS_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^rediss?$/, hostname: /^.+$/ }).optional()),
  // a count slower than this fails open (answered as allowed)
  REDIS_TIMEOUT_MS: z.preprocess(blankIsUnset, intFrom(1, 10_000, 50)),
};
const token = z.string().refine((v) => tokenProblem(v) === undefined);

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
      // discord.js's Client reads SHARD_COUNT and SHARDS from the environment by
      // itself; they are checked here and handed to it explicitly (see discord/sharding.ts)
      SHARD_COUNT: shardCount,
      SHARDS: shardIds,
      // this machine's share of SHARD_COUNT shards (a list or a range)
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
    SHARD_COUNT: shardCount,
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
 * What is wrong with a bot token, in words that point at the usual mistakes,
 * without quoting any of it. undefined: it has a bot token's shape.
 */
export function tokenProblem(value: string): string | undefined {
  if (/^\s*bot\s/i.test(value)) return "it starts with 'Bot ' (give the token alone; Casebook adds 'Bot ' itself)";
  if (/^\s|\s$/.test(value)) return "it starts or ends with a space";
  if (/\s/.test(value)) return "it contains a space";
  if (/^["'`]|["'`]$/.test(value)) return "it is wrapped in quotes that were not removed";
  if (/[^\w.-]/.test(value)) return "it contains a character a bot token never has (only letters, digits, '.', '-' and '_')";
  if (value.split(".").length !== 3) return "it does not have a bot token's three parts separated by '.'";
  if (value.length < 50) return "it is too short to be a bot token";
  return undefined;
}

/** What is wrong with a present value, when something more precise than "is malformed" can be said. */
function valueProblem(name: string, value: string): string | undefined {
  if (name === "DISCORD_TOKEN") return tokenProblem(value);
  if (name === "DISCORD_PUBLIC_KEY" && /\s/.test(value)) return "it contains a space";
  if (name === "DISCORD_API_BASE" && /\/v\d+\/?$/.test(value.trim())) return "it ends in an API version (discord.js adds /v10 itself)";
  if (/^\s|\s$/.test(value) && /^\d+$/.test(value.trim()) && name.endsWith("_ID")) return "it has a space before or after the number";
  return undefined;
}

/**
 * Parses the environment for one door. Throws ConfigError whose message is one
 * line: the variable, what is wrong, where the value came from, how to fix it.
 * Values are never echoed.
 */
export function parseConfig<D extends Door>(
  door: D,
  env: NodeJS.ProcessEnv = process.env,
  sourceOf: SourceOf = (name) => (env[name] !== undefined ? "from the environment" : "not set"),
): ConfigOf<D> {
  const result = schemas[door].safeParse(env);
  if (result.success) {
    const data = result.data as ConfigOf<D> & { DISCORD_API_BASE?: string };
    // a base ending in /v10 parses as a URL, but every request then goes to /v10/v10/... and 404s
    const base = data.DISCORD_API_BASE;
    if (base !== undefined && valueProblem("DISCORD_API_BASE", base)) throw configError("DISCORD_API_BASE", env, sourceOf);
    return data;
  }
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? "configuration");
  // a check that says exactly what is wrong (SHARD_IDS against SHARD_COUNT) speaks for itself
  if (issue.code === "custom" && (issue.params as { own?: boolean } | undefined)?.own === true) {
    throw new ConfigError(`Configuration error: ${name} is malformed (${sourceOf(name)}): ${issue.message}.`);
  }
  throw configError(name, env, sourceOf);
}

function configError(name: string, env: NodeJS.ProcessEnv, sourceOf: SourceOf): ConfigError {
  const value = env[name];
  const present = value !== undefined && value.trim() !== "";
  const detail = present ? valueProblem(name, value) : undefined;
  const problem = present ? `is malformed${detail ? `: ${detail}` : ""}` : value === undefined ? "is missing" : "is missing (it is empty)";
  return new ConfigError(`Configuration error: ${name} ${problem} (${sourceOf(name)}): ${HINTS[name] ?? "see .env.example"}.`);
}

/**
 * Loads `.env` from the working directory (if present, never overriding the
 * real environment) into `env`, and parses the config for one door.
 */
export function loadConfig<D extends Door>(door: D, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ConfigOf<D> {
  const envFile = path.resolve(cwd, ".env");
  const fromEnvironment = setNames(env);
  loadDotenv({ path: envFile, quiet: true, processEnv: env });
  return parseConfig(door, env, envSources(envFile, fromEnvironment));
}
