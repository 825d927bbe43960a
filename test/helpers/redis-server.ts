// A real redis-server for the tests: Debian's `redis-server` package, started
// on 127.0.0.1 on a free port with no persistence, stopped and restarted on
// the same port by the test. `.ci/run` installs the package when it is missing,
// so in CI these tests always run; elsewhere they are skipped, saying why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";

/** Whether `redis-server` can be run here. */
export const REDIS_SERVER_PRESENT = spawnSync("redis-server", ["--version"], { encoding: "utf8" }).status === 0;
export const REDIS_SKIP_REASON =
  "redis-server is not installed: the Redis cooldown tests are skipped (apt-get install redis-server; .ci/run installs it)";

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL); resolves once it exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved). */
  restart(): Promise<void>;
  /** Runs redis-cli against it and returns its stdout, trimmed. */
  cli(...args: string[]): string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${String(code)}): ${out}`));
    });
  });
}

async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child = await launch(port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => halt(child),
    async restart() {
      await halt(child);
      child = await launch(port);
    },
    cli: (...args) => spawnSync("redis-cli", ["-p", String(port), ...args], { encoding: "utf8" }).stdout.trim(),
  };
}

/** Polls `check` until it is true; throws with `what` after `timeoutMs`. A wait, not a timed assertion. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
