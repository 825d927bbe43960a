import { describe, expect, it } from "vitest";
import { core } from "../helpers/core.js";

// The conduct the cited law covers is typed part by part in data/law.json, so a
// count of its acts, of what is handed over, or of its recipients is read off
// the data, whatever the words.
const lead = (q: string) => core().engine.ask(q).text.split(/(?<=\.)\s/u)[0]!;

describe("counting the conduct the cited law covers", () => {
  it.each([
    ["how many different acts does the quoted law list", /^4 acts: steal, spy on, illegally purchase or provide\./u],
    ["the law bans how many kinds of action", /^4 acts/u],
    ["how many kinds of overseas recipients does the law name", /^3 kinds of recipient: organizations, institutions or individuals\./u],
    ["how many types of info does the law cover", /^2 kinds of thing handed over: state secrets or intelligence\./u],
  ])("%s", (q, expected) => {
    expect(lead(q)).toMatch(expected);
  });

  it("quotes the law it counts from", () => {
    const a = core().engine.ask("how many acts does the law list");
    expect(a.facts.map((f) => f.id)).toContain("law-standard");
  });
});
