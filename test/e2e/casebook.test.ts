// Casebook end to end: the real discord.js client (createBot, and `npm start`
// as a process) against the Discord double on 127.0.0.1. Commands are
// registered by `npm run deploy-commands`, every command goes in as an
// INTERACTION_CREATE and comes back as the recorded callback, and the gateway
// and REST faults a bot meets in production are injected. Every recorded
// callback is checked against Discord's own API description.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deployBody } from "../../commands/registry.js";
import { runLine } from "../../commands/line.js";
import { createBot } from "../../src/discord/bot.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { loadCore } from "../../src/core.js";
import { ABSTAIN, SENTENCE_FIGURE } from "../eval/score.js";
import { DiscordDouble, opt, type InteractionCallbackBody } from "../double/discord-double.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { callbackProblems, commandProblems, embedProblems } from "../double/spec.js";
import {
  ROOT,
  TOKEN,
  bufferLogger,
  callbackComponents,
  callbackData,
  callbackText,
  emptyDir,
  eventually,
  exitWithin,
  expectNoTokenCharacters,
  expectValidCallback,
  freshUser,
  isEphemeral,
  slashInteraction,
  spawnDoor,
  spawnDoorArgs,
  typedOptions,
} from "./helpers.js";

/** Per interaction: dispatch -> callback. Generous for a loaded CI machine; the usual round trip is a few ms. */
const WAIT = 8_000;
const CALLBACK = "POST /interactions/:id/:token/callback";
/** Fields the double adds to a registered command (Discord adds the same ones). */
const ADDED_BY_DOUBLE = new Set([
  "id", "application_id", "version", "guild_id", "type", "default_member_permissions", "nsfw", "integration_types",
  "contexts", "description_localizations", "name_localizations", "description",
]);

/** The registry's definitions as they travel (JSON). */
const definitionsJson = () => JSON.parse(JSON.stringify(deployBody())) as Array<Record<string, unknown>>;

/** Each registered command is its definition plus only what the double adds (ids, defaults). */
function expectRegisteredAsDefined(registered: ReadonlyArray<Record<string, unknown>>): void {
  const defs = definitionsJson();
  expect(registered.map((c) => c.name)).toEqual(defs.map((d) => d.name));
  registered.forEach((reg, i) => {
    const def = defs[i]!;
    const sameKeys = Object.fromEntries(Object.keys(def).map((k) => [k, reg[k]]));
    expect(sameKeys).toEqual(def);
    expect(Object.keys(reg).filter((k) => !(k in def) && !ADDED_BY_DOUBLE.has(k))).toEqual([]);
    expect(reg.id).toMatch(/^\d{17,20}$/);
  });
}

/** A bot (createBot, in this process) connected to its own double, with logs in a buffer. */
async function startCasebook(opts: { heartbeatIntervalMs?: number } = {}) {
  const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 1_000 });
  await d.start();
  // registered the way `npm run deploy-commands` does, so interactions carry the real command ids
  await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase }, { timeoutMs: 5_000 });
  const core = loadCore();
  const log = bufferLogger("trace");
  const bot = createBot({ config: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: d.apiBase }, core, logger: log.logger, readyTimeoutMs: 10_000 });
  await bot.start();
  return { d, core, log, bot };
}

type Casebook = Awaited<ReturnType<typeof startCasebook>>;

/** No interaction token (a credential to reply as the bot for 15 minutes) of any answered interaction is in `log`. */
function expectNoInteractionTokens(d: DiscordDouble, log: string): void {
  const tokens = d.callbacks.map((c) => d.interaction(c.interactionId)!.token);
  expect(tokens.length).toBeGreaterThan(0);
  expect(tokens.filter((t) => log.includes(t) || log.includes(t.slice(-24)))).toEqual([]);
}

/** Every accepted callback of the double validates against Discord's spec; returns how many there were. */
function expectEveryCallbackValid(d: DiscordDouble): number {
  const problems: string[] = [];
  for (const cb of d.callbacks) {
    problems.push(...callbackProblems(cb.body).map((p) => `${cb.interactionId}: ${p}`));
    for (const e of callbackData(cb.body).embeds ?? []) problems.push(...embedProblems(e).map((p) => `${cb.interactionId}: ${p}`));
  }
  expect(problems).toEqual([]);
  return d.callbacks.length;
}

describe("npm run deploy-commands, as a process", () => {
  const d = new DiscordDouble({ token: TOKEN });
  const cwd = emptyDir();
  beforeAll(async () => {
    await d.start();
  });
  afterAll(async () => {
    await d.stop();
    cwd.remove();
  });

  const env = (guild: string) => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: d.applicationId,
    DISCORD_API_BASE: d.apiBase,
    DISCORD_GUILD_ID: guild, // "" = unset (and a stray .env cannot set it)
  });

  it("without DISCORD_GUILD_ID registers exactly the registry's definitions on the global route", async () => {
    const p = spawnDoor("src/discord/deploy.ts", env(""), cwd.dir);
    expect(await exitWithin(p, 20_000, "deploy-commands")).toBe(0);
    expect(p.stdout()).toMatch(new RegExp(`^Registered ${deployBody().length} commands for application ${d.applicationId} globally`));
    const puts = d.requestsFor("PUT /applications/:app/commands");
    expect(puts).toHaveLength(1);
    expect(puts[0]!.params.app).toBe(d.applicationId);
    expect(puts[0]!.body).toEqual(definitionsJson());
    for (const cmd of puts[0]!.body as unknown[]) expect(commandProblems(cmd)).toEqual([]);
    expectRegisteredAsDefined(d.registeredCommands.global as unknown as Array<Record<string, unknown>>);
    // the message command (right-click a message > Apps) with the slash commands, as Discord stores it
    expect(d.registeredCommands.global.filter((c) => c.type === 3)).toEqual([
      expect.objectContaining({ name: "Check with Casebook", type: 3, description: "", id: expect.stringMatching(/^\d{17,20}$/) }),
    ]);
    expect(d.registeredCommands.global.filter((c) => c.type === 1).length).toBe(deployBody().length - 1);
    expect(d.registeredCommands.guilds).toEqual({});
    expect(d.unexpectedRequests()).toEqual([]);
    expectNoTokenCharacters(p.output());
  }, 25_000);

  it("with DISCORD_GUILD_ID registers them on that guild's route only", async () => {
    const guild = "987654321098765432";
    const globalBefore = d.registeredCommands.global;
    const p = spawnDoor("src/discord/deploy.ts", env(guild), cwd.dir);
    expect(await exitWithin(p, 20_000, "deploy-commands")).toBe(0);
    expect(p.stdout()).toMatch(new RegExp(`in server ${guild}`));
    const puts = d.requestsFor("PUT /applications/:app/guilds/:guild/commands");
    expect(puts).toHaveLength(1);
    expect(puts[0]!.params).toEqual({ app: d.applicationId, guild });
    expect(puts[0]!.body).toEqual(definitionsJson());
    for (const cmd of puts[0]!.body as unknown[]) expect(commandProblems(cmd)).toEqual([]);
    const registered = d.registeredCommands.guilds[guild] as unknown as Array<Record<string, unknown>>;
    expectRegisteredAsDefined(registered);
    for (const c of registered) expect(c.guild_id).toBe(guild);
    expect(d.registeredCommands.global).toEqual(globalBefore); // the global set is untouched
    expect(d.requestsFor("PUT /applications/:app/commands")).toHaveLength(1);
    expectNoTokenCharacters(p.output());
  }, 25_000);

  it("-- --clear --guild ID removes that server's commands (after moving to global ones) and leaves the global set", async () => {
    const guild = "987654321098765432";
    expect(d.registeredCommands.guilds[guild]?.length).toBeGreaterThan(0);
    const globalBefore = d.registeredCommands.global;
    const p = spawnDoorArgs("src/discord/deploy.ts", ["--clear", "--guild", guild], env(""), cwd.dir);
    expect(await exitWithin(p, 20_000, "deploy-commands --clear")).toBe(0);
    expect(p.stdout()).toMatch(new RegExp(`^Cleared every command of application ${d.applicationId} in server ${guild}\\.`));
    expect(d.registeredCommands.guilds[guild]).toEqual([]);
    expect(d.registeredCommands.global).toEqual(globalBefore);
    expect(d.requestsFor("PUT /applications/:app/guilds/:guild/commands").at(-1)!.body).toEqual([]);
  }, 25_000);
});

describe("npm start, as a process", () => {
  const cwd = emptyDir();
  afterAll(() => cwd.remove());

  it("connects (IDENTIFY), answers /case, and on SIGTERM exits 0 after closing the socket with 1000", async () => {
    const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000 });
    await d.start();
    const p = spawnDoor(
      "src/discord/main.ts",
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase, LOG_LEVEL: "debug" },
      cwd.dir,
    );
    try {
      const early = p.exited.then((code) => {
        throw new Error(`npm start exited (${String(code)}) before IDENTIFY: ${p.output().slice(-2000)}`);
      });
      early.catch(() => {});
      await Promise.race([d.waitForIdentify({ timeoutMs: 20_000 }), early]);
      const identify = d.receivedOps(2)[0];
      expect(identify?.d).toMatchObject({ token: "[redacted]", intents: 1 });

      const body = await d.dispatchInteraction(slashInteraction(d, "/case surname:Qi"), { timeoutMs: WAIT });
      expectValidCallback(body);
      expect(body.type).toBe(4);
      expect(callbackText(body)).toContain("2 years and 3 months");

      p.kill("SIGTERM");
      expect(await exitWithin(p, 15_000, "npm start after SIGTERM")).toBe(0);
      expect(d.stats.closes).toEqual([expect.objectContaining({ code: 1000, by: "client" })]);
      expect(d.openConnections).toBe(0);
      const logs = p.stdout().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { msg?: string; signal?: string });
      expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["connecting to Discord", "ready", "interaction", "shutting down", "stopped"]));
      expect(logs.find((l) => l.msg === "shutting down")?.signal).toBe("SIGTERM");
      // nothing on stderr (the door writes failures there), Node's own warnings aside
      expect(p.stderr().split("\n").filter((l) => l.trim() !== "" && !/^\(node:\d+\) |--trace-/.test(l))).toEqual([]);
      expectNoTokenCharacters(p.output());
      expect(d.unexpectedRequests()).toEqual([]);
    } finally {
      p.kill("SIGKILL");
      await d.stop();
    }
  }, 40_000);
});

describe("every command through the gateway (createBot, real client, real double)", { timeout: 15_000 }, () => {
  let cb: Casebook;
  beforeAll(async () => {
    cb = await startCasebook();
  }, 20_000);
  afterAll(async () => {
    await cb?.bot.stop();
    await cb?.d.stop();
  }, 15_000);

  /** Dispatches a slash line as a fresh user and returns the validated callback body. */
  async function slash(line: string): Promise<InteractionCallbackBody> {
    const body = await cb.d.dispatchInteraction(slashInteraction(cb.d, line), { timeoutMs: WAIT });
    expectValidCallback(body);
    return body;
  }

  it("the bot is ready on the double's session, with the commands registered", () => {
    expect(cb.bot.client.isReady()).toBe(true);
    expect(cb.bot.client.user?.id).toBe(cb.d.botUser.id);
    expect(cb.d.stats.identifies).toBe(1);
    expectRegisteredAsDefined(cb.d.registeredCommands.global as unknown as Array<Record<string, unknown>>);
  });

  it("/case surname:Qi: the case embed with the sentence beside its quote, public, with a Source button", async () => {
    const body = await slash("/case surname:Qi");
    expect(body.type).toBe(4);
    const t = callbackText(body);
    expect(t).toMatch(/Case 2 of 3: Qi/);
    expect(t).toContain("2 years and 3 months");
    expect(t).toContain("> He was sentenced to two years and three months in prison");
    expect(isEphemeral(body)).toBe(false);
    expect(callbackData(body).allowed_mentions).toEqual({ parse: [] });
    expect(callbackComponents(body).map((c) => c.label)).toContain("Source");
  });

  it.each([
    ["zhonh", "Zhong"],
    ["Chung", "Zhong"],
    ["齐", "Qi"],
    ["Sung", "Song"],
  ])("/case surname:%s finds %s", async (typed, surname) => {
    expect(callbackText(await slash(`/case surname:${typed}`))).toMatch(new RegExp(`Case \\d of 3: ${surname}`));
  });

  it("/case surname:Zhang: an ephemeral 'no case' with the three cases as buttons, and no sentence", async () => {
    const body = await slash("/case surname:Zhang");
    const t = callbackText(body);
    expect(t).toMatch(/no case under the surname/i);
    expect(t).toMatch(/Zhong, Qi and Song/);
    expect(t).not.toMatch(/(2|two) years/);
    expect(isEphemeral(body)).toBe(true);
    expect(callbackComponents(body).map((c) => c.custom_id)).toEqual(["case:zhong", "case:qi", "case:song"]);
  });

  it("/cases: every case with its outcome and a button to open each", async () => {
    const body = await slash("/cases");
    expect(callbackText(body)).toMatch(/Zhong[\s\S]*apprehended[\s\S]*Qi[\s\S]*2 years and 3 months[\s\S]*Song[\s\S]*administrative penalties/);
    expect(callbackComponents(body).map((c) => [c.type, c.custom_id])).toEqual([
      [2, "case:zhong"],
      [2, "case:qi"],
      [2, "case:song"],
    ]);
  });

  it("/law: both ranges, quoted", async () => {
    const t = callbackText(await slash("/law"));
    expect(t).toMatch(/5 to 10 years/);
    expect(t).toMatch(/life imprisonment/);
    expect(t).toContain("> In especially severe cases, offenders may be sentenced to more than 10 years or even life imprisonment.");
  });

  it("/sentence case:Qi and /sentence years:7 months:0 (integer options) place the term against the ranges", async () => {
    expect(callbackText(await slash("/sentence case:Qi"))).toMatch(/2 years and 3 months[\s\S]*below the range of 5 to 10 years/);
    const seven = cb.d.interactions.chatInput({ name: "sentence", options: [opt.integer("years", 7), opt.integer("months", 0)], user: freshUser() });
    const body = await cb.d.dispatchInteraction(seven, { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(callbackText(body)).toMatch(/7 years is within the range of 5 to 10 years/);
  });

  it("/sentence case:Qi arrives as a multipart callback carrying the gauge PNG its embed shows", async () => {
    const interaction = slashInteraction(cb.d, "/sentence case:Qi");
    const body = await cb.d.dispatchInteraction(interaction, { timeoutMs: WAIT });
    expectValidCallback(body);
    const record = cb.d.interaction(interaction.id)!.callback!;
    expect(record.bodyKind).toBe("multipart");
    expect(record.files).toHaveLength(1);
    const [file] = record.files;
    expect(file!.field).toBe("files[0]");
    expect(file!.contentType).toBe("image/png");
    expect(file!.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const data = callbackData(body) as MessagePayload & { attachments?: Array<{ id: string }> };
    expect(data.embeds[0]!.image?.url).toBe(`attachment://${file!.filename}`);
    expect(data.attachments?.map((a) => a.id)).toEqual(["0"]);
  });

  it("/ask: the question, a direct answer first in bold, then the quote, with Source, link, Open and Ask another buttons", async () => {
    const body = await slash("/ask question:What sentence did Qi receive?");
    const embed = callbackData(body).embeds[0]!;
    expect(embed.author?.name).toBe("Asked: What sentence did Qi receive?");
    expect(embed.description).toMatch(/^\*\*Qi was sentenced to 2 years and 3 months in prison\.\*\*/);
    expect(embed.fields?.[0]?.value).toMatch(/^> He was sentenced to two years and three months/);
    const song = await slash("/ask question:Why did Song contact the agency?");
    expect(callbackComponents(song).map((c) => c.label)).toEqual(["Source", "Read on China Daily", "Open Song", "Ask another"]);
    expect(callbackText(await slash("/ask question:What happened to Zhong?"))).toMatch(/apprehend/);
  });

  it.each(["What is the capital of France?", "What is the weather in Beijing tomorrow?", "What sentence did Wu receive?"])(
    "/ask out of scope (%s): says the article does not cover it and states no sentence",
    async (question) => {
      const t = callbackText(await slash(`/ask question:${question}`));
      expect(t).toMatch(ABSTAIN);
      expect(t).not.toMatch(SENTENCE_FIGURE);
    },
  );

  it("/about and /help", async () => {
    const about = callbackText(await slash("/about"));
    expect(about).toMatch(/Ministry of State Security/);
    expect(about).toMatch(/as the article states them/);
    const help = callbackText(await slash("/help"));
    for (const name of ["case", "cases", "law", "sentence", "ask", "about", "help"]) expect(help).toContain(`/${name}`);
  });

  it("private:true makes the reply ephemeral (flag 64)", async () => {
    expect(isEphemeral(await slash("/case surname:Qi private:true"))).toBe(true);
    expect(isEphemeral(await slash("/ask question:Who is Song? private:true"))).toBe(true);
    expect(isEphemeral(await slash("/ask question:Who is Song?"))).toBe(false);
  });

  it("every line of the dev question set: the callback carries exactly the handler's reply", async () => {
    const lines = readFileSync(path.join(ROOT, "test/qa/dev.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { input: string }).input);
    expect(lines.length).toBeGreaterThan(10);
    const bodies = await Promise.all(lines.map((line) => cb.d.dispatchInteraction(slashInteraction(cb.d, line), { timeoutMs: WAIT })));
    bodies.forEach((body, i) => {
      expectValidCallback(body);
      const expected = runLine(cb.core, lines[i]!).reply;
      const data = callbackData(body);
      expect(body.type, lines[i]).toBe(4);
      expect(
        { content: data.content ?? undefined, embeds: data.embeds, components: data.components ?? [], flags: data.flags ?? 0, allowed_mentions: data.allowed_mentions },
        lines[i],
      ).toEqual({ content: expected.content, embeds: expected.embeds, components: expected.components ?? [], flags: expected.flags ?? 0, allowed_mentions: { parse: [] } });
    });
  }, 20_000);

  it("autocomplete (type 4) gets a type 8 callback with ranked choices", async () => {
    const complete = async (command: string, option: string, value: string) => {
      const body = await cb.d.dispatchInteraction(
        cb.d.interactions.autocomplete({ name: command, options: [opt.string(option, value, { focused: true })], user: freshUser() }),
        { timeoutMs: WAIT },
      );
      expectValidCallback(body);
      expect(body.type).toBe(8);
      return ((body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices).map((c) => c.value);
    };
    expect((await complete("case", "surname", "zh"))[0]).toBe("Zhong");
    expect(await complete("case", "surname", "")).toEqual(["Zhong", "Qi", "Song"]);
    expect((await complete("case", "surname", "Chung"))[0]).toBe("Zhong");
    expect((await complete("case", "surname", "宋"))[0]).toBe("Song");
    expect((await complete("sentence", "case", "q"))[0]).toBe("Qi");
  });

  it("buttons: the Source button of a real reply, and case:qi, get their replies", async () => {
    const reply = await slash("/case surname:Qi");
    const source = callbackComponents(reply).find((c) => c.label === "Source");
    expect(source?.custom_id).toMatch(/^source:\d+(\.\d+)*$/);
    const pressed = await cb.d.dispatchInteraction(
      cb.d.interactions.button({ customId: String(source!.custom_id), user: freshUser() }),
      { timeoutMs: WAIT },
    );
    expectValidCallback(pressed);
    expect(pressed.type).toBe(4);
    // the whole paragraphs the quotes come from
    expect(callbackText(pressed)).toContain("He was sentenced to two years and three months in prison");
    expect(isEphemeral(pressed)).toBe(true);

    const open = await cb.d.dispatchInteraction(cb.d.interactions.button({ customId: "case:qi", user: freshUser() }), { timeoutMs: WAIT });
    expectValidCallback(open);
    expect(callbackText(open)).toMatch(/Case 2 of 3: Qi/);
    expect(callbackText(open)).toContain("2 years and 3 months");
  });

  it("the select menu: cases:open with [song] opens Song's case", async () => {
    const body = await cb.d.dispatchInteraction(
      cb.d.interactions.stringSelect({ customId: "cases:open", values: ["song"], user: freshUser() }),
      { timeoutMs: WAIT },
    );
    expectValidCallback(body);
    expect(body.type).toBe(4);
    expect(callbackText(body)).toMatch(/Case 3 of 3: Song/);
    expect(callbackText(body)).toMatch(/administrative penalties/);
  });

  it("error paths are ephemeral (flag 64): years:101 sent raw, case and years together, a stale button", async () => {
    const raw = cb.d.interactions.chatInput({ name: "sentence", options: [opt.integer("years", 101)], user: freshUser() });
    const body = await cb.d.dispatchInteraction(raw, { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(callbackText(body)).toMatch(/`years` must be a whole number from 0 to 100/);
    expect(callbackData(body).flags).toBe(64);

    const both = await cb.d.dispatchInteraction(
      cb.d.interactions.chatInput({ name: "sentence", options: typedOptions("sentence", { case: "Qi", years: 3 }), user: freshUser() }),
      { timeoutMs: WAIT },
    );
    expect(callbackText(both)).toMatch(/either a case or a prison term/);
    expect(callbackData(both).flags).toBe(64);

    const stale = await cb.d.dispatchInteraction(cb.d.interactions.button({ customId: "gone:1", user: freshUser() }), { timeoutMs: WAIT });
    expectValidCallback(stale);
    expect(callbackText(stale)).toMatch(/no longer supported/);
    expect(callbackData(stale).flags).toBe(64);
  });

  it("Ask another: the button gets a modal callback (type 9); the submitted modal is answered as /ask, with the gauge", async () => {
    const user = freshUser();
    const asked = await slash("/ask question:Why did Song contact the agency?");
    const more = callbackComponents(asked).find((c) => c.label === "Ask another");
    expect(more?.custom_id).toBe("askmore");
    const opened = await cb.d.dispatchInteraction(cb.d.interactions.button({ customId: String(more!.custom_id), user }), { timeoutMs: WAIT });
    expectValidCallback(opened);
    expect(opened.type).toBe(9);
    const modal = (opened as { data: { custom_id: string; components: Array<{ components: Array<{ custom_id: string; max_length: number }> }> } }).data;
    expect(modal.components.flatMap((r) => r.components).map((c) => [c.custom_id, c.max_length])).toEqual([["question", 500]]);

    const submit = cb.d.interactions.modalSubmit({ customId: modal.custom_id, fields: { question: "How long was Qi jailed?" }, user });
    const answered = await cb.d.dispatchInteraction(submit, { timeoutMs: WAIT });
    expectValidCallback(answered);
    expect(answered.type).toBe(4);
    const data = callbackData(answered);
    expect(data.embeds[0]!.author?.name).toBe("Asked: How long was Qi jailed?");
    expect(data.embeds[0]!.description).toMatch(/^\*\*Qi was sentenced to 2 years and 3 months in prison/);
    // about a prison term: the gauge goes as a multipart file the embed refers to
    const record = cb.d.interaction(submit.id)!.callback!;
    expect(record.bodyKind).toBe("multipart");
    expect(record.files.map((f) => f.filename)).toEqual(["gauge-qi-27m.png"]);
    expect(data.embeds[0]!.image?.url).toBe("attachment://gauge-qi-27m.png");
    const line = await eventually(() => cb.log.lines().find((l) => l.msg === "interaction" && l.id === submit.id), WAIT, "its log line");
    expect(line).toMatchObject({ kind: "modal", command: "askbox", outcome: "answered" });
  });

  it("the per-user cooldown: a sixth command within 10 s gets the polite ephemeral notice", async () => {
    const user = freshUser();
    const bodies: InteractionCallbackBody[] = [];
    for (let i = 0; i < 6; i++) {
      bodies.push(await cb.d.dispatchInteraction(cb.d.interactions.chatInput({ name: "law", user }), { timeoutMs: WAIT }));
    }
    expect(bodies.slice(0, 5).every((b) => callbackText(b).includes("5 to 10 years"))).toBe(true);
    expect(callbackText(bodies[5]!)).toMatch(/going a little fast/);
    expect(isEphemeral(bodies[5]!)).toBe(true);
    for (const b of bodies) expectValidCallback(b);
  });

  it("every recorded callback validates against Discord's spec, nothing hit an unknown route, no token in the log", () => {
    expect(expectEveryCallbackValid(cb.d)).toBeGreaterThan(50);
    expect(cb.d.requestsFor(CALLBACK).every((r) => r.status === 204)).toBe(true);
    expect(cb.d.unexpectedRequests()).toEqual([]);
    const lines = cb.log.lines();
    expect(lines.filter((l) => l.msg === "interaction").length).toBeGreaterThan(50);
    expect(lines.filter((l) => l.level === 50 || l.level === 60)).toEqual([]);
    // the check below is not vacuous: discord.js's debug lines (logged at trace) do mention the token, scrubbed
    expect(lines.some((l) => l.msg === "client debug" && String(l.message).startsWith("Provided token: [redacted]"))).toBe(true);
    expectNoTokenCharacters(cb.log.text());
    expectNoInteractionTokens(cb.d, cb.log.text());
  });
});

describe("faults (createBot, real client, real double)", { timeout: 15_000 }, () => {
  let cb: Casebook;
  beforeAll(async () => {
    cb = await startCasebook();
  }, 20_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await cb?.bot.stop();
    await cb?.d.stop();
  }, 15_000);

  const law = () => cb.d.interactions.chatInput({ name: "law", user: freshUser() });

  /** Five different interactions, dispatched while the socket is down; resolves with their callbacks. */
  function fiveDuringOutage() {
    const lines = ["/case surname:Qi", "/law", "/sentence years:7 months:0", "/ask question:Why did Song contact the agency?", "/cases"];
    const payloads = lines.map((l) => slashInteraction(cb.d, l));
    const answers = payloads.map((p) => cb.d.dispatchInteraction(p, { timeoutMs: WAIT }));
    return { payloads, answers };
  }

  it("gateway closed with 4000 mid-session: the client RESUMEs and all 5 interactions sent during the outage are answered", async () => {
    const { d } = cb;
    expect((await d.dispatchInteraction(law(), { timeoutMs: WAIT })).type).toBe(4);
    const resumesBefore = d.stats.resumes;
    const resumed = d.waitForResume({ timeoutMs: WAIT });
    d.closeSocket(4000);
    const { payloads, answers } = fiveDuringOutage();
    for (const p of payloads) expect(d.interaction(p.id)?.sentAt).toEqual([]); // queued: the socket is down
    const info = await resumed;
    const bodies = await Promise.all(answers);
    expect(bodies).toHaveLength(5);
    for (const b of bodies) {
      expectValidCallback(b);
      expect(b.type).toBe(4);
    }
    expect(callbackText(bodies[0]!)).toMatch(/Case 2 of 3: Qi/);
    expect(callbackText(bodies[3]!)).toMatch(/Song/);
    expect(info.replayed).toBeGreaterThanOrEqual(5);
    expect(d.stats.resumes).toBe(resumesBefore + 1);
    expect(d.receivedOps(6).length).toBeGreaterThanOrEqual(1);
    expect(d.stats.identifies).toBe(1);
    expect(d.stats.closes.at(-1)).toMatchObject({ code: 4000, by: "server" });
    expect((await d.dispatchInteraction(law(), { timeoutMs: WAIT })).type).toBe(4);
    // the operator sees the outage and its end in the log
    const msgs = cb.log.lines().map((l) => l.msg);
    expect(msgs).toEqual(expect.arrayContaining(["shard reconnecting", "shard resumed"]));
    expect(msgs.lastIndexOf("shard resumed")).toBeGreaterThan(msgs.lastIndexOf("shard reconnecting"));
  }, 20_000);

  it("gateway dropped abruptly (no close frame): the client resumes and all 5 interactions sent during the outage are answered", async () => {
    const { d } = cb;
    const resumesBefore = d.stats.resumes;
    const ops6Before = d.receivedOps(6).length;
    const resumed = d.waitForResume({ timeoutMs: WAIT });
    d.dropSocket();
    const { answers } = fiveDuringOutage();
    await resumed;
    const bodies = await Promise.all(answers);
    expect(bodies.filter((b) => b.type === 4)).toHaveLength(5);
    for (const b of bodies) expectValidCallback(b);
    expect(d.stats.resumes).toBe(resumesBefore + 1);
    expect(d.receivedOps(6).length).toBe(ops6Before + 1);
    expect(d.stats.identifies).toBe(1);
    expect(d.stats.closes.at(-1)?.by).toBe("drop");
    expect((await d.dispatchInteraction(law(), { timeoutMs: WAIT })).type).toBe(4);
  }, 20_000);

  it("a 429 with Retry-After on the callback: discord.js waits and the reply is still delivered", async () => {
    const { d } = cb;
    d.failNextCallbacks(1, 0.3);
    const payload = slashInteraction(d, "/case surname:Song");
    const body = await d.dispatchInteraction(payload, { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(callbackText(body)).toMatch(/Case 3 of 3: Song/);
    const attempts = d.interaction(payload.id)!.attempts;
    expect(attempts.map((a) => a.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    // the log line is written once discord.js has the 204, a moment after the double recorded it
    const line = await eventually(() => cb.log.lines().find((l) => l.msg === "interaction" && l.id === payload.id), WAIT, "its log line");
    expect(line).toMatchObject({ outcome: "answered", kind: "command", command: "case" });
    expect(line).not.toHaveProperty("replyError");
  }, 15_000);

  it("a handler that throws: an ephemeral error reply with an error id (logged), and the next interaction is answered normally", async () => {
    const { d, core } = cb;
    const spy = vi.spyOn(core.engine, "answer").mockImplementationOnce(() => {
      throw new Error("the engine broke");
    });
    const payload = slashInteraction(d, "/ask question:How long was Qi jailed?");
    const body = await d.dispatchInteraction(payload, { timeoutMs: WAIT });
    expect(spy).toHaveBeenCalledTimes(1);
    expectValidCallback(body);
    expect(callbackData(body).flags).toBe(64);
    const t = callbackText(body);
    expect(t).toMatch(/could not answer that/);
    const errorId = /Error id: `([0-9a-f]{8})`/.exec(t)?.[1];
    expect(errorId).toBeDefined();
    const logged = await eventually(() => cb.log.lines().find((l) => l.msg === "interaction" && l.id === payload.id), WAIT, "its log line");
    expect(logged).toMatchObject({ outcome: "error", errorId, level: 50, error: { message: "the engine broke" } });

    const next = await d.dispatchInteraction(slashInteraction(d, "/ask question:How long was Qi jailed?"), { timeoutMs: WAIT });
    expectValidCallback(next);
    expect(callbackText(next)).toMatch(/2 years and 3 months/);
    expect(isEphemeral(next)).toBe(false);
    spy.mockRestore();
  });

  it("an interaction for an unknown command: a clear ephemeral reply, and the bot keeps answering", async () => {
    const { d } = cb;
    const body = await d.dispatchInteraction(d.interactions.chatInput({ name: "nope", user: freshUser() }), { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(callbackText(body)).toMatch(/no command \/nope/);
    expect(callbackText(body)).toMatch(/\/case/);
    expect(callbackData(body).flags).toBe(64);
    expect(cb.bot.client.isReady()).toBe(true);
    expect((await d.dispatchInteraction(law(), { timeoutMs: WAIT })).type).toBe(4);
  });

  it("an interaction kind Casebook does not offer (a user select menu): a clear ephemeral reply", async () => {
    const { d } = cb;
    const payload = d.interactions.stringSelect({ customId: "pick-user", values: [freshUser().id], user: freshUser() });
    (payload.data as { component_type: number }).component_type = 5; // ComponentType.UserSelect
    const body = await d.dispatchInteraction(payload, { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(callbackText(body)).toMatch(/does not handle that kind of interaction/);
    expect(callbackData(body).flags).toBe(64);
    const logged = await eventually(() => cb.log.lines().find((l) => l.msg === "interaction" && l.id === payload.id), WAIT, "its log line");
    expect(logged).toMatchObject({ outcome: "invalid", kind: "other" });
  });

  it.each([
    ["without data", (p: Record<string, unknown>) => delete p.data],
    ["without member or user", (p: Record<string, unknown>) => delete p.member],
  ])("a malformed INTERACTION_CREATE (%s) is logged and skipped, and the next interaction is answered", async (_label, breakIt) => {
    const { d } = cb;
    const bad = d.interactions.chatInput({ name: "case", options: [opt.string("surname", "Qi")], user: freshUser() }) as unknown as Record<string, unknown>;
    breakIt(bad);
    d.dispatch("INTERACTION_CREATE", bad);
    const logged = await eventually(
      () => cb.log.lines().find((l) => l.msg === "malformed interaction skipped" && l.id === bad.id),
      WAIT,
      "the malformed-interaction log line",
    );
    expect(logged).toMatchObject({ level: 50, errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    const next = await d.dispatchInteraction(slashInteraction(d, "/case surname:Qi"), { timeoutMs: WAIT });
    expect(callbackText(next)).toMatch(/Case 2 of 3: Qi/);
    expect(d.recorded.filter((r) => r.params.id === bad.id)).toEqual([]); // no reply was attempted for it
  });

  it("every recorded callback validates against Discord's spec, nothing hit an unknown route, no token in the log", () => {
    expect(expectEveryCallbackValid(cb.d)).toBeGreaterThanOrEqual(15);
    expect(cb.d.unexpectedRequests()).toEqual([]);
    expectNoTokenCharacters(cb.log.text());
    expectNoInteractionTokens(cb.d, cb.log.text());
  });
});
