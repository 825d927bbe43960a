// `npm run start:http`: the HTTP interactions endpoint.
//
//   npm run start:http                      one process on HOST:PORT
//   npm run start:http -- --cluster 4       four worker processes sharing HOST:PORT (node:cluster)
//   HTTP_WORKERS=4 npm run start:http       the same, from the environment
//
// With --cluster the primary process only forks the workers and hands them
// connections (node's round-robin); each worker loads the dataset and answers
// on its own, exactly like separate replicas behind a load balancer.
import cluster from "node:cluster";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig, type HttpConfig } from "../config.js";
import { cooldownFor } from "../cooldown-redis.js";
import { loadCore, type Core } from "../core.js";
import { DatasetError } from "../data/errors.js";
import { checkDataFolder, chooseDataFolder } from "../data/folder.js";
import { codeVersion } from "../version.js";
import { createLogger, type Logger } from "../log.js";
import { createInteractionServer } from "./server.js";

const MAX_WORKERS = 64;

/** `--cluster N` (or `--cluster=N`), else HTTP_WORKERS, else 1. Throws ConfigError on a bad value. */
export function workerCount(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined;
  let from = "HTTP_WORKERS";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--cluster") raw = argv[i + 1] ?? "";
    else if (a.startsWith("--cluster=")) raw = a.slice("--cluster=".length);
    else continue;
    from = "--cluster";
  }
  if (raw === undefined) raw = env.HTTP_WORKERS?.trim() || "1";
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) {
    throw new ConfigError(`Configuration error: ${from} is malformed: use a whole number of processes from 1 to ${MAX_WORKERS}.`);
  }
  return n;
}

/** A configuration or dataset problem: its own words on stderr, never a stack trace; exit 1. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function serve(config: HttpConfig, log: Logger): void {
  let core: Core;
  try {
    const folder = chooseDataFolder([{ value: config.CASEBOOK_DATA_DIR, from: "CASEBOOK_DATA_DIR" }]);
    checkDataFolder(folder);
    core = loadCore(folder.dir);
  } catch (err) {
    if (err instanceof DatasetError) fail(`Casebook cannot start: the dataset is invalid.\n${err.message}`);
    throw err;
  }
  // shared by every replica in Redis when REDIS_URL is set, else counted in this process
  const cooldown = cooldownFor(config, log);
  const server = createInteractionServer({ core, publicKey: config.DISCORD_PUBLIC_KEY, logger: log, cooldown, logContent: config.LOG_CONTENT });

  server.on("error", (err) => {
    log.fatal({ err }, "cannot listen");
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const { address, port } = server.address() as AddressInfo;
    log.info({ address, port, ...codeVersion(), dataset: core.data.version, logContent: config.LOG_CONTENT }, `listening on http://${address.includes(":") ? `[${address}]` : address}:${port}/interactions`);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down");
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // requests in flight get a moment to finish; then stop regardless
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

function primary(workers: number, log: Logger): void {
  log.info({ workers }, "starting worker processes");
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    const left = Object.keys(cluster.workers ?? {}).length;
    if (stopping || (code === 0 && !signal)) {
      // shut down on purpose (a signal to the whole process group reaches the workers too)
      if (left === 0) process.exit(0);
      return;
    }
    if (code === 1) {
      // a config or dataset error at start-up: a replacement would fail the same way
      log.fatal({ pid: worker.process.pid, code }, "a worker could not start; stopping");
      stopAll();
      process.exit(1);
    }
    log.error({ pid: worker.process.pid, code, signal }, "worker died; starting a replacement");
    cluster.fork();
  });
  const stopAll = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
  };
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down workers");
    stopAll();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => process.exit(0), 7_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

function main(): void {
  let config: HttpConfig;
  let workers: number;
  try {
    config = loadConfig("http");
    workers = cluster.isPrimary ? workerCount(process.argv.slice(2), process.env) : 1;
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  if (cluster.isPrimary && workers > 1) primary(workers, log);
  else serve(config, log);
}

main();
