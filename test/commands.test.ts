import { describe, expect, it } from "vitest";
import { runLine } from "../commands/line.js";
import { runCommand } from "../commands/run.js";
import { expectSendable, isEphemeral, replyText } from "./helpers/payload.js";
import { core } from "./helpers/core.js";

const run = (line: string) => runLine(core(), line).reply;
const text = (line: string) => replyText(run(line));

describe("/case", () => {
  it.each([
    ["Zhong", /apprehended him before he could meet with foreign agency personnel/],
    ["Qi", /2 years and 3 months/],
    ["Song", /administrative penalties/],
  ])("given %s, shows the case with its outcome and quoted source", (surname, outcome) => {
    const reply = run(`/case surname:${surname}`);
    expectSendable(reply);
    expect(replyText(reply)).toMatch(new RegExp(`Case \\d of 3: ${surname}`));
    expect(replyText(reply)).toMatch(outcome);
    expect(replyText(reply)).toMatch(/^> /m);
  });

  it("given Qi, prints 2 years and 3 months beside the quoted sentence", () => {
    const t = text("/case surname:Qi");
    expect(t).toContain("2 years and 3 months");
    expect(t).toContain("> He was sentenced to two years and three months in prison");
  });

  it.each([
    ["zhonh", "Zhong"], ["Zhnog", "Zhong"], ["Chung", "Zhong"], ["Jung", "Zhong"], ["钟", "Zhong"],
    ["Ch'i", "Qi"], ["Chʻi", "Qi"], ["Ch’i", "Qi"], ["chi", "Qi"], ["齐", "Qi"], ["QI", "Qi"],
    ["Sung", "Song"], ["Soong", "Song"], ["sonng", "Song"], ["宋", "Song"], ["  song  ", "Song"], ["qi", "Qi"],
  ])("given the spelling %s, /case finds %s", (typed, surname) => {
    expect(text(`/case surname:${typed}`)).toMatch(new RegExp(`Case \\d of 3: ${surname}`));
  });

  it.each(["Zhang", "Wang", "Li", "Wu", "Ji", "Smith", "xyzzy"])("given %s, says there is no case under that name and lists the cases", (typed) => {
    const reply = run(`/case surname:${typed}`);
    expect(replyText(reply)).toMatch(/no case under the surname/i);
    expect(replyText(reply)).toMatch(/Zhong, Qi and Song/);
    expect(replyText(reply)).not.toMatch(/(2|two) years/);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.components?.flatMap((r) => r.components)).toHaveLength(3);
  });

  it("given a spelling one letter from two cases, takes the one with its first letter", () => {
    expect(text("/case surname:Shong")).toMatch(/\bSong\b/);
  });

  it("given private:true, replies ephemerally", () => {
    expect(isEphemeral(run("/case surname:Qi private:true"))).toBe(true);
    expect(isEphemeral(run("/case surname:Qi"))).toBe(false);
  });
});

describe("/cases, /law, /about, /help", () => {
  it("/cases lists every case with its outcome and a button to open each in one click", () => {
    const reply = run("/cases");
    expectSendable(reply);
    expect(replyText(reply)).toMatch(/Zhong[\s\S]*apprehended[\s\S]*Qi[\s\S]*2 years and 3 months[\s\S]*Song[\s\S]*administrative penalties/);
    const buttons = reply.components?.flatMap((r) => r.components) ?? [];
    expect(buttons.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual(["case:zhong", "case:qi", "case:song"]);
  });

  it("/law quotes both ranges", () => {
    const t = text("/law");
    expect(t).toMatch(/5 to 10 years/);
    expect(t).toMatch(/life imprisonment/);
    expect(t).toContain("> In especially severe cases, offenders may be sentenced to more than 10 years or even life imprisonment.");
  });

  it("/about names the source and says it reports the article's allegations", () => {
    const t = text("/about");
    expect(t).toMatch(/Ministry of State Security/);
    expect(t).toMatch(/on Monday/);
    expect(t).toMatch(/as the article states them/);
  });

  it("/help lists every command with an example", () => {
    const t = text("/help");
    for (const name of ["case", "cases", "law", "sentence", "ask", "about", "help"]) expect(t).toContain(`/${name}`);
  });
});

describe("/sentence", () => {
  it.each([
    ["years:2 months:3", /below/],
    ["months:27", /2 years and 3 months is below/],
    ["years:5", /within/],
    ["years:7 months:0", /within/],
    ["years:10", /within/],
    ["years:10 months:1", /above[\s\S]*especially severe/],
    ["years:25", /above[\s\S]*life imprisonment/],
  ])("given %s, places the term against the cited ranges", (opts, expected) => {
    expect(text(`/sentence ${opts}`)).toMatch(expected);
  });

  it.each([
    ["Qi", /2 years and 3 months[\s\S]*below the range of 5 to 10 years/],
    ["Song", /administrative penalties[\s\S]*no prison term to compare/],
    ["Zhong", /does not say whether Zhong was sentenced[\s\S]*no prison term to compare/],
  ])("given case:%s, compares its reported penalty", (name, expected) => {
    expect(text(`/sentence case:${name}`)).toMatch(expected);
  });

  it.each([
    ["", /Give a case/],
    ["years:-1", /`years` must be a whole number from 0 to 100/],
    ["years:101", /`years` must be a whole number from 0 to 100/],
    ["years:2.5", /`years` must be a whole number/],
    ["years:seven", /`years` must be a whole number/],
    ["years:0 months:0", /zero months/],
    ["case:Qi years:3", /either a case or a prison term/],
  ])("given bad options %j, replies with an ephemeral explanation", (opts, expected) => {
    const reply = run(`/sentence ${opts}`);
    expect(replyText(reply)).toMatch(expected);
    expect(isEphemeral(reply)).toBe(true);
  });
});

describe("/ask", () => {
  it("shows the question, then the direct answer in one bold line, then the quote once; no Case field", () => {
    const reply = run("/ask question:What sentence did Qi receive?");
    const embed = reply.embeds[0]!;
    expect(embed.author?.name).toBe("Asked: What sentence did Qi receive?");
    expect(embed.description).toMatch(/^\*\*Qi was sentenced to 2 years and 3 months in prison\.\*\*\n/);
    expect(embed.fields?.map((f) => f.value)).toEqual([expect.stringMatching(/^> He was sentenced to two years and three months/)]);
    expect(embed.fields?.map((f) => f.name)).not.toContain("Case");
  });

  it("carries Source, the article's link, a button to open the case and Ask another", () => {
    const row = run("/ask question:Why did Song contact the agency?").components?.[0];
    expect(row?.components.map((c) => ("label" in c ? c.label : ""))).toEqual(["Source", "Read on China Daily", "Open Song", "Ask another"]);
  });
});

describe("every command's reply", () => {
  const lines = [
    "/case surname:Zhong", "/case surname:Qi", "/case surname:Song", "/case surname:Nobody", "/cases", "/law",
    "/sentence case:Qi", "/sentence years:7", "/ask question:Who is Song?", "/ask question:What is the capital of France?",
    "/about", "/help", "/nope", "not a command",
  ];
  it.each(lines)("%s stays inside Discord's limits with mentions off", (line) => expectSendable(run(line)));
});

describe("errors at the door", () => {
  it("an unknown command gets a clear ephemeral reply", () => {
    const r = runCommand(core(), "nope", {});
    expect(r.outcome).toBe("invalid");
    expect(replyText(r.reply)).toMatch(/no command \/nope/);
    expect(isEphemeral(r.reply)).toBe(true);
  });

  it("an unknown option is named", () => {
    expect(text("/case name:Qi")).toMatch(/\/case has no option `name`/);
  });

  it("a missing required option is named", () => {
    expect(replyText(runCommand(core(), "ask", {}).reply)).toMatch(/\/ask needs the option `question`/);
  });

  it("a question over max_length is refused politely", () => {
    expect(replyText(runCommand(core(), "ask", { question: "x".repeat(501) }).reply)).toMatch(/`question` can be at most 500 characters/);
  });
});
