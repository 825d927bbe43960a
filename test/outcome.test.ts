// The outcome every door logs: an operator tells answers from misses by it.
import { describe, expect, it } from "vitest";
import { answerOutcome } from "../commands/outcome.js";
import { runCommand } from "../commands/run.js";
import { loadCore } from "../src/core.js";
import { core } from "./helpers/core.js";

describe("a command's outcome", () => {
  it.each([
    ["ask", { question: "What sentence did Qi receive?" }, "answered"],
    ["ask", { question: "What is the weather in Paris tomorrow?" }, "not-covered"],
    ["case", { surname: "Qi" }, "answered"],
    ["case", { surname: "Zhang" }, "no-such-case"],
    ["case", {}, "invalid"],
    ["law", {}, "answered"],
    ["nope", {}, "invalid"],
  ] as const)("/%s %j is %s", (name, options, outcome) => {
    expect(runCommand(core(), name, options).outcome).toBe(outcome);
  });

  it("is the same when the reply comes from the cache", () => {
    const cached = loadCore();
    const first = runCommand(cached, "case", { surname: "Nobody" });
    const again = runCommand(cached, "case", { surname: "Nobody" });
    expect(again.reply).toBe(first.reply);
    expect([first.outcome, again.outcome]).toEqual(["no-such-case", "no-such-case"]);
  });

  it.each([
    ["answered", "answered"],
    ["not-covered", "not-covered"],
    ["no-such-case", "no-such-case"],
    ["ambiguous", "answered"],
  ])("the engine's %s status is logged as %s", (status, outcome) => {
    expect(answerOutcome(status)).toBe(outcome);
  });
});
