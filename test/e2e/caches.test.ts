// Memory that stays flat: the gateway client keeps nothing per person. Many
// interactions, each from a new user in a guild the client has cached, leave
// its user and member caches holding the bot alone (discord.js's defaults keep
// every one of them for ever).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { loadCore } from "../../src/core.js";
import { DiscordDouble } from "../double/discord-double.js";
import { bufferLogger, eventually, freshUser, TOKEN } from "./helpers.js";

describe("the gateway client's caches", () => {
  let d: DiscordDouble;
  let bot: Bot;

  beforeAll(async () => {
    d = new DiscordDouble({ token: TOKEN });
    await d.start();
    bot = createBot({
      config: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: d.apiBase, COOLDOWN_COMMANDS: 1000 },
      core: loadCore(),
      logger: bufferLogger("warn").logger,
      readyTimeoutMs: 10_000,
    });
    await bot.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await d?.stop();
  });

  it("hold only the bot after 200 interactions from 200 different people", async () => {
    const guildId = String(d.interactions.chatInput({ name: "cases" }).guild_id);
    const self = bot.client.user!;
    // the guild as Discord announces it after READY, with the bot among its members
    d.dispatch("GUILD_CREATE", {
      id: guildId, name: "test guild", icon: null, owner_id: freshUser().id, unavailable: false, member_count: 2,
      roles: [], emojis: [], stickers: [], channels: [], threads: [], presences: [], voice_states: [], features: [],
      members: [{ user: { id: self.id, username: self.username, discriminator: "0" }, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false }],
    });
    await eventually(() => bot.client.guilds.cache.get(guildId), 5_000, "the guild is cached");

    for (let i = 0; i < 200; i++) {
      const body = await d.dispatchInteraction(d.interactions.chatInput({ name: "cases", user: freshUser() }));
      expect(body.type).toBe(4);
    }
    expect([...bot.client.users.cache.keys()]).toEqual([self.id]);
    expect([...bot.client.guilds.cache.get(guildId)!.members.cache.keys()]).toEqual([self.id]);
  });
});
