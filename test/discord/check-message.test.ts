// /check and the message command "Check with Casebook", through run.ts as
// every door calls them: the registry's definition, the reply limits, the
// mention rules, and what a message that makes no claim gets.
import { ApplicationCommandType } from "discord-api-types/v10";
import { ApplicationCommandUpdateRequestSchema } from "discord-api-spec/zod";
import { describe, expect, it } from "vitest";
import { deployBody, definitions, messageCommands } from "../../commands/registry.js";
import { runCommand, runComponent, runMessageCommand } from "../../commands/run.js";
import { fitMessage } from "../../src/reply/fit.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { withinLimits } from "../eval/score.js";
import { core } from "../helpers/core.js";
import { expectSendable, isEphemeral, replyText } from "../helpers/payload.js";

const NAME = "Check with Casebook";
const VERDICT = /^(Supported|Contradicted|Not in the article): /;
const claimFields = (p: MessagePayload) => (p.embeds[0]?.fields ?? []).filter((f) => VERDICT.test(f.name));
const check = (text: string) => runMessageCommand(core(), NAME, text);

/** A message of exactly `length` characters: the sentences over and over. */
function longMessage(length: number, sentences: string[]): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, length);
}

describe("the message command's definition", () => {
  const def = messageCommands.get(NAME)!.definition;

  it("is a message command (type 3) named Check with Casebook, with no description or options", () => {
    expect([...messageCommands.keys()]).toEqual([NAME]);
    expect(def).toMatchObject({ name: NAME, type: ApplicationCommandType.Message });
    expect("description" in def).toBe(false);
    expect("options" in def).toBe(false);
    // Discord: a user or message command's name is 1 to 32 characters, spaces and capitals allowed
    expect(NAME.length).toBeLessThanOrEqual(32);
  });

  it("validates against discord-api-spec's ApplicationCommandUpdateRequestSchema, as registered", () => {
    const registered = deployBody().find((c) => c.name === NAME)!;
    for (const d of [def, registered]) {
      const result = ApplicationCommandUpdateRequestSchema.safeParse(d);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
    expect(registered).toMatchObject({ type: 3, integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it("is deployed after the slash commands, once, and each deployed command validates", () => {
    const body = deployBody();
    expect(body.map((c) => c.name)).toEqual([...definitions().map((d) => d.name), NAME]);
    expect(body.filter((c) => c.type === 3)).toHaveLength(1);
    for (const c of body) {
      const result = ApplicationCommandUpdateRequestSchema.safeParse(c);
      expect(result.success, `${c.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});

describe("Not a claim: nothing to check", () => {
  it.each([
    ["lol"],
    ["good morning"],
    ["what did Qi get?"],
    [""], // an image-only message has no text
    ["   \n  "],
  ])("%j gets a short Nothing to check reply pointing to /ask", (text) => {
    const r = check(text);
    expect(r.outcome).toBe("answered");
    expectSendable(r.reply);
    expect(isEphemeral(r.reply)).toBe(true);
    expect(r.reply.embeds).toHaveLength(1);
    const embed = r.reply.embeds[0]!;
    expect(embed.title).toBe("Nothing to check");
    expect(embed.description).toMatch(/\/ask/);
    expect((embed.description ?? "").length).toBeLessThanOrEqual(300);
    expect(embed.fields ?? []).toEqual([]);
    // nothing to post, so no Post button
    expect(JSON.stringify(r.reply.components ?? [])).not.toContain("checkpost:");
  });

  it("offers the question itself to /ask", () => {
    expect(check("what did Qi get?").reply.embeds[0]!.description).toContain("/ask question:what did Qi get?");
  });
});

describe("/check and the message command: the limits and mention rules every command has", () => {
  it("give the same verdicts for the same claim, the message command privately with a Post in channel button", () => {
    const slash = runCommand(core(), "check", { claim: "Qi got ten years" }).reply;
    const message = check("Qi got ten years").reply;
    expect(message.embeds).toEqual(slash.embeds);
    expect(isEphemeral(message)).toBe(true);
    expect(isEphemeral(slash)).toBe(false);
    expect(message.components?.flatMap((row) => row.components)).toContainEqual(expect.objectContaining({ type: 2, label: "Post in channel" }));
  });

  it("return replies already brought inside Discord's limits (fitMessage changes nothing)", () => {
    for (const reply of [
      runCommand(core(), "check", { claim: "Qi got ten years. Song was jailed. Zhong was fined." }).reply,
      check("Qi got ten years. Song was jailed. Zhong was fined.").reply,
      check("lol").reply,
    ]) {
      expectSendable(reply);
      expect(fitMessage(reply)).toEqual(reply);
    }
  });

  it("answer a 4,000-character message with many claims within Discord's limits, with at most 5 claim fields", () => {
    const text = longMessage(4000, [
      "Qi got ten years in prison.",
      "Song was jailed.",
      "Zhong was fined.",
      "All three went to prison.",
      "Song sold state secrets.",
      "Qi was deprived of political rights for one year.",
    ]);
    expect(text).toHaveLength(4000);
    const r = check(text);
    expect(r.outcome).toBe("answered");
    expectSendable(r.reply);
    expect(withinLimits(r.reply)).toBe(true);
    expect(claimFields(r.reply).length).toBeGreaterThanOrEqual(2);
    expect(claimFields(r.reply).length).toBeLessThanOrEqual(5);
    expect(r.reply.embeds[0]!.title).toMatch(VERDICT);
    // the button's custom id stays within Discord's 100 characters, and posts the same verdicts
    const id = (r.reply.components ?? []).flatMap((row) => row.components as Array<{ custom_id?: string }>).find((b) => b.custom_id?.startsWith("checkpost:"))!.custom_id!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(runComponent(core(), id).reply.embeds).toEqual(r.reply.embeds);
  });

  it("a message of one 4,000-character word, or with no spaces at all, still gets a reply within the limits", () => {
    for (const text of ["Q".repeat(4000), "齐".repeat(4000), `Qi got ${"very ".repeat(790)}long ten years`]) {
      const r = check(text);
      expect(["answered", "invalid"]).toContain(r.outcome);
      expectSendable(r.reply);
    }
  });

  it("ping no one and show no mention, whatever the message says", () => {
    const text = "@everyone @here <@123456789012345678> <@&223456789012345678> Qi got ten years";
    for (const reply of [check(text).reply, runCommand(core(), "check", { claim: text }).reply]) {
      expectSendable(reply);
      const shown = replyText(reply);
      expect(shown).not.toMatch(/<@&?\d+>/);
      expect(shown).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
    }
  });

  it("an unknown message command gets a polite invalid reply", () => {
    const r = runMessageCommand(core(), "Check with Nobody", "Qi got ten years");
    expect(r.outcome).toBe("invalid");
    expectSendable(r.reply);
    expect(isEphemeral(r.reply)).toBe(true);
  });

  it("Post in channel on a message that is not a check, with no stored claim, says the check expired", () => {
    const r = runComponent(core(), "checkpost:nosuchkey", [], { embeds: [{ title: "Case 1 of 3: Qi" }] });
    expect(r.reply.embeds[0]!.description).toMatch(/expired/);
    expect(isEphemeral(r.reply)).toBe(true);
    const odd = runComponent(core(), "checkpost:nosuchkey", [], { embeds: "x" });
    expect(odd.reply.embeds[0]!.description).toMatch(/expired/);
  });
});
