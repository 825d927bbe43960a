// Which shards this process runs. discord.js's Client reads SHARD_COUNT and
// SHARDS from process.env by itself, and turns "auto" or a blank value into an
// error at construction ("The shardCount option must be a number"). So
// Casebook's config checks them first, this removes them from the
// environment, and the bot passes the checked values to the Client explicitly.
import type { ClientOptions } from "discord.js";
import { ConfigError, type GatewayConfig } from "../config.js";

export type Sharding = Pick<ClientOptions, "shards" | "shardCount">;

/**
 * The sharding options for the Client, from the parsed config. Deletes
 * SHARD_COUNT and SHARDS from `env` (normally process.env) so discord.js
 * cannot read the raw values. Under `npm run start:sharded` the
 * ShardingManager sets both for each shard process; with `npm start`,
 * SHARD_COUNT=auto (or unset) is one shard, a number N runs N shards in this
 * one process.
 */
export function takeSharding(config: Pick<GatewayConfig, "SHARD_COUNT" | "SHARDS" | "SHARD_IDS">, env: NodeJS.ProcessEnv): Sharding {
  delete env.SHARD_COUNT;
  delete env.SHARDS;
  const count = config.SHARD_COUNT === "auto" ? undefined : config.SHARD_COUNT;
  // SHARD_IDS: this machine's share of the shards (the config checked them against SHARD_COUNT)
  if (config.SHARDS === undefined && config.SHARD_IDS !== undefined && count !== undefined) return { shards: [...config.SHARD_IDS], shardCount: count };
  if (config.SHARDS === undefined) return count === undefined ? {} : { shardCount: count };
  if (count === undefined) {
    throw new ConfigError("Configuration error: SHARDS is set but SHARD_COUNT is not a number: set both (npm run start:sharded does), or neither.");
  }
  if (config.SHARDS.some((id) => id >= count)) {
    throw new ConfigError(`Configuration error: SHARDS names a shard id that is not below SHARD_COUNT (${count}): shard ids run from 0 to ${count - 1}.`);
  }
  return { shards: [...config.SHARDS], shardCount: count };
}

/** The shard ids a Client with these options runs (what start-up logs). */
export function shardIds(sharding: Sharding): number[] {
  if (Array.isArray(sharding.shards)) return sharding.shards as number[];
  return Array.from({ length: sharding.shardCount ?? 1 }, (_, i) => i);
}
