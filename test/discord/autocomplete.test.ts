import { describe, expect, it } from "vitest";
import { runAutocomplete, runCommand } from "../../commands/run.js";
import { core } from "../helpers/core.js";
import { replyText } from "../helpers/payload.js";

const suggest = (value: string, command = "case", name = command === "case" ? "surname" : "case") =>
  runAutocomplete(core(), command, { name, value });
const values = (value: string, command?: string) => suggest(value, command).reply.map((c) => c.value);

const inputs = ["", "Q", "qi", "S", "So", "Zh", "Chung", "Sung", "钟", "Ch'i", "xyzzy", "@everyone", "<@&1>", "x".repeat(6000), "\u200b", "**", "🙂".repeat(80)];

describe("autocomplete for a case", () => {
  it("answers empty input with every case, in the article's order", () => {
    expect(values("")).toEqual(["Zhong", "Qi", "Song"]);
  });

  it.each([
    ["Qi", "Qi"],
    ["Song", "Song"],
    ["zhong", "Zhong"],
  ])("puts the exact match %s first", (typed, first) => {
    expect(values(typed)[0]).toBe(first);
  });

  it.each([
    ["Q", "Qi"],
    ["S", "Song"],
    ["Zh", "Zhong"],
  ])("puts a prefix match first: %s -> %s", (typed, first) => {
    expect(values(typed)[0]).toBe(first);
  });

  it.each([
    ["Chung", "Zhong"],
    ["Sung", "Song"],
    ["Ch'i", "Qi"],
    ["钟", "Zhong"],
    ["宋", "Song"],
    ["Zhnog", "Zhong"],
  ])("finds romanised, character and misspelt names: %s -> %s", (typed, first) => {
    expect(values(typed)[0]).toBe(first);
  });

  it.each(inputs.map((v) => [v.slice(0, 12), v]))("stays within Discord's limits for %j: at most 25 choices, names and values 1 to 100 characters", (_label, typed) => {
    const { reply, outcome } = suggest(typed);
    expect(outcome).toBe("answered");
    expect(reply.length).toBeLessThanOrEqual(25);
    for (const c of reply) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeGreaterThanOrEqual(1);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("suggests only values that /case then opens", () => {
    for (const value of values("")) {
      const result = runCommand(core(), "case", { surname: value });
      expect(result.outcome).toBe("answered");
      expect(replyText(result.reply)).toContain(`: ${value}`);
    }
  });

  it("suggests the same cases for /sentence case as for /case surname", () => {
    for (const typed of ["", "Q", "Sung", "钟"]) expect(values(typed, "sentence")).toEqual(values(typed));
  });

  it("suggests nothing for an option without autocomplete", () => {
    expect(runAutocomplete(core(), "sentence", { name: "years", value: "7" }).reply).toEqual([]);
  });

  it("answers an unknown command with no choices instead of throwing", () => {
    expect(runAutocomplete(core(), "nope", { name: "x", value: "y" })).toMatchObject({ reply: [], outcome: "invalid" });
  });

  it("answers a burst of keystrokes far inside Discord's 3 second window", () => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) suggest(inputs[i % inputs.length]!);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
