// The operator's own steps as a test drives them: a folder laid out like a
// fresh checkout (package.json, the code, node_modules linked in), the real
// .env.example copied to .env with the lines a person edits filled in, and the
// real npm scripts run as child processes (`npm start`, `npm run …`).
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./helpers.js";

/** A checkout-like folder after `npm ci`: package.json copied (npm reads its scripts), the code, its build (dist/) and node_modules linked. */
export function checkout(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "casebook-checkout-"));
  copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  for (const entry of ["src", "commands", "dist", "data", "node_modules", "tsconfig.json"]) {
    symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `cp .env.example .env`, then fill in values by editing their lines, as a
 * person does in an editor: the `NAME=` line gets the value after the `=`.
 * A name with no line in the file is an error (the README would be wrong).
 */
export function envFromExample(dir: string, values: Record<string, string>): string {
  const file = path.join(dir, ".env");
  copyFileSync(path.join(ROOT, ".env.example"), file);
  let text = readFileSync(file, "utf8");
  for (const [name, value] of Object.entries(values)) {
    const line = new RegExp(`^${name}=.*$`, "m");
    if (!line.test(text)) throw new Error(`.env.example has no ${name}= line to fill in`);
    text = text.replace(line, `${name}=${value}`);
  }
  writeFileSync(file, text);
  return file;
}

/**
 * The environment of an operator's shell: this one, without any variable
 * Casebook reads (so only .env configures the bot) and without the test
 * runner's npm_* variables (npm sets its own).
 */
export function operatorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DISCORD_|CASEBOOK_|LOG_|COOLDOWN_|SHARD|HTTP_WORKERS$|PORT$|HOST$|npm_)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export interface NpmRun {
  child: ChildProcess;
  /** the npm process's pid (what an operator's pidfile holds) */
  pid: number;
  stdout(): string;
  stderr(): string;
  /** JSON log lines on stdout (npm's own "> casebook start" banner skipped) */
  logs(): Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm <args>` in `dir`, as typed in a shell there. */
export function npm(args: string[], dir: string, env: NodeJS.ProcessEnv = operatorEnv()): NpmRun {
  const child = spawn("npm", args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      out
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
  };
}

/** Whether a process with this pid still exists (signal 0 checks without signalling). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
