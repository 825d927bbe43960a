// `npm start`: the gateway bot. Reads the configuration, loads and checks the
// dataset, connects to Discord and answers until SIGINT or SIGTERM.
// Also the file each shard runs under `npm run start:sharded` (discord.js
// tells the client which shard it is through the environment).
import { ConfigError, type GatewayConfig, loadConfig } from "../config.js";
import { type Core, loadCore } from "../core.js";
import { DatasetError } from "../data/errors.js";
import { createLogger, type Logger } from "../log.js";
import { newErrorId } from "../../commands/run.js";
import { type Bot, createBot } from "./bot.js";
import { oneLine, safeError, scrubber } from "./interactions.js";
import { gatewayShards } from "./shards.js";

const SHUTDOWN_GRACE_MS = 10_000;

/** Prints one line to stderr and exits; nothing else, no stack trace. */
function fail(line: string, code = 1): never {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(code);
}

function readConfig(): GatewayConfig {
  try {
    return loadConfig("gateway");
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    // the raw environment may hold the token: say what failed, never echo values
    fail("Configuration error: the environment could not be read; see .env.example.");
  }
}

function readCore(dir: string | undefined): Core {
  try {
    return loadCore(dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`Casebook cannot start: the dataset is invalid.\n${err.message}\n`);
      process.exit(1);
    }
    fail(`Casebook cannot start: the dataset could not be loaded: ${oneLine(err)}`);
  }
}

function installProcessHandlers(log: Logger, scrub: (t: string) => string, bot: () => Bot | undefined): void {
  process.on("unhandledRejection", (reason) => {
    // logged and survived: handler errors are caught in run.ts, so this is a library surprise
    log.error({ errorId: newErrorId(), error: safeError(reason, scrub) }, "unhandled promise rejection");
  });
  process.on("uncaughtException", (err) => {
    // the process state is unknown after this: log it, close the connection, exit 1
    // (the ShardingManager, or a supervisor, starts a fresh process)
    log.fatal({ errorId: newErrorId(), error: safeError(err, scrub) }, "uncaught exception; exiting");
    const b = bot();
    const done = () => {
      log.flush?.();
      process.exit(1);
    };
    setTimeout(done, 2000).unref();
    if (b) void b.client.destroy().finally(done);
    else done();
  });
}

async function main(): Promise<void> {
  const config = readConfig();
  const core = readCore(config.CASEBOOK_DATA_DIR);
  const scrub = scrubber([config.DISCORD_TOKEN]);
  const log = createLogger(config.LOG_LEVEL);
  let bot: Bot | undefined;
  installProcessHandlers(log, scrub, () => bot);

  // this process's shards: SHARD_COUNT / SHARD_IDS, or the ShardingManager's choice (shards.ts)
  bot = createBot({ config, core, logger: log, clientOptions: gatewayShards(config) });

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    const forced = setTimeout(() => {
      log.warn("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    forced.unref();
    void bot!
      .stop()
      .then(() => {
        log.flush?.();
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ error: safeError(err, scrub) }, "error while shutting down");
        process.exit(1);
      });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);

  log.info(
    { cases: core.data.cases.length, facts: core.data.facts.length, api: config.DISCORD_API_BASE ?? "discord" },
    "connecting to Discord",
  );
  try {
    await bot.start();
  } catch (err) {
    if (shuttingDown) return;
    const message = oneLine(err, scrub);
    const hint = /token/i.test(message) ? " Check DISCORD_TOKEN (Developer Portal > Bot > Reset Token)." : "";
    log.error({ error: safeError(err, scrub) }, "could not connect");
    await bot.client.destroy().catch(() => {});
    log.flush?.();
    fail(`Casebook could not connect to Discord: ${message}${hint}`);
  }
}

main().catch((err: unknown) => {
  fail(`Casebook could not start: ${oneLine(err, scrubber([process.env.DISCORD_TOKEN]))}`);
});
