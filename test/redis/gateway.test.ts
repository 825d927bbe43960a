// The gateway door with REDIS_URL: the real discord.js client on the Discord
// double counts each user's commands in a real Redis, and keeps answering
// while Redis is down.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { loadCore } from "../../src/core.js";
import { DiscordDouble } from "../double/discord-double.js";
import { bufferLogger, callbackData, freshUser, TOKEN } from "../e2e/helpers.js";
import { eventually, REDIS_SERVER_PRESENT, REDIS_SKIP_REASON, startRedis, type RedisServer } from "../helpers/redis-server.js";

if (!REDIS_SERVER_PRESENT) console.warn(REDIS_SKIP_REASON);

describe.skipIf(!REDIS_SERVER_PRESENT)("the gateway door with REDIS_URL", () => {
  let redis: RedisServer;
  let d: DiscordDouble;
  let bot: Bot;
  const log = bufferLogger("info");

  const command = async (user: { id: string; username: string }) => {
    const body = await d.dispatchInteraction(d.interactions.chatInput({ name: "cases", user }), { timeoutMs: 10_000 });
    return /going a little fast/.test(callbackData(body).content ?? "") ? "cooldown" : "answer";
  };

  beforeAll(async () => {
    redis = await startRedis();
    d = new DiscordDouble({ token: TOKEN });
    await d.start();
    bot = createBot({
      config: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: d.apiBase, COOLDOWN_COMMANDS: 2, REDIS_URL: redis.url, REDIS_TIMEOUT_MS: 2_000 },
      core: loadCore(),
      logger: log.logger,
      readyTimeoutMs: 10_000,
    });
    await bot.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await d?.stop();
    await redis?.stop();
  });

  it("counts each user's commands in Redis: the third within the window gets the cooldown notice", async () => {
    await eventually("the bot counts in Redis", async () => {
      const user = freshUser();
      await command(user);
      return redis.cli("EXISTS", `casebook:cooldown:${user.id}`) === "1";
    });
    const user = freshUser();
    expect([await command(user), await command(user), await command(user)]).toEqual(["answer", "answer", "cooldown"]);
    expect(redis.cli("GET", `casebook:cooldown:${user.id}`)).toBe("3");
  });

  it("answers every command while Redis is down", async () => {
    await redis.stop();
    const user = freshUser();
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await command(user));
    expect(seen).toEqual(["answer", "answer", "answer", "answer"]);
    expect(log.lines().some((l) => l.level === 40 && /shared cooldown unavailable/.test(String(l.msg)))).toBe(true);
  });
});
