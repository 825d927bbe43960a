// `npm start`: the gateway bot. Reads the configuration, loads and checks the
// dataset, connects to Discord and answers until SIGINT or SIGTERM.
// Also the file each shard runs under `npm run start:sharded` (discord.js
// tells the process which shard it is through SHARDS and SHARD_COUNT).
//
// Exit codes (src/exit-codes.ts): 0 a requested stop; 1 a configuration or
// dataset error; 2 Discord rejected the token or the bot's settings; 3 Discord
// could not be reached, or an unexpected error. Each failure prints one line
// to stderr saying what to do.
import { performance } from "node:perf_hooks";
import { ConfigError, type GatewayConfig, loadConfig } from "../config.js";
import { type Core, loadCore } from "../core.js";
import { DatasetError } from "../data/errors.js";
import { checkDataFolder, chooseDataFolder } from "../data/folder.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { createLogger, type Logger } from "../log.js";
import { codeVersion } from "../version.js";
import { newErrorId } from "../../commands/run.js";
import { type Bot, createBot, FatalCloseError } from "./bot.js";
import { connectFailure } from "./failures.js";
import { oneLine, safeError, scrubber } from "./interactions.js";
import { shardIds, type Sharding, takeSharding } from "./sharding.js";

const SHUTDOWN_GRACE_MS = 10_000;
/**
 * REST limits while connecting: discord.js's defaults (15 s, 3 retries) meant a
 * minute of silence before a hanging API was reported. Interaction replies have
 * to arrive within 3 s anyway, so a shorter limit costs nothing there.
 */
const REST_TIMEOUT_MS = 10_000;
const REST_RETRIES = 1;

/** Prints one line to stderr and exits; nothing else, no stack trace. */
function fail(line: string, code: ExitCode = EXIT.config): never {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(code);
}

function readConfig(): { config: GatewayConfig; sharding: Sharding } {
  try {
    const config = loadConfig("gateway");
    return { config, sharding: takeSharding(config, process.env) };
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    // the raw environment may hold the token: say what failed, never echo values
    fail("Configuration error: the environment could not be read; see .env.example.");
  }
}

function readCore(dir: string | undefined): Core {
  const folder = chooseDataFolder([{ value: dir, from: "CASEBOOK_DATA_DIR" }]);
  try {
    checkDataFolder(folder);
    return loadCore(folder.dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`Casebook cannot start: the dataset is invalid.\n${err.message}\n`);
      process.exit(EXIT.config);
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
    // the process state is unknown after this: log it, close the connection, exit 3
    // (the ShardingManager, or a supervisor, starts a fresh process)
    log.fatal({ errorId: newErrorId(), error: safeError(err, scrub) }, "uncaught exception; exiting");
    const b = bot();
    const done = () => {
      log.flush?.();
      process.exit(EXIT.unavailable);
    };
    setTimeout(done, 2000).unref();
    if (b) void b.client.destroy().finally(done);
    else done();
  });
}

async function main(): Promise<void> {
  const { config, sharding } = readConfig();
  const core = readCore(config.CASEBOOK_DATA_DIR);
  const scrub = scrubber([config.DISCORD_TOKEN]);
  const shards = shardIds(sharding);
  // every line of a shard process says which shards it runs
  const log = createLogger(config.LOG_LEVEL).child(Array.isArray(sharding.shards) ? { shards } : {});
  let bot: Bot | undefined;
  installProcessHandlers(log, scrub, () => bot);

  let shuttingDown = false;
  /** Closes the connection and exits with `code`, after `line` (if any) went to stderr. */
  const exitAfterFailure = (code: ExitCode, line: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const b = bot;
    const done = () => {
      log.flush?.();
      fail(line, code);
    };
    setTimeout(done, 3000).unref();
    if (b) void b.client.destroy().catch(() => {}).finally(done);
    else done();
  };

  bot = createBot({
    config,
    core,
    logger: log,
    clientOptions: { ...sharding, rest: { timeout: REST_TIMEOUT_MS, retries: REST_RETRIES } },
    // a token revoked while running, or any other close discord.js gives up on
    onFatal: (close) => exitAfterFailure(close.code, close.line),
  });

  const shutdown = (signal: NodeJS.Signals | "manager gone") => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    const forced = setTimeout(() => {
      log.warn("shutdown took too long; exiting");
      process.exit(EXIT.unavailable);
    }, SHUTDOWN_GRACE_MS);
    forced.unref();
    void bot
      .stop()
      .then(() => {
        log.flush?.();
        process.exit(EXIT.stopped);
      })
      .catch((err: unknown) => {
        log.error({ error: safeError(err, scrub) }, "error while shutting down");
        process.exit(EXIT.unavailable);
      });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  // a shard process of start:sharded talks to its manager over IPC; if the
  // manager dies (SIGKILL, a crash), nothing would ever stop this shard, and a
  // restarted manager would run a second copy of it beside the orphan
  if (process.send !== undefined) process.once("disconnect", () => shutdown("manager gone"));

  log.info(
    {
      ...codeVersion(),
      dataset: core.data.version,
      cases: core.data.cases.length,
      facts: core.data.facts.length,
      shards,
      shardCount: sharding.shardCount ?? 1,
      api: config.DISCORD_API_BASE ?? "discord",
      logContent: config.LOG_CONTENT,
    },
    "connecting to Discord",
  );
  const started = performance.now();
  try {
    await bot.start();
  } catch (err) {
    if (shuttingDown) return;
    const failure = err instanceof FatalCloseError ? err.close : connectFailure(err, config.DISCORD_API_BASE, performance.now() - started, scrub);
    log.error({ error: safeError(err, scrub), exitCode: failure.code }, "could not connect");
    exitAfterFailure(failure.code, failure.line);
  }
}

main().catch((err: unknown) => {
  fail(`Casebook could not start: ${oneLine(err, scrubber([process.env.DISCORD_TOKEN]))}`, EXIT.unavailable);
});
