// What an operator sees when Discord will not have the bot: the process ends
// (never idles, never exits 0), with the exit code a supervisor reads and one
// stderr line saying what to do. The real `npm start` entry, the real client,
// the local Discord double.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { EXIT } from "../../src/exit-codes.js";
import { DiscordDouble } from "../double/discord-double.js";
import { emptyDir, exitWithin, expectNoTokenCharacters, spawnDoor, TOKEN, type DoorProcess } from "./helpers.js";

/** Start-up of node + tsx on a loaded machine. */
const START = 20_000;
/** The bound: a fatal close ends the process within 15 s. */
const FATAL_EXIT = 15_000;

const cwd = emptyDir();
afterAll(() => cwd.remove());

let running: { d: DiscordDouble; p: DoorProcess } | undefined;
afterEach(async () => {
  running?.p.kill("SIGKILL");
  await running?.d.stop();
  running = undefined;
});

async function startBot(opts: { revoked?: boolean; apiBase?: (d: DiscordDouble) => string; waitForReady?: boolean } = {}) {
  const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000 });
  await d.start();
  if (opts.revoked) d.revokeToken();
  const p = spawnDoor(
    "src/discord/main.ts",
    { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: opts.apiBase?.(d) ?? d.apiBase, LOG_LEVEL: "trace" },
    cwd.dir,
  );
  running = { d, p };
  if (opts.waitForReady) {
    const early = p.exited.then((code) => {
      throw new Error(`exited (${String(code)}) before IDENTIFY: ${p.output().slice(-2000)}`);
    });
    early.catch(() => {});
    await Promise.race([d.waitForIdentify({ timeoutMs: START }), early]);
  }
  return { d, p };
}

const stderrLines = (p: DoorProcess) => p.stderr().split("\n").filter((l) => l.trim() !== "" && !/^\(node:\d+\) |--trace-/.test(l));

describe("a token Discord rejects", () => {
  it("at start-up (IDENTIFY closed with 4004): exit 2 and one line naming DISCORD_TOKEN, no part of the token", async () => {
    const { d, p } = await startBot({ revoked: true });
    expect(await exitWithin(p, START + FATAL_EXIT, "npm start with a revoked token")).toBe(EXIT.rejected);
    expect(d.stats.closes.map((c) => c.code)).toContain(4004);
    expect(stderrLines(p)).toEqual([expect.stringMatching(/^Discord rejected the bot token \(gateway close 4004\): DISCORD_TOKEN .*Reset Token/)]);
    expectNoTokenCharacters(p.output());
  }, 60_000);

  it("while running (reset in the portal, then a reconnect): exit 2 within 15 s with the same line", async () => {
    const { d, p } = await startBot({ waitForReady: true });
    d.revokeToken();
    d.closeSocket(4000); // the client resumes, and the RESUME is refused with 4004
    expect(await exitWithin(p, FATAL_EXIT, "the bot after its token was revoked")).toBe(EXIT.rejected);
    expect(stderrLines(p)).toEqual([expect.stringMatching(/DISCORD_TOKEN/)]);
    expect(p.stdout()).toMatch(/"msg":"shard disconnected for good"/);
    expectNoTokenCharacters(p.output());
  }, 60_000);
});

describe("other closes discord.js does not retry", () => {
  it.each([
    [4014, /privileged intent \(gateway close 4014\).*Privileged Gateway Intents/],
    [4011, /requires sharding .*npm run start:sharded/],
  ])("close %i: exit 2 within 15 s with one line saying what to do", async (code, expected) => {
    const { d, p } = await startBot({ waitForReady: true });
    d.closeSocket(code, "refused by the double");
    expect(await exitWithin(p, FATAL_EXIT, `the bot after close ${code}`)).toBe(EXIT.rejected);
    expect(stderrLines(p)).toEqual([expect.stringMatching(expected)]);
  }, 60_000);
});

describe("an API that is not there", () => {
  it("a DISCORD_API_BASE that 404s (no /api): exit 1, the line says the base is probably wrong and names the URL", async () => {
    const { p } = await startBot({ apiBase: (d) => d.apiBase.replace(/\/api$/, "") });
    expect(await exitWithin(p, START, "npm start with a wrong base")).toBe(EXIT.config);
    expect(stderrLines(p)).toEqual([expect.stringMatching(/DISCORD_API_BASE answered 404 for http:\/\/127\.0\.0\.1:\d+\/v10\/gateway\/bot: the base is probably wrong/)]);
  }, 60_000);

  it("nothing listening: exit 3, the line names the URL tried, the time waited and DISCORD_API_BASE", async () => {
    const { p } = await startBot({ apiBase: () => "http://127.0.0.1:9/api" });
    expect(await exitWithin(p, START + 25_000, "npm start with nothing listening")).toBe(EXIT.unavailable);
    expect(stderrLines(p)).toEqual([
      expect.stringMatching(/could not connect to Discord: .*tried http:\/\/127\.0\.0\.1:9\/api\/v10\/gateway\/bot for [\d.]+ s\. Check the network and DISCORD_API_BASE/),
    ]);
  }, 60_000);

  it("an API that accepts the connection and never answers: exit 3 after the REST timeout, naming the URL and the time waited", async () => {
    // the "60 s of silence, then AbortError": now one retry of 10 s each, and a line that says where
    const held = new Set<import("node:http").ServerResponse>();
    const hanging: Server = createServer((_req, res) => held.add(res));
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/api`;
    try {
      const { p } = await startBot({ apiBase: () => base });
      expect(await exitWithin(p, START + 40_000, "npm start against a hanging API")).toBe(EXIT.unavailable);
      const [line] = stderrLines(p);
      expect(line).toContain(`tried ${base}/v10/gateway/bot for `);
      expect(line).toContain(`DISCORD_API_BASE (${base})`);
      expect(line).toMatch(/could not connect to Discord: .*aborted.* for [\d.]+ s\./i);
    } finally {
      for (const res of held) res.destroy();
      hanging.closeAllConnections();
      await new Promise<void>((r) => hanging.close(() => r()));
    }
  }, 90_000);
});
