// "Check with Casebook" end to end: the real discord.js client (createBot)
// against the Discord double. The message command is registered the way
// `npm run deploy-commands` registers it, arrives as a MESSAGE command
// interaction (type 2, data.type 3, data.target_id, data.resolved.messages),
// and its "Post in channel" button is clicked as a component interaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/discord/bot.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { loadCore } from "../../src/core.js";
import { withinLimits } from "../eval/score.js";
import { DiscordDouble, type InteractionCallbackBody } from "../double/discord-double.js";
import { TOKEN, bufferLogger, callbackComponents, callbackData, eventually, expectValidCallback, freshUser, isEphemeral } from "./helpers.js";

const WAIT = 8_000;
const NAME = "Check with Casebook";
const VERDICT = /^(Supported|Contradicted|Not in the article)\b/;

async function startCasebook(config: { COOLDOWN_COMMANDS?: number; COOLDOWN_WINDOW_SECONDS?: number } = {}) {
  const d = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 1_000 });
  await d.start();
  await deployCommands({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: d.applicationId, DISCORD_API_BASE: d.apiBase }, { timeoutMs: 5_000 });
  const log = bufferLogger("info");
  const core = loadCore(undefined, { replyCacheSize: 0 });
  const bot = createBot({
    config: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: d.apiBase, ...config },
    core,
    logger: log.logger,
    readyTimeoutMs: 10_000,
  });
  await bot.start();
  return { d, bot, log, core };
}

type Casebook = Awaited<ReturnType<typeof startCasebook>>;

const embedOf = (body: InteractionCallbackBody) => callbackData(body).embeds?.[0] ?? {};
const fieldsOf = (body: InteractionCallbackBody) => embedOf(body).fields ?? [];
/** The fields that give one claim's verdict (the others quote the article). */
const claimFields = (body: InteractionCallbackBody) => fieldsOf(body).filter((f) => VERDICT.test(f.name));
const quotes = (body: InteractionCallbackBody) => fieldsOf(body).filter((f) => f.value.startsWith("> ")).map((f) => f.value.slice(2));

describe("Check with Casebook, through the gateway", () => {
  let cb: Casebook;
  beforeAll(async () => {
    cb = await startCasebook();
  }, 30_000);
  afterAll(async () => {
    await cb.bot.stop();
    await cb.d.stop();
  });

  it("is registered by deploy-commands as a message command (type 3), beside the slash commands", () => {
    const registered = cb.d.registeredCommands.global;
    const message = registered.filter((c) => c.type === 3);
    expect(message.map((c) => c.name)).toEqual([NAME]);
    expect(message[0]!.description).toBe("");
    expect(message[0]!.options).toBeUndefined();
    expect(registered.filter((c) => c.type === 1).map((c) => c.name)).toEqual(expect.arrayContaining(["check", "ask", "case"]));
    // the interaction the double builds carries the registered command's id
    const interaction = cb.d.interactions.messageCommand({ name: NAME, target: { content: "x" } });
    expect(interaction.data.id).toBe(message[0]!.id);
  });

  it("answers privately with the verdicts and the article's words, and its button posts them in the channel", async () => {
    const { d } = cb;
    const user = freshUser();
    const interaction = d.interactions.messageCommand({
      name: NAME,
      user,
      target: { content: "Qi got ten years in prison. Song was jailed." },
    });
    const body = await d.dispatchInteraction(interaction, { timeoutMs: WAIT });
    expectValidCallback(body);
    expect(body.type).toBe(4);
    expect(isEphemeral(body)).toBe(true);
    expect(callbackData(body).allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(body).title).toMatch(/^Contradicted/);
    // one field per claim, each beginning with its verdict word
    const claims = claimFields(body);
    expect(claims).toHaveLength(2);
    expect(claims[0]!.name).toMatch(/^Contradicted: Qi got ten years/);
    expect(claims[1]!.name).toMatch(/^(Supported|Contradicted|Not in the article): Song was jailed/);
    // what the article does say, quoted at length
    expect(embedOf(body).description).toMatch(/2 years and 3 months/);
    expect(quotes(body).some((q) => q.length >= 40)).toBe(true);
    const button = callbackComponents(body).find((c) => c.label === "Post in channel");
    expect(button).toMatchObject({ type: 2, custom_id: expect.stringMatching(/^checkpost:/) });

    // the button sits on the ephemeral reply; clicking it answers in the channel, for everyone
    const original = d.interaction(interaction.id)!.original!;
    const click = d.interactions.button({
      customId: button!.custom_id as string,
      user,
      message: { ...(original as object), flags: 64 as never },
    });
    const posted = await d.dispatchInteraction(click, { timeoutMs: WAIT });
    expectValidCallback(posted);
    expect(posted.type).toBe(4);
    expect(isEphemeral(posted)).toBe(false);
    expect(callbackData(posted).allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(posted).title).toBe(embedOf(body).title);
    expect(claimFields(posted).map((f) => f.name)).toEqual(claims.map((f) => f.name));
    expect(callbackComponents(posted).find((c) => c.label === "Post in channel")).toBeUndefined();
    expect(d.unexpectedRequests()).toEqual([]);
  });

  it("posts the verdicts even when this process no longer holds the check (a restart): they come from the button's message", async () => {
    const { d, core } = cb;
    const user = freshUser();
    const interaction = d.interactions.messageCommand({ name: NAME, user, target: { content: "Zhong got five years. Song was fined." } });
    const body = await d.dispatchInteraction(interaction, { timeoutMs: WAIT });
    const button = callbackComponents(body).find((c) => c.label === "Post in channel")!;
    core.claims.clear();
    const original = d.interaction(interaction.id)!.original!;
    const posted = await d.dispatchInteraction(
      d.interactions.button({ customId: button.custom_id as string, user, message: { ...(original as object), flags: 64 as never } }),
      { timeoutMs: WAIT },
    );
    expectValidCallback(posted);
    expect(isEphemeral(posted)).toBe(false);
    expect(callbackData(posted).allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(posted).title).toBe(embedOf(body).title);
    expect(embedOf(posted).title).toMatch(VERDICT);
    expect(fieldsOf(posted)).toEqual(fieldsOf(body));
    expect(callbackComponents(posted)).toEqual([]);
  });

  it("on an image-only message (no text) says there is nothing to check", async () => {
    const body = await cb.d.dispatchInteraction(
      cb.d.interactions.messageCommand({
        name: NAME,
        user: freshUser(),
        target: {
          content: "",
          attachments: [{ id: "1300000000000000001", filename: "cat.png", size: 1024, url: "https://cdn.example/cat.png", proxy_url: "https://cdn.example/cat.png" }],
        },
      }),
      { timeoutMs: WAIT },
    );
    expectValidCallback(body);
    expect(isEphemeral(body)).toBe(true);
    expect(embedOf(body).title).toBe("Nothing to check");
    expect(embedOf(body).description).toMatch(/\/ask/);
  });

  it("keeps a 4,000-character message with many claims inside Discord's limits, with at most 5 claim fields", async () => {
    const sentences = ["Qi got ten years in prison.", "Song was jailed.", "Zhong was fined.", "All three went to prison.", "Song sold state secrets."];
    let text = "";
    for (let i = 0; text.length < 4000; i++) text += `${sentences[i % sentences.length]} `;
    text = text.slice(0, 4000);
    const body = await cb.d.dispatchInteraction(cb.d.interactions.messageCommand({ name: NAME, user: freshUser(), target: { content: text } }), {
      timeoutMs: WAIT,
    });
    expectValidCallback(body);
    expect(withinLimits(callbackData(body))).toBe(true);
    expect(claimFields(body).length).toBeGreaterThanOrEqual(2);
    expect(claimFields(body).length).toBeLessThanOrEqual(5);
    expect(embedOf(body).title).toMatch(VERDICT);
  });

  it("pings no one whatever the message says", async () => {
    const body = await cb.d.dispatchInteraction(
      cb.d.interactions.messageCommand({ name: NAME, user: freshUser(), target: { content: "@everyone <@123456789012345678> Qi got ten years" } }),
      { timeoutMs: WAIT },
    );
    expectValidCallback(body);
    expect(callbackData(body).allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(callbackData(body).embeds)).not.toMatch(/@everyone|<@\d+>/);
  });
});

describe("Check with Casebook, through the gateway: the cooldown every command has", () => {
  let cb: Casebook;
  beforeAll(async () => {
    cb = await startCasebook({ COOLDOWN_COMMANDS: 2, COOLDOWN_WINDOW_SECONDS: 60 });
  }, 30_000);
  afterAll(async () => {
    await cb.bot.stop();
    await cb.d.stop();
  });

  it("counts /check and the message command together, and answers a user over the limit with the cooldown notice", async () => {
    const { d } = cb;
    const user = freshUser();
    const check = await d.dispatchInteraction(
      d.interactions.chatInput({ name: "check", user, options: [{ name: "claim", type: 3, value: "Qi got ten years" }] }),
      { timeoutMs: WAIT },
    );
    expect(embedOf(check).title).toMatch(/^Contradicted/);
    const first = await d.dispatchInteraction(d.interactions.messageCommand({ name: NAME, user, target: { content: "Qi got ten years" } }), { timeoutMs: WAIT });
    expect(embedOf(first).title).toMatch(/^Contradicted/);
    const over = await d.dispatchInteraction(d.interactions.messageCommand({ name: NAME, user, target: { content: "Qi got ten years" } }), { timeoutMs: WAIT });
    expectValidCallback(over);
    expect(isEphemeral(over)).toBe(true);
    expect(callbackData(over).content).toMatch(/going a little fast/);
    expect(callbackData(over).allowed_mentions).toEqual({ parse: [] });
    // another user is not held back
    const other = await d.dispatchInteraction(d.interactions.messageCommand({ name: NAME, user: freshUser(), target: { content: "Qi got ten years" } }), {
      timeoutMs: WAIT,
    });
    expect(embedOf(other).title).toMatch(/^Contradicted/);
    // each line is written once its reply is sent
    const lines = await eventually(() => {
      const l = cb.log.lines().filter((x) => x.msg === "interaction" && x.command === NAME);
      return l.length === 3 ? l : undefined;
    }, WAIT, "three log lines");
    expect(lines.map((l) => l.outcome)).toEqual(["answered", "cooldown", "answered"]);
    expect(lines.map((l) => l.kind)).toEqual(["command", "command", "command"]);
  });
});
