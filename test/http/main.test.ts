// `npm run start:http` as a process: refuses bad config in one line, serves
// signed interactions, forks workers with --cluster, and stops on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { makeKeys, signatureHeaders } from "./signing.js";
import { expectValidResponse } from "./spec.js";

const keys = makeKeys();
const baseEnv = { ...process.env, DISCORD_PUBLIC_KEY: keys.publicKeyHex, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", HTTP_WORKERS: "" };

function runToEnd(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync("npx", ["tsx", "src/http/main.ts", ...args], { encoding: "utf8", env, timeout: 15_000 });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

/** Starts the door with node --import tsx (one process, so signals reach it directly); resolves with the log lines seen so far. */
function startDoor(args: string[], listeners: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/http/main.ts", ...args], { env: baseEnv, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines: Array<Record<string, unknown>> = [];
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<number[]>((resolve, reject) => {
    const ports: number[] = [];
    const timer = setTimeout(() => reject(new Error(`not listening in time: ${stderr}`)), 15_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      lines.push(entry);
      if (typeof entry.port === "number" && String(entry.msg).startsWith("listening")) {
        ports.push(entry.port);
        if (ports.length === listeners) {
          clearTimeout(timer);
          resolve(ports);
        }
      }
    });
    child.on("exit", () => reject(new Error(`exited early: ${stderr}`)));
  });
  return { child, lines, ready, exited };
}

async function ping(port: number) {
  const body = JSON.stringify({ type: 1 });
  const res = await fetch(`http://127.0.0.1:${port}/interactions`, { method: "POST", body, headers: signatureHeaders(keys, body) });
  return { status: res.status, json: await res.json() };
}

describe("npm run start:http", () => {
  it("exits 1 with one line naming DISCORD_PUBLIC_KEY when it is missing", () => {
    const r = runToEnd([], { ...baseEnv, DISCORD_PUBLIC_KEY: "" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_PUBLIC_KEY is missing/);
    expect(r.stdout).toBe("");
  });

  it("exits 1 with one line when the key is malformed or the worker count is bad", () => {
    const bad = runToEnd([], { ...baseEnv, DISCORD_PUBLIC_KEY: "abc" });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^Configuration error: DISCORD_PUBLIC_KEY is malformed/);
    const workers = runToEnd(["--cluster", "zero"], baseEnv);
    expect(workers.status).toBe(1);
    expect(workers.stderr.trim().split("\n")).toHaveLength(1);
    expect(workers.stderr).toMatch(/--cluster is malformed/);
  });

  it("serves signed interactions and /healthz, and exits 0 on SIGTERM", async () => {
    const door = startDoor([], 1);
    const [port] = await door.ready;
    const r = await ping(port!);
    expect(r).toEqual({ status: 200, json: { type: 1 } });
    expectValidResponse(r.json);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    door.child.kill("SIGTERM");
    expect(await door.exited).toBe(0);
    expect(door.lines.some((l) => l.msg === "shutting down")).toBe(true);
  });

  it("--cluster 2 runs two worker processes on one port and stops them all on SIGTERM", async () => {
    const door = startDoor(["--cluster", "2"], 2);
    const ports = await door.ready;
    expect(new Set(ports).size).toBe(1);
    const pids = new Set(door.lines.filter((l) => String(l.msg).startsWith("listening")).map((l) => l.pid));
    expect(pids.size).toBe(2);
    expect(pids.has(door.child.pid)).toBe(false);
    expect((await ping(ports[0]!)).status).toBe(200);
    door.child.kill("SIGTERM");
    expect(await door.exited).toBe(0);
  });
});
