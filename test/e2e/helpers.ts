// Shared pieces of the Casebook end-to-end suite: a Discord-shaped fake token,
// a logger that writes to a buffer, door processes (`node --import tsx ...`),
// interaction builders with a fresh user per interaction, and the checks every
// recorded callback goes through.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ApplicationCommandOptionType, type APIApplicationCommandInteractionDataOption, type InteractionType } from "discord-api-types/v10";
import { expect } from "vitest";
import { commands } from "../../commands/registry.js";
import { parseSlashLine } from "../../commands/parse-line.js";
import { replyText } from "../eval/score.js";
import { createLogger, type Logger } from "../../src/log.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { opt, type DiscordDouble, type InteractionCallbackBody } from "../double/discord-double.js";
import { callbackProblems, embedProblems } from "../double/spec.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** tsx's ESM loader by absolute URL, so a door process can run from a directory without node_modules. */
export const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** A fake bot token in Discord's shape (id.timestamp.hmac), with parts that cannot occur by chance. */
export const TOKEN = "MTI4NzY1NDMyMTA5ODc2NTQz.Hb7Qx2.Zr5vW8kT3nP6sY1mJ4fL9cD2aXeUoIqRgBwVtKn";

/** Fails if any run of 6 consecutive alphanumeric token characters appears in `output`. */
export function expectNoTokenCharacters(output: string, token = TOKEN): void {
  for (let i = 0; i + 6 <= token.length; i++) {
    const piece = token.slice(i, i + 6);
    if (/^[A-Za-z0-9]{6}$/.test(piece)) expect(output, `token fragment ${piece}`).not.toContain(piece);
  }
}

/** A pino logger writing JSON lines into memory. */
export function bufferLogger(level = "trace"): { logger: Logger; text(): string; lines(): Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      done();
    },
  });
  const logger = createLogger(level, { destination, pretty: false });
  const text = () => chunks.join("");
  const lines = () =>
    text()
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, text, lines };
}

/** A directory with no .env and no node_modules: only the environment a test gives counts. */
export function emptyDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "casebook-e2e-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface DoorProcess {
  readonly pid: number | undefined;
  /** stdout + stderr so far. */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * `node --import tsx <script>` with exactly `env` (plus PATH) in `cwd`: the
 * way `npm start` runs, without npx in between (npx does not forward SIGTERM).
 */
export function spawnDoor(script: string, env: Record<string, string>, cwd: string): DoorProcess {
  return spawnDoorArgs(script, [], env, cwd);
}

/** spawnDoor with command-line arguments after the script (what `npm run x -- ARGS` passes). */
export function spawnDoorArgs(script: string, args: string[], env: Record<string, string>, cwd: string): DoorProcess {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, path.join(ROOT, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    pid: child.pid,
    output: () => out + err,
    stdout: () => out,
    stderr: () => err,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** Resolves with the exit code, or kills the process and rejects after `ms`. */
export async function exitWithin(p: DoorProcess, ms: number, what: string): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      p.kill("SIGKILL");
      reject(new Error(`${what} did not exit within ${ms} ms; output:\n${p.output().slice(-2000)}`));
    }, ms);
  });
  try {
    return await Promise.race([p.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let userSeq = 0;
/** A fresh user id per interaction (17+ digits), so the per-user cooldown never answers instead of the command. */
export function freshUser(): { id: string; username: string } {
  const n = ++userSeq;
  return { id: String(1_250_000_000_000_000_000n + BigInt(n)), username: `e2e-user-${n}` };
}

type ChatOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;

/** Raw option values as Discord sends them, typed by the command's definition (unknown names: strings). */
export function typedOptions(command: string, values: Record<string, unknown>): ChatOption[] {
  const defs = commands.get(command)?.definition.options ?? [];
  return Object.entries(values).map(([name, value]) => {
    const type = defs.find((o) => o.name === name)?.type ?? ApplicationCommandOptionType.String;
    if (type === ApplicationCommandOptionType.Integer && typeof value === "number") return opt.integer(name, value);
    if (type === ApplicationCommandOptionType.Number && typeof value === "number") return opt.number(name, value);
    if (type === ApplicationCommandOptionType.Boolean && typeof value === "boolean") return opt.boolean(name, value);
    return opt.string(name, String(value));
  });
}

/** The INTERACTION_CREATE a user typing `line` in Discord makes (fresh user). */
export function slashInteraction(d: DiscordDouble, line: string) {
  const parsed = parseSlashLine(line);
  if (!parsed.ok) throw new Error(`not a valid slash line: ${line}: ${parsed.message}`);
  const options = typedOptions(parsed.name, parsed.options);
  return d.interactions.chatInput({ name: parsed.name, ...(options.length ? { options } : {}), user: freshUser() });
}

/** The message part of a type 4/7 callback. */
export function callbackData(body: InteractionCallbackBody): MessagePayload & { flags?: number } {
  return ((body as { data?: unknown }).data ?? {}) as MessagePayload & { flags?: number };
}

/** Reply text of a callback, as the eval scorer reads a reply (content, titles, descriptions, fields, footers). */
export function callbackText(body: InteractionCallbackBody): string {
  const data = callbackData(body);
  return replyText({ ...data, embeds: data.embeds ?? [] });
}

export const isEphemeral = (body: InteractionCallbackBody): boolean => ((callbackData(body).flags ?? 0) & 64) === 64;

/** Every component of a callback's action rows. */
export function callbackComponents(body: InteractionCallbackBody): Array<Record<string, unknown>> {
  const rows = (callbackData(body).components ?? []) as unknown as Array<{ components?: Array<Record<string, unknown>> }>;
  return rows.flatMap((r) => r.components ?? []);
}

/** Discord's own API description accepts the callback body and each of its embeds. */
export function expectValidCallback(body: unknown): void {
  expect(callbackProblems(body)).toEqual([]);
  const embeds = (body as { data?: { embeds?: unknown[] } }).data?.embeds ?? [];
  for (const e of embeds) expect(embedProblems(e)).toEqual([]);
}

/** Polls `check` until it returns a value (not undefined) or `ms` pass. */
export async function eventually<T>(check: () => T | undefined, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
