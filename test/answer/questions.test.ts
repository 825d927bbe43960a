import { describe, expect, it } from "vitest";
import { splitQuestions } from "../../src/answer/read/questions.js";
import { core } from "../helpers/core.js";

// A message asking two things is two questions; one asking one thing stays whole.
describe("the questions a message asks", () => {
  it.each([
    ["how did qi get the docs out and what was he sentenced to", 2],
    ["宋为什么被处罚？他坐牢了吗？", 2],
    ["1) what law did song violate 2) how long can you normally get under it", 2],
    ["song: job status + what he downloaded?", 2],
    ["did zhong and qi contact the agency", 1],
    ["who contacted the agency and how", 1],
    ["hi? what did qi get", 1],
    ["wait so zhong got caught b4 he met them?? W for the mss", 1],
    ["add up qi's prison time and his political rights deprivation, how long is that altogether", 1],
  ])("%s reads as %i", (message, count) => {
    expect(splitQuestions(message)).toHaveLength(count);
  });
});

describe("a message asking two things gets both answers", () => {
  it.each([
    ["宋为什么被处罚？他坐牢了吗？", [/Counter-Espionage Law/u, /administrative penalties/u, /^No\b|\bNo\./u]],
    ["1) what law did song violate 2) how long can you normally get under it", [/Counter-Espionage Law/u, /5 to 10 years/u]],
    ["song: job status + what he downloaded?", [/unemployed/u, /downloaded publicly available information/u]],
  ] as const)("%s", (message, expected) => {
    const { answer } = core().engine.respond(message);
    expect(answer.status).toBe("answered");
    for (const re of expected) expect(answer.text).toMatch(re);
  });

  it("says a sentence both answers give only once", () => {
    const { answer } = core().engine.respond("how did qi get the docs out and what was he sentenced to");
    expect(answer.text.split("Qi was sentenced to 2 years and 3 months in prison.").length).toBe(2);
  });
});
