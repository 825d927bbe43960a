// `npm run start:sharded`: the same bot (main.ts) under discord.js's
// ShardingManager, one process per shard. The shard count is SHARD_COUNT, or
// "auto": what Discord recommends for this bot (GET /gateway/bot, asked through
// DISCORD_API_BASE when it is set, which discord.js's own "auto" would not).
// With SHARD_IDS this machine runs only those of the SHARD_COUNT shards
// (the manager's shardList); other machines run the rest.
// The bot keeps no state a shard needs from another: every reply is computed
// from the interaction alone, and the cooldown counts per process.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REST, Routes, type Shard, ShardingManager } from "discord.js";
import type { RESTGetAPIGatewayBotResult } from "discord-api-types/v10";
import { ConfigError, loadConfig, type ShardedConfig } from "../config.js";
import { isEntryPoint } from "../entry.js";
import { EXIT } from "../exit-codes.js";
import { createLogger } from "../log.js";
import { oneLine, safeError, scrubber } from "./interactions.js";

const SHUTDOWN_GRACE_MS = 10_000;

/** main.ts next to this file (main.js once compiled), and the flags Node needs to run it. */
export function shardEntry(): { file: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self);
  const file = path.join(path.dirname(self), `main${ext}`);
  // a .ts entry runs through tsx's ESM loader (Node 20: `node --import tsx`), resolved from here
  const execArgv = ext === ".ts" ? ["--import", import.meta.resolve("tsx")] : [];
  return { file, execArgv };
}

/** SHARD_COUNT as a number: the configured one, or Discord's recommendation for "auto". */
export async function shardCount(config: Pick<ShardedConfig, "SHARD_COUNT" | "DISCORD_TOKEN" | "DISCORD_API_BASE">): Promise<number> {
  if (config.SHARD_COUNT !== "auto") return config.SHARD_COUNT;
  const rest = new REST({ ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}), retries: 1 }).setToken(
    config.DISCORD_TOKEN,
  );
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, info.shards);
}

function fail(line: string): never {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ShardedConfig;
  try {
    config = loadConfig("sharded");
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : "Configuration error: the environment could not be read; see .env.example.");
  }
  const scrub = scrubber([config.DISCORD_TOKEN]);
  const log = createLogger(config.LOG_LEVEL).child({ door: "sharded" });

  let total: number;
  try {
    total = await shardCount(config);
  } catch (err) {
    fail(`Casebook could not ask Discord for a shard count: ${oneLine(err, scrub)}. Check DISCORD_TOKEN, or set SHARD_COUNT.`);
  }

  const { file, execArgv } = shardEntry();
  // SHARD_IDS: this machine's share (the config checked each id is below SHARD_COUNT); else every shard
  const mine = config.SHARD_IDS ?? [...Array(total).keys()];
  const manager = new ShardingManager(file, {
    token: config.DISCORD_TOKEN,
    totalShards: total,
    shardList: mine,
    mode: "process",
    respawn: true,
    execArgv,
  });

  manager.on("shardCreate", (shard: Shard) => {
    log.info({ shard: shard.id, of: total }, "shard starting");
    shard.on("ready", () => log.info({ shard: shard.id }, "shard ready"));
    shard.on("disconnect", () => {
      if (!stopping) log.warn({ shard: shard.id }, "shard disconnected");
    });
    shard.on("reconnecting", () => {
      if (!stopping) log.info({ shard: shard.id }, "shard reconnecting");
    });
    shard.on("death", (child) => {
      const code = "exitCode" in child ? child.exitCode : undefined;
      // a shard that exited 1 or 2 (configuration, or Discord rejected the token)
      // would fail the same way again: respawning it would loop, so stop everything
      // (its own stderr line, inherited, already said what to do)
      if (!stopping && (code === EXIT.config || code === EXIT.rejected)) {
        log.fatal({ shard: shard.id, code }, "shard cannot run; stopping all shards");
        stopping = true;
        void stopAll().then(() => process.exit(code));
        return;
      }
      log.warn({ shard: shard.id, code, respawn: manager.respawn }, "shard process exited");
    });
    shard.on("error", (err) => log.error({ shard: shard.id, error: safeError(err, scrub) }, "shard error"));
  });

  let stopping = false;
  const stopAll = async (): Promise<void> => {
    manager.respawn = false;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      shard.kill(); // SIGTERM: each shard destroys its client and exits 0
      return exited;
    });
    await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref())]);
  };
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping all shards");
    void stopAll().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  log.info({ shards: mine, of: total, entry: path.relative(process.cwd(), file) }, "spawning shards");
  try {
    await manager.spawn({ amount: total });
    log.info({ shards: mine, of: total }, "all shards ready");
  } catch (err) {
    if (stopping) return;
    log.error({ error: safeError(err, scrub) }, "a shard failed to start");
    await stopAll();
    fail(`Casebook could not start its shards: ${oneLine(err, scrub)}`);
  }
}

if (isEntryPoint(import.meta.url)) {
  main().catch((err: unknown) => fail(`Casebook could not start its shards: ${oneLine(err, scrubber([process.env.DISCORD_TOKEN]))}`));
}
