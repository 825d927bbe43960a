import { describe, expect, it } from "vitest";
import { cooldownReply, oneLine, replyOptions, safeError, scrubber, unsupportedReply } from "../../src/discord/interactions.js";
import { runCommand } from "../../commands/run.js";
import { core } from "../helpers/core.js";
import { expectSendable, isEphemeral } from "../helpers/payload.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbcde.zyxwvutsrqponmlkjihgfedcba0123456789AB";

describe("replies sent through discord.js", () => {
  it("passes a handler's embeds, components and flags through unchanged", () => {
    const payload = runCommand(core(), "cases", {}).reply;
    const options = replyOptions({ ...payload, flags: 64 });
    // handed over JSON-encodable, so discord.js sends exactly these objects
    const json = (xs: unknown) => (xs as Array<{ toJSON(): unknown }>).map((x) => x.toJSON());
    expect(json(options.embeds)).toEqual(payload.embeds);
    expect(json(options.components)).toEqual(payload.components);
    expect(options.flags).toBe(64);
  });

  it("never allows mentions, whatever the payload", () => {
    const payload = { ...runCommand(core(), "law", {}).reply, allowed_mentions: { parse: ["everyone"] } } as never;
    expect(replyOptions(payload).allowedMentions).toEqual({ parse: [] });
  });

  it("sends content only when the payload has some", () => {
    expect("content" in replyOptions(runCommand(core(), "law", {}).reply)).toBe(false);
    expect(replyOptions(cooldownReply(1000, 5, 10_000)).content).toMatch(/try again/);
  });

  it("hands a reply's files to discord.js by name and bytes, and sends none when there are none", () => {
    const reply = runCommand(core(), "sentence", { case: "Qi" }).reply;
    expect(replyOptions(reply).files).toEqual([{ attachment: reply.files![0]!.data, name: "gauge-qi-27m.png", description: reply.files![0]!.description }]);
    expect("files" in replyOptions(runCommand(core(), "case", { surname: "Qi" }).reply)).toBe(false);
  });
});

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
