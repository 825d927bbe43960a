// The README's own path, step by step, as an operator walks it: copy
// .env.example to .env and fill in DISCORD_TOKEN and DISCORD_APPLICATION_ID
// (and, here, DISCORD_API_BASE to reach the local Discord double), run
// `npm run deploy-commands` and `npm start`, ask a question in "Discord", stop
// the bot by signalling npm. Nothing else is set: no variable in the
// environment, no option the README does not mention.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordDouble } from "../double/discord-double.js";
import { callbackText, eventually, expectNoTokenCharacters, slashInteraction, TOKEN } from "./helpers.js";
import { alive, checkout, envFromExample, npm, type NpmRun } from "./operator.js";

/** Start-up of npm + node + tsx on a loaded machine; the usual is 2 to 3 s. */
const START = 30_000;
const WAIT = 10_000;

/** Resolves once `run` logged a line with this msg, or rejects with its output when it exits first. */
async function logged(run: NpmRun, msg: string, ms = START): Promise<Record<string, unknown>> {
  let exited = false;
  void run.exited.then(() => (exited = true));
  return eventually(
    () => {
      const line = run.logs().find((l) => l.msg === msg);
      if (line) return line;
      if (exited) throw new Error(`npm exited before logging "${msg}":\n${run.stdout().slice(-2000)}\n${run.stderr().slice(-2000)}`);
      return undefined;
    },
    ms,
    `the "${msg}" log line`,
  );
}

describe("the README's set-up, word for word", () => {
  const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000 });
  const dir = checkout();
  beforeAll(async () => {
    await d.start();
    envFromExample(dir.dir, { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase });
  });
  afterAll(async () => {
    await d.stop();
    dir.remove();
  });

  it("cp .env.example .env + two values: deploy-commands registers, npm start answers /ask, and killing npm stops the bot", async () => {
    const deploy = npm(["run", "deploy-commands"], dir.dir);
    expect((await deploy.exited).code).toBe(0);
    expect(deploy.stdout()).toMatch(/Registered \d+ commands/);
    expect(d.registeredCommands.global.map((c) => c.name)).toContain("ask");

    const start = npm(["start"], dir.dir);
    let botPid: number | undefined;
    try {
      const connecting = await logged(start, "connecting to Discord");
      expect(connecting).toMatchObject({ version: expect.any(String), dataset: expect.stringMatching(/^[0-9a-f]{12}$/), shards: [0] });
      const ready = await logged(start, "ready");
      botPid = ready.pid as number;
      expect(botPid).not.toBe(start.pid);

      const asked = slashInteraction(d, "/ask question:What sentence did Qi receive?");
      const body = await d.dispatchInteraction(asked, { timeoutMs: WAIT });
      expect(callbackText(body)).toMatch(/2 years and 3 months/);
      const line = await eventually(() => start.logs().find((l) => l.msg === "interaction" && l.id === asked.id), WAIT, "the interaction's log line");
      expect(line).toMatchObject({ kind: "command", command: "ask", outcome: "answered" });

      // what a pidfile holds is npm's pid: signalling it must stop the bot too
      process.kill(start.pid, "SIGTERM");
      await start.exited;
      await eventually(() => (alive(botPid!) ? undefined : true), WAIT, `the bot process ${botPid} to end`);
      expect(start.logs().map((l) => l.msg)).toEqual(expect.arrayContaining(["shutting down", "stopped"]));
      expectNoTokenCharacters(start.stdout() + start.stderr() + deploy.stdout() + deploy.stderr());
    } finally {
      start.child.kill("SIGKILL");
      if (botPid !== undefined && alive(botPid)) process.kill(botPid, "SIGKILL");
    }
  }, 90_000);
});
