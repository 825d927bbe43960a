// Which shards `npm start` runs in its one process, as discord.js's own Client
// options (shards, shardCount). Under `npm run start:sharded` the
// ShardingManager decides instead: it starts each shard's process with
// SHARDING_MANAGER, SHARDS and SHARD_COUNT in the environment, which the
// Client reads by itself.
import type { ClientOptions } from "discord.js";
import type { GatewayConfig } from "../config.js";

export type GatewayShards = Pick<ClientOptions, "shards" | "shardCount">;

/**
 * The shard options for this process, from SHARD_COUNT and SHARD_IDS:
 * unset: shard 0 of 1 (what Discord expects below 2,500 servers);
 * `auto`: as many as Discord recommends, all here; a number: all of them here,
 * or only SHARD_IDS of them (the rest run on other machines).
 *
 * Outside a ShardingManager it also removes SHARDS and SHARD_COUNT from `env`:
 * discord.js reads both from the environment whenever the options leave them
 * at their defaults, and would take our SHARD_COUNT=auto for a number (NaN)
 * and refuse to start. The options returned here are the whole truth instead.
 */
export function gatewayShards(config: Pick<GatewayConfig, "SHARD_COUNT" | "SHARD_IDS">, env: NodeJS.ProcessEnv = process.env): GatewayShards {
  if (env.SHARDING_MANAGER) return {};
  delete env.SHARDS;
  delete env.SHARD_COUNT;
  const count = config.SHARD_COUNT;
  if (count === undefined) return { shards: [0], shardCount: 1 };
  if (count === "auto") return { shards: "auto" };
  return { shards: config.SHARD_IDS ?? [...Array(count).keys()], shardCount: count };
}
