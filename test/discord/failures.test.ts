// The one line an operator reads when the bot cannot run, and the exit code a
// supervisor reads: a table per kind of failure.
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { deployHint } from "../../src/discord/deploy.js";
import { connectFailure, fatalClose } from "../../src/discord/failures.js";
import { EXIT } from "../../src/exit-codes.js";

const apiError = (status: number, code: number, message: string, url = "http://127.0.0.1:8081/api/v10/gateway/bot") =>
  new DiscordAPIError({ message, code }, code, status, "GET", url, { body: undefined, files: undefined });
const none = (t: string) => t;

describe("a gateway close discord.js gives up on", () => {
  it.each([
    [4004, EXIT.rejected, /DISCORD_TOKEN .*Reset Token/],
    [4014, EXIT.rejected, /Privileged Gateway Intents/],
    [4013, EXIT.rejected, /invalid intents/],
    [4010, EXIT.rejected, /SHARD_COUNT and SHARDS/],
    [4011, EXIT.rejected, /npm run start:sharded/],
    [4012, EXIT.rejected, /DISCORD_API_BASE/],
  ])("close %i exits %i with a line saying what to do", (code, exit, line) => {
    const failure = fatalClose(code);
    expect(failure?.code).toBe(exit);
    expect(failure?.line).toMatch(line);
    expect(failure?.line).not.toContain("\n");
  });

  it.each([1000, 4000, 4007, 4009])("close %i is not fatal (discord.js reconnects or resumes)", (code) => {
    expect(fatalClose(code)).toBeUndefined();
  });
});

describe("a connection that cannot be made", () => {
  it.each([
    ["a 401", apiError(401, 0, "401: Unauthorized"), "http://127.0.0.1:8081/api", EXIT.rejected, /DISCORD_TOKEN/],
    ["discord.js's TokenInvalid", Object.assign(new Error("An invalid token was provided."), { code: "TokenInvalid" }), undefined, EXIT.rejected, /DISCORD_TOKEN/],
    ["a 404 from a custom base", apiError(404, 0, "404: Not Found", "http://127.0.0.1:8081/v10/gateway/bot"), "http://127.0.0.1:8081", EXIT.config, /DISCORD_API_BASE answered 404 for http:\/\/127\.0\.0\.1:8081\/v10\/gateway\/bot: the base is probably wrong/],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), "http://127.0.0.1:9/api", EXIT.unavailable, /tried http:\/\/127\.0\.0\.1:9\/api\/v10\/gateway\/bot for 2\.5 s\. Check the network and DISCORD_API_BASE \(http:\/\/127\.0\.0\.1:9\/api\)/],
    ["a timeout against Discord itself", Object.assign(new Error("This operation was aborted"), { name: "AbortError" }), undefined, EXIT.unavailable, /tried https:\/\/discord\.com\/api\/v10\/gateway\/bot for 2\.5 s\. Check the network and Discord's API \(DISCORD_API_BASE is unset\)/],
  ])("%s", (_what, err, base, exit, line) => {
    const failure = connectFailure(err, base, 2500, none);
    expect(failure.code).toBe(exit);
    expect(failure.line).toMatch(line);
  });
});

describe("deploy-commands names the setting to check", () => {
  it.each([
    ["a 401", apiError(401, 0, "401: Unauthorized"), undefined, /DISCORD_TOKEN/],
    ["Discord's Unknown Application", apiError(404, 10002, "Unknown Application"), undefined, /DISCORD_APPLICATION_ID/],
    ["a bare 404 from a custom base", apiError(404, 0, "404: Not Found"), "http://127.0.0.1:8081", /DISCORD_API_BASE \(http:\/\/127\.0\.0\.1:8081\) has no such route: the base is probably wrong/],
    ["no answer at all", new Error("fetch failed"), "http://127.0.0.1:9/api", /Check the network and DISCORD_API_BASE/],
  ])("%s", (_what, err, base, hint) => {
    expect(deployHint(err, base)).toMatch(hint);
  });

  it("a bare 404 from a custom base does not blame DISCORD_APPLICATION_ID", () => {
    expect(deployHint(apiError(404, 0, "404: Not Found"), "http://127.0.0.1:8081")).not.toMatch(/DISCORD_APPLICATION_ID/);
  });
});
