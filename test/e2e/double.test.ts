// The Discord double against the real discord.js client: connection, command
// registration, every interaction kind, replies (JSON, multipart, deferred,
// follow-ups) and the gateway / REST faults the bot must survive. Every
// recorded body is checked against Discord's own API description.
import { afterEach, describe, expect, it } from "vitest";
import { AttachmentBuilder, Client, Events, GatewayIntentBits, MessageFlags } from "discord.js";
import { DiscordDouble, opt } from "../double/discord-double.js";
import { callbackProblems, commandProblems, embedProblems, webhookProblems } from "../double/spec.js";
import { createEchoBot, type EchoBot } from "../../bench/echo-bot.js";
import { e2eRatios, formatE2E, percentile, runE2EBench } from "../../bench/e2e-lib.js";

const CALLBACK = "POST /interactions/:id/:token/callback";
const WAIT = 8_000;

let double: DiscordDouble | null = null;
const clients: Client[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) await c.destroy();
  await double?.stop();
  double = null;
}, 15_000);

/** A started double with the echo bot connected and ready. */
async function withEcho(options: ConstructorParameters<typeof DiscordDouble>[0] = {}): Promise<{ d: DiscordDouble; bot: EchoBot }> {
  const d = new DiscordDouble({ heartbeatIntervalMs: 1_000, ...options });
  double = d;
  const { apiBase } = await d.start();
  const bot = createEchoBot(apiBase, d.token!);
  clients.push(bot.client);
  await bot.start();
  return { d, bot };
}

/** A started double and a bare client (handlers attached by the caller before it logs in). */
async function withClient(setup: (client: Client) => void): Promise<{ d: DiscordDouble; client: Client }> {
  const d = new DiscordDouble({ heartbeatIntervalMs: 1_000 });
  double = d;
  const { apiBase } = await d.start();
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
  clients.push(client);
  setup(client);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(d.token!);
  await ready;
  return { d, client };
}

function expectValidCallback(body: unknown): void {
  expect(callbackProblems(body)).toEqual([]);
  const embeds = (body as { data?: { embeds?: unknown[] } }).data?.embeds ?? [];
  for (const e of embeds) expect(embedProblems(e)).toEqual([]);
}

describe("Discord double with the real discord.js client", () => {
  it("the echo bot connects, identifies and becomes ready", async () => {
    const { d, bot } = await withEcho();
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.user?.id).toBe(d.botUser.id);
    expect(bot.client.application?.id).toBe(d.applicationId);
    expect(d.stats.identifies).toBe(1);
    const identify = d.receivedOps(2)[0];
    expect(identify?.d).toMatchObject({ token: "[redacted]", intents: GatewayIntentBits.Guilds, shard: [0, 1] });
    expect(d.requestsFor("GET /gateway/bot")).toHaveLength(1);
    expect(d.unexpectedRequests()).toEqual([]);
  }, 10_000);

  it("heartbeats are acknowledged (op 1 -> op 11)", async () => {
    const { d, bot } = await withEcho({ heartbeatIntervalMs: 100 });
    await expect.poll(() => d.stats.heartbeats, { timeout: 3_000 }).toBeGreaterThanOrEqual(3);
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(d.stats.resumes).toBe(0); // no zombie-connection reconnects
  }, 10_000);

  it("a chat-input interaction with options gets the echo embed, as JSON, valid per Discord's spec", async () => {
    const { d, bot } = await withEcho();
    const seen = new Promise<Record<string, unknown>>((resolve) =>
      bot.client.once(Events.InteractionCreate, (i) => {
        if (!i.isChatInputCommand()) return;
        resolve({
          surname: i.options.getString("surname"),
          years: i.options.getInteger("years"),
          ratio: i.options.getNumber("ratio"),
          brief: i.options.getBoolean("brief"),
          guild: i.guildId,
          user: i.user.id,
        });
      }),
    );
    const payload = d.interactions.chatInput({
      name: "case",
      options: [opt.string("surname", "Qi"), opt.integer("years", 7), opt.number("ratio", 0.5), opt.boolean("brief", true)],
    });
    const body = await d.dispatchInteraction(payload, { timeoutMs: WAIT });
    expect(body).toMatchObject({ type: 4, data: { embeds: [{ title: "echo", description: "case" }] } });
    expectValidCallback(body);
    expect(await seen).toEqual({ surname: "Qi", years: 7, ratio: 0.5, brief: true, guild: payload.guild_id, user: payload.member?.user.id });
    const rec = d.interaction(payload.id)!;
    expect(rec.callback?.bodyKind).toBe("json");
    expect(rec.callback?.withResponse).toBe(false);
    expect(rec.attempts.map((a) => a.status)).toEqual([204]);
    expect(rec.attempts[0]?.query).toEqual({ with_response: "false" });
    expect(d.unexpectedRequests()).toEqual([]);
  }, 10_000);

  it("a DM chat-input interaction (user, no member) is answered too", async () => {
    const { d } = await withEcho();
    const body = await d.dispatchInteraction(d.interactions.chatInput({ name: "help", guildId: null }), { timeoutMs: WAIT });
    expect(body).toMatchObject({ type: 4, data: { embeds: [{ description: "help" }] } });
  }, 10_000);

  it("commands set through discord.js land on the global and guild routes, with ids the interactions then carry", async () => {
    const { d, client } = await withClient(() => {});
    const defs = [
      {
        name: "case",
        description: "Look a case up",
        options: [{ type: 3, name: "surname", description: "Surname", required: true, autocomplete: true }],
      },
      { name: "law", description: "The cited provisions" },
    ];
    const global = await client.application!.commands.set(defs);
    const guildId = "1234567890123456789";
    await client.application!.commands.set([defs[1]!], guildId);
    const reg = d.registeredCommands;
    expect(reg.global.map((c) => c.name)).toEqual(["case", "law"]);
    expect(reg.guilds[guildId]?.map((c) => c.name)).toEqual(["law"]);
    expect([...global.values()].map((c) => c.id).sort()).toEqual(reg.global.map((c) => c.id).sort());
    for (const put of d.recorded.filter((r) => r.method === "PUT")) {
      for (const cmd of put.body as unknown[]) expect(commandProblems(cmd)).toEqual([]);
    }
    expect(d.requestsFor("PUT /applications/:app/commands")).toHaveLength(1);
    expect(d.requestsFor("PUT /applications/:app/guilds/:guild/commands")).toHaveLength(1);
    expect(d.interactions.chatInput({ name: "case" }).data.id).toBe(reg.global[0]!.id);
    // a second PUT keeps ids for the same names, as Discord does
    await client.application!.commands.set(defs);
    expect(d.registeredCommands.global.map((c) => c.id)).toEqual(reg.global.map((c) => c.id));
    // invalid definitions are refused like Discord refuses them
    await expect(client.application!.commands.set([{ name: "Bad Name", description: "x" }])).rejects.toThrow(/Invalid Form Body/);
  }, 10_000);

  it("autocomplete (type 4) gets a type 8 callback; button and select interactions get their replies", async () => {
    const { d } = await withClient((client) => {
      client.on(Events.InteractionCreate, (i) => {
        if (i.isAutocomplete()) {
          const focused = i.options.getFocused(true);
          const names = ["Zhong", "Qi", "Song"].filter((n) => n.toLowerCase().startsWith(String(focused.value).toLowerCase()));
          void i.respond(names.map((n) => ({ name: n, value: n })));
        } else if (i.isButton()) {
          void i.update({ content: `pressed ${i.customId}`, components: [] });
        } else if (i.isStringSelectMenu()) {
          void i.reply({ content: `chose ${i.values.join(",")}`, flags: MessageFlags.Ephemeral });
        }
      });
    });
    const auto = await d.dispatchInteraction(
      d.interactions.autocomplete({ name: "case", options: [opt.string("surname", "s", { focused: true })] }),
      { timeoutMs: WAIT },
    );
    expect(auto).toEqual({ type: 8, data: { choices: [{ name: "Song", value: "Song" }] } });
    expectValidCallback(auto);

    const button = await d.dispatchInteraction(d.interactions.button({ customId: "case:Qi:more" }), { timeoutMs: WAIT });
    expect(button).toMatchObject({ type: 7, data: { content: "pressed case:Qi:more", components: [] } });
    expectValidCallback(button);

    const select = await d.dispatchInteraction(d.interactions.stringSelect({ customId: "pick", values: ["Qi", "Song"] }), { timeoutMs: WAIT });
    expect(select).toMatchObject({ type: 4, data: { content: "chose Qi,Song", flags: 64 } });
    expectValidCallback(select);
    expect(d.unexpectedRequests()).toEqual([]);
  }, 10_000);

  it("deferred replies, edits, follow-ups, with_response and file replies (multipart) are recorded", async () => {
    const { d } = await withClient((client) => {
      client.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        if (i.commandName === "defer") {
          await i.deferReply();
          await i.editReply({ embeds: [{ title: "done" }] });
          await i.followUp({ content: "and one more" });
        } else if (i.commandName === "fetch") {
          const res = await i.reply({ content: "with response", withResponse: true });
          await i.followUp({ content: `message ${res.resource?.message?.id ?? "none"}` });
        } else if (i.commandName === "file") {
          await i.reply({ content: "a file", files: [new AttachmentBuilder(Buffer.from("hello"), { name: "hello.txt" })] });
        }
      });
    });

    const deferred = d.interactions.chatInput({ name: "defer" });
    expect(await d.dispatchInteraction(deferred, { timeoutMs: WAIT })).toEqual({ type: 5, data: { flags: 0 } });
    const follow = await d.waitForRequest((r) => r.route === "POST /webhooks/:app/:token" && r.params.token === deferred.token, WAIT);
    const edit = d.recorded.find((r) => r.route === "PATCH /webhooks/:app/:token/messages/:message" && r.params.token === deferred.token);
    expect(edit?.params.message).toBe("@original");
    expect(webhookProblems(edit?.body, "edit")).toEqual([]);
    expect(webhookProblems(follow.body, "followup")).toEqual([]);
    const rec = d.interaction(deferred.id)!;
    expect(rec.original?.embeds).toEqual([{ title: "done" }]);
    expect(rec.original?.flags).toBe(0); // loading flag cleared by the edit
    expect(rec.followups.map((m) => m.content)).toEqual(["and one more"]);

    const fetched = d.interactions.chatInput({ name: "fetch" });
    await d.dispatchInteraction(fetched, { timeoutMs: WAIT });
    expect(d.interaction(fetched.id)!.callback?.withResponse).toBe(true);
    const followFetched = await d.waitForRequest((r) => r.route === "POST /webhooks/:app/:token" && r.params.token === fetched.token, WAIT);
    expect(followFetched.body).toMatchObject({ content: `message ${d.interaction(fetched.id)!.original!.id}` });

    const file = d.interactions.chatInput({ name: "file" });
    const fileBody = await d.dispatchInteraction(file, { timeoutMs: WAIT });
    expect(fileBody).toMatchObject({ type: 4, data: { content: "a file", attachments: [{ id: "0" }] } });
    expectValidCallback(fileBody);
    const fileRec = d.interaction(file.id)!;
    expect(fileRec.callback?.bodyKind).toBe("multipart");
    expect(fileRec.attempts[0]?.files).toMatchObject([{ field: "files[0]", filename: "hello.txt", size: 5 }]);
    expect(d.unexpectedRequests()).toEqual([]);
  }, 10_000);

  it("two shards: one client identifies both, and each guild's interactions go to its shard", async () => {
    const d = new DiscordDouble({ heartbeatIntervalMs: 1_000, shards: 2, maxConcurrency: 2 });
    double = d;
    const { apiBase } = await d.start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase }, shards: "auto" });
    clients.push(client);
    const shardsSeen: number[] = [];
    client.on(Events.Raw, (packet: { t?: string }, shardId: number) => {
      if (packet.t === "INTERACTION_CREATE") shardsSeen.push(shardId);
    });
    client.on(Events.InteractionCreate, (i) => {
      if (i.isChatInputCommand()) void i.reply({ content: `from ${i.guildId}` });
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(d.token!);
    await ready;
    expect(d.receivedOps(2).map((g) => (g.d as { shard: number[] }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // guild ids whose (id >> 22) % 2 is 0 and 1
    const guild0 = String(2n << 22n);
    const guild1 = String(3n << 22n);
    for (const guildId of [guild1, guild0]) {
      const body = await d.dispatchInteraction(d.interactions.chatInput({ name: "where", guildId }), { timeoutMs: WAIT });
      expect(body).toMatchObject({ type: 4, data: { content: `from ${guildId}` } });
    }
    expect(shardsSeen).toEqual([1, 0]);
    expect(d.stats.connections).toBe(2);
  }, 10_000);

  it("unknown routes answer 404 with Discord's error shape and are recorded", async () => {
    const d = new DiscordDouble();
    double = d;
    const { apiBase } = await d.start();
    const res = await fetch(`${apiBase}/v10/channels/1/messages`, { method: "POST", headers: { authorization: `Bot ${d.token}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: "404: Not Found", code: 0 });
    const noAuth = await fetch(`${apiBase}/v10/gateway/bot`);
    expect(noAuth.status).toBe(401);
    const unknownInteraction = await fetch(`${apiBase}/v10/interactions/1/nope/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: 4, data: { content: "x" } }),
    });
    expect(await unknownInteraction.json()).toEqual({ message: "Unknown interaction", code: 10062 });
    expect(d.unexpectedRequests().map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/v10/channels/1/messages"]);
  }, 10_000);
});

describe("faults", () => {
  it("closed with 4000 mid-session: the client RESUMEs on the resume URL and the interaction sent during the outage is answered", async () => {
    const { d } = await withEcho();
    await d.dispatchInteraction(d.interactions.chatInput({ name: "before" }), { timeoutMs: WAIT });
    const resumed = d.waitForResume({ timeoutMs: WAIT });
    d.closeSocket(4000);
    const during = d.interactions.chatInput({ name: "during" });
    const answer = d.dispatchInteraction(during, { timeoutMs: WAIT });
    expect(d.interaction(during.id)?.sentAt).toEqual([]); // queued, not sent
    const info = await resumed;
    expect(await answer).toMatchObject({ type: 4, data: { embeds: [{ description: "during" }] } });
    expect(info.replayed).toBeGreaterThanOrEqual(1);
    expect(d.receivedOps(6)).toHaveLength(1);
    expect(d.receivedOps(6)[0]?.d).toMatchObject({ session_id: info.sessionId, seq: info.fromSeq });
    expect(d.stats.identifies).toBe(1);
    expect(d.stats.closes[0]).toMatchObject({ code: 4000, by: "server" });
    expect(d.stats.connections).toBe(2);
    expect(d.connectionLog.map((c) => c.path)).toEqual(["/gateway", "/gateway/resume"]);
    expect(d.connectionLog[1]?.query).toBe("?v=10&encoding=json");
    expect(await d.dispatchInteraction(d.interactions.chatInput({ name: "after" }), { timeoutMs: WAIT })).toMatchObject({ type: 4 });
  }, 15_000);

  it("dropped abruptly (no close frame): the client resumes and nothing dispatched during the outage is lost", async () => {
    const { d } = await withEcho();
    const resumed = d.waitForResume({ timeoutMs: WAIT });
    d.dropSocket();
    const during = Array.from({ length: 5 }, (_, i) => d.interactions.chatInput({ name: `during-${i}` }));
    const answers = during.map((p) => d.dispatchInteraction(p, { timeoutMs: WAIT }));
    await resumed;
    const bodies = await Promise.all(answers);
    expect(bodies.map((b) => (b as { data?: { embeds?: { description?: string }[] } }).data?.embeds?.[0]?.description)).toEqual(
      during.map((p) => p.data.name),
    );
    expect(d.receivedOps(6)).toHaveLength(1);
    expect(d.stats.identifies).toBe(1);
    expect(d.stats.closes[0]?.by).toBe("drop");
  }, 15_000);

  it("a 429 with Retry-After on the callback: discord.js waits and the reply is still delivered", async () => {
    const { d } = await withEcho();
    d.failNextCallbacks(1, 0.3);
    const payload = d.interactions.chatInput({ name: "limited" });
    const t0 = performance.now();
    const body = await d.dispatchInteraction(payload, { timeoutMs: WAIT });
    const elapsed = performance.now() - t0;
    expect(body).toMatchObject({ type: 4, data: { embeds: [{ description: "limited" }] } });
    const attempts = d.interaction(payload.id)!.attempts;
    expect(attempts.map((a) => a.status)).toEqual([429, 204]);
    expect(attempts[0]?.fault).toBe(true);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(d.requestsFor(CALLBACK)).toHaveLength(2);
  }, 10_000);

  it("INVALID_SESSION (not resumable): the client re-identifies with a new session and answers again", async () => {
    const { d } = await withEcho();
    const first = d.receivedOps(2).length;
    const identified = d.waitForIdentify({ timeoutMs: 15_000 });
    d.invalidateSession(false);
    const info = await identified;
    expect(d.receivedOps(2).length).toBe(first + 1);
    expect(d.receivedOps(6)).toHaveLength(0);
    expect(d.stats.identifies).toBe(2);
    expect(info.seq).toBe(1); // a fresh session, READY is its first dispatch
    expect(await d.dispatchInteraction(d.interactions.chatInput({ name: "again" }), { timeoutMs: WAIT })).toMatchObject({ type: 4 });
  }, 25_000);

  it("INVALID_SESSION (resumable) and RECONNECT (op 7): the client resumes its session", async () => {
    const { d } = await withEcho();
    const r1 = d.waitForResume({ count: 1, timeoutMs: WAIT });
    d.invalidateSession(true);
    await r1;
    const r2 = d.waitForResume({ count: 2, timeoutMs: WAIT });
    d.requestReconnect();
    const during = d.interactions.chatInput({ name: "reconnect" });
    const answer = d.dispatchInteraction(during, { timeoutMs: WAIT });
    await r2;
    expect(await answer).toMatchObject({ type: 4 });
    expect(d.stats.identifies).toBe(1);
    expect(d.receivedOps(6)).toHaveLength(2);
  }, 15_000);

  it("an interaction dispatched before the bot connects is held until READY", async () => {
    const d = new DiscordDouble({ heartbeatIntervalMs: 1_000 });
    double = d;
    const { apiBase } = await d.start();
    const early = d.interactions.chatInput({ name: "early" });
    const answer = d.dispatchInteraction(early, { timeoutMs: WAIT });
    const bot = createEchoBot(apiBase, d.token!);
    clients.push(bot.client);
    await bot.start();
    expect(await answer).toMatchObject({ type: 4, data: { embeds: [{ description: "early" }] } });
  }, 10_000);

  it("a wrong token is refused on REST (401) and login fails", async () => {
    const d = new DiscordDouble();
    double = d;
    const { apiBase } = await d.start();
    const bot = createEchoBot(apiBase, "not-the-token");
    clients.push(bot.client);
    await expect(bot.start()).rejects.toThrow(/token/i);
    expect(d.stats.identifies).toBe(0);
  }, 10_000);
});

describe("bench/e2e-lib", () => {
  it("percentile is nearest-rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("runs a small sequential + concurrent benchmark against the echo bot and reports figures", async () => {
    const small = { sequential: 30, concurrent: 60, concurrency: 10, warmup: 5, factory: (api: string, tok: string) => createEchoBot(api, tok) };
    const echo = await runE2EBench({ name: "echo", ...small });
    expect(echo.sequential).toMatchObject({ count: 30, ok: 30, failed: 0 });
    expect(echo.concurrent).toMatchObject({ count: 60, ok: 60, failed: 0 });
    expect(echo.sequential.p99Ms).toBeGreaterThanOrEqual(echo.sequential.p50Ms);
    expect(echo.startToReadyMs).toBeGreaterThan(0);
    expect(echo.unexpectedRequests).toEqual([]);
    const ratios = e2eRatios(echo, echo);
    expect(ratios.sequentialThroughputCost).toBe(1);
    expect(formatE2E([echo], "echo").join("\n")).toMatch(/echo: start-to-ready .* ms/);
  }, 20_000);
});
