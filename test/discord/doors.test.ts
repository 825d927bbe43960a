// The Discord doors as processes: what a person sees when the configuration
// is missing or wrong, and that no output ever carries the token.
import { spawn } from "node:child_process";
import { corruptedCopy } from "../helpers/data-copy.js";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployBody } from "../../commands/registry.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { shardCount, shardEntry } from "../../src/discord/sharded.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
// a fake token in Discord's shape, with parts that cannot occur by chance
const TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GqWxYz.Kp3vN8rT2mQ7sL4fJ9hB6dXc1aZeUoIyRgHwVtPn";
const APP = "123456789012345678";
/** a directory with no .env, so only the given environment counts */
const EMPTY_DIR = mkdtempSync(path.join(tmpdir(), "casebook-door-"));
afterAll(() => rmSync(EMPTY_DIR, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tsx <script>` with exactly `env` (not even PATH) in a directory without .env. */
function runDoor(script: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join(ROOT, script)], { cwd: EMPTY_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not exit in time; stderr: ${stderr}`));
    }, 25_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** No run of 6 consecutive token characters anywhere in the output. */
function expectNoTokenCharacters(output: string): void {
  for (let i = 0; i + 6 <= TOKEN.length; i++) {
    const piece = TOKEN.slice(i, i + 6);
    if (/^[A-Za-z0-9]{6}$/.test(piece)) expect(output, `token fragment ${piece}`).not.toContain(piece);
  }
}

const stderrLines = (r: Run) => r.stderr.split("\n").filter((l) => l.trim() !== "");

/** A stand-in API that records requests and answers with `answer`. */
async function fakeApi(answer: (req: http.IncomingMessage, body: string) => [number, unknown]) {
  const requests: Array<{ method: string; url: string; body: string; auth: string | undefined }> = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      requests.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization });
      const [status, json] = answer(req, body);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { base, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("npm start", () => {
  it("with no environment and no .env exits 1 with one stderr line naming DISCORD_TOKEN", async () => {
    const r = await runDoor("src/discord/main.ts", {});
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is missing/);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    expect(r.stdout).toBe("");
  });

  it("with a token but a malformed application id names DISCORD_APPLICATION_ID and prints no token characters", async () => {
    const r = await runDoor("src/discord/main.ts", { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "not-a-number" });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_APPLICATION_ID is malformed/);
    expectNoTokenCharacters(r.stdout + r.stderr);
  });

  it("with a broken dataset refuses to start and names the file, the record and the field", async () => {
    const dir = corruptedCopy("cases.json", (j) => (j.cases[1].facts[3].quote = j.cases[1].facts[3].quote.replace("official", "public")));
    const r = await runDoor("src/discord/main.ts", { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, CASEBOOK_DATA_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cases\.json: cases\[1\]\.facts\[3\]\.quote is not in the article/);
    expectNoTokenCharacters(r.stdout + r.stderr);
  });

  it("with a malformed token names DISCORD_TOKEN without echoing any of it", async () => {
    const r = await runDoor("src/discord/main.ts", { DISCORD_TOKEN: `${TOKEN}!`, DISCORD_APPLICATION_ID: APP });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is malformed/);
    expectNoTokenCharacters(r.stdout + r.stderr);
  });

  describe("when Discord rejects the token", () => {
    let api: Awaited<ReturnType<typeof fakeApi>>;
    beforeAll(async () => {
      api = await fakeApi(() => [401, { message: "401: Unauthorized", code: 0 }]);
    });
    afterAll(() => api.close());

    it("exits 2 with one stderr line pointing at DISCORD_TOKEN and no token characters in any output, even at trace level", async () => {
      const r = await runDoor("src/discord/main.ts", {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_API_BASE: api.base,
        LOG_LEVEL: "trace",
      });
      expect(r.code).toBe(2);
      expect(stderrLines(r)).toHaveLength(1);
      expect(r.stderr).toMatch(/Discord rejected the bot token \(401 from .*\/gateway\/bot\): DISCORD_TOKEN/);
      expect(r.stdout).toMatch(/"msg":"could not connect"/);
      expectNoTokenCharacters(r.stdout + r.stderr);
      expect(api.requests.some((q) => q.url.startsWith("/api/v10/gateway/bot"))).toBe(true);
    });
  });
});

describe("npm run deploy-commands", () => {
  it("with no environment exits 1 with one stderr line naming DISCORD_TOKEN", async () => {
    const r = await runDoor("src/discord/deploy.ts", {});
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is missing/);
  });

  describe("against a stand-in API", () => {
    let api: Awaited<ReturnType<typeof fakeApi>>;
    beforeAll(async () => {
      api = await fakeApi((req, body) => {
        if (req.headers.authorization !== `Bot ${TOKEN}`) return [401, { message: "401: Unauthorized", code: 0 }];
        const sent = JSON.parse(body) as Array<{ name: string }>;
        return [200, sent.map((c, i) => ({ ...c, id: String(200000000000000000n + BigInt(i)), application_id: APP }))];
      });
    });
    afterAll(() => api.close());

    it("registers exactly the registry's definitions with one PUT on the global route", async () => {
      const before = api.requests.length;
      const result = await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: api.base });
      const sent = api.requests.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ method: "PUT", url: `/api/v10/applications/${APP}/commands` });
      expect(JSON.parse(sent[0]!.body)).toEqual(JSON.parse(JSON.stringify(deployBody())));
      expect(result.scope).toBe("global");
      expect(result.registered.map((c) => c.name)).toEqual(deployBody().map((d) => d.name));
    });

    it("sends every command installable to servers and users, and usable in servers, the bot's DMs and private channels", async () => {
      const before = api.requests.length;
      await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: api.base });
      const body = JSON.parse(api.requests[before]!.body) as Array<{ name: string; integration_types?: number[]; contexts?: number[] }>;
      expect(body.length).toBeGreaterThan(0);
      for (const command of body) {
        expect(command.integration_types, `/${command.name}`).toEqual([0, 1]);
        expect(command.contexts, `/${command.name}`).toEqual([0, 1, 2]);
      }
    });

    it("uses the guild route when DISCORD_GUILD_ID is set", async () => {
      const before = api.requests.length;
      const guild = "223456789012345678";
      const result = await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: guild, DISCORD_API_BASE: api.base });
      expect(api.requests.slice(before).map((q) => `${q.method} ${q.url}`)).toEqual([`PUT /api/v10/applications/${APP}/guilds/${guild}/commands`]);
      expect(result.scope).toBe("guild");
    });

    it("prints the registered command names and exits 0", async () => {
      const r = await runDoor("src/discord/deploy.ts", { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: api.base });
      expect(r.code).toBe(0);
      for (const d of deployBody()) expect(r.stdout).toContain(`/${d.name}`);
      expect(r.stdout).toMatch(/globally/);
      expectNoTokenCharacters(r.stdout + r.stderr);
    });

    it("exits 1 with one line when the token is refused, printing no token characters", async () => {
      const other = TOKEN.replace("Kp3v", "Zz9q");
      const r = await runDoor("src/discord/deploy.ts", { DISCORD_TOKEN: other, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: api.base });
      expect(r.code).toBe(1);
      expect(stderrLines(r)).toHaveLength(1);
      expect(r.stderr).toMatch(/deploy-commands failed: .*401.*DISCORD_TOKEN/);
      expectNoTokenCharacters((r.stdout + r.stderr).replace(/Zz9q/g, ""));
    });
  });
});

describe("npm run start:sharded", () => {
  it("with no environment exits 1 with one stderr line naming DISCORD_TOKEN", async () => {
    const r = await runDoor("src/discord/sharded.ts", {});
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is missing/);
  });

  it("runs each shard from main.ts next to it, through tsx's loader", () => {
    const { file, execArgv } = shardEntry();
    expect(existsSync(file)).toBe(true);
    expect(path.basename(file)).toBe("main.ts");
    expect(execArgv[0]).toBe("--import");
    expect(execArgv[1]).toMatch(/^file:.*tsx.*\.mjs$/);
  });

  it("uses SHARD_COUNT as given, without asking Discord", async () => {
    expect(await shardCount({ SHARD_COUNT: 3, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: "http://127.0.0.1:9/api" })).toBe(3);
  });

  it("asks the configured API for the recommended count when SHARD_COUNT is auto", async () => {
    const api = await fakeApi(() => [200, { url: "ws://127.0.0.1:1", shards: 2, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }]);
    try {
      expect(await shardCount({ SHARD_COUNT: "auto", DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: api.base })).toBe(2);
      expect(api.requests.map((q) => q.url)).toEqual(["/api/v10/gateway/bot"]);
    } finally {
      await api.close();
    }
  });
});
