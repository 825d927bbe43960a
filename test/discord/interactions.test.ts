import { describe, expect, it } from "vitest";
import { cooldownReply, oneLine, safeError, scrubber, unsupportedReply } from "../../src/discord/interactions.js";
import { expectSendable, isEphemeral } from "../helpers/payload.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbcde.zyxwvutsrqponmlkjihgfedcba0123456789AB";

describe("the cooldown notice", () => {
  it("is ephemeral and pings no one", () => {
    const notice = cooldownReply(4200, 5, 10_000);
    expect(isEphemeral(notice)).toBe(true);
    expectSendable(notice);
  });

  it("says how many commands the window allows and when to try again, rounded up", () => {
    expect(cooldownReply(4200, 5, 10_000).content).toMatch(/5 commands per person every 10 seconds.*in 5 seconds/);
    expect(cooldownReply(10, 1, 1000).content).toMatch(/1 command per person every 1 second\b.*in 1 second\b/);
  });
});

describe("a kind of interaction Casebook does not offer", () => {
  it("gets an ephemeral pointer to /help", () => {
    const reply = unsupportedReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/\/help/);
  });
});

describe("errors made safe to log", () => {
  it("removes the bot token and each of its parts from text", () => {
    const scrub = scrubber([TOKEN]);
    const [id, time] = TOKEN.split(".");
    const censored = `Provided token: ${id}.${time}.${"*".repeat(38)}`;
    expect(scrub(`Bot ${TOKEN}`)).not.toContain(id);
    expect(scrub(censored)).not.toContain(id);
    expect(scrub(censored)).not.toContain(time);
  });

  it("removes interaction tokens from callback and webhook URLs", () => {
    const scrub = scrubber([]);
    expect(scrub("POST /api/v10/interactions/123/aW50ZXJhY3Rpb246c2VjcmV0/callback")).toBe("POST /api/v10/interactions/123/[redacted]/callback");
    expect(scrub("/webhooks/456/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original")).not.toContain("aW50ZXJh");
  });

  it("keeps name, message, code and status of an API error, never its URL or request body", () => {
    const err = Object.assign(new Error("Unknown interaction"), {
      name: "DiscordAPIError[10062]",
      code: 10062,
      status: 404,
      url: "https://discord.com/api/v10/interactions/1/secret-interaction-token/callback",
      requestBody: { json: { content: "hello" } },
    });
    const safe = safeError(err);
    expect(safe).toMatchObject({ type: "DiscordAPIError[10062]", message: "Unknown interaction", code: 10062, status: 404 });
    expect(JSON.stringify(safe)).not.toContain("secret-interaction-token");
    expect(JSON.stringify(safe)).not.toContain("hello");
  });

  it("describes an error on one line for people", () => {
    const err = Object.assign(new Error("Invalid Form Body\noptions[0].name: bad"), { code: 50035 });
    expect(oneLine(err)).toBe("Invalid Form Body; options[0].name: bad (50035)");
    expect(oneLine("plain")).toBe("string: plain");
  });
});
