// The /ask reply (issue 12): the question shown, the answer first in one bold
// line, each quote once, the Source and article buttons, "Ask another" and its
// modal, and the gauge on answers about a prison term.
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { runCommand, runComponent, runModalSubmit } from "../commands/run.js";
import { payloadJson } from "../src/reply/attachments.js";
import { answerReply, askModal, askedLine, splitLead } from "../src/reply/ask-reply.js";
import { checkReply } from "../src/reply/check-reply.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { callbackProblems, embedProblems } from "./double/spec.js";
import { core } from "./helpers/core.js";
import { expectSendable, isEphemeral } from "./helpers/payload.js";

const ask = (question: string, extra: Record<string, unknown> = {}) => runCommand(core(), "ask", { question, ...extra }).reply;
const labels = (p: MessagePayload) => (p.components ?? []).flatMap((r) => r.components).map((c) => ("label" in c ? c.label : ""));
const ids = (p: MessagePayload) => (p.components ?? []).flatMap((r) => r.components).map((c) => ("custom_id" in c ? c.custom_id : ""));

const QUESTIONS = [
  "How long was Qi jailed?",
  "What sentence did Qi receive?",
  "Why did Song contact the agency?",
  "Who is Zhong?",
  "Did Qi get ten years?",
  "Who got the longest sentence?",
  "What is the capital of France?",
  "What sentence did Wu receive?",
  "What does the law say about especially severe cases?",
];

describe("splitLead", () => {
  it("takes the first sentence, and the next one after a bare Yes or No; nothing is lost", () => {
    expect(splitLead("Qi was sentenced. He lost his rights.")).toEqual({ lead: "Qi was sentenced.", rest: "He lost his rights." });
    expect(splitLead("No. Qi got 2 years. Not 10.")).toEqual({ lead: "No. Qi got 2 years.", rest: "Not 10." });
    expect(splitLead("It is 2.5 years in all. More.")).toEqual({ lead: "It is 2.5 years in all.", rest: "More." });
    expect(splitLead("One line\nand another.")).toEqual({ lead: "One line", rest: "and another." });
    expect(splitLead("Only one sentence")).toEqual({ lead: "Only one sentence", rest: "" });
  });
});

describe("/ask reply", () => {
  it.each(QUESTIONS)("%s: the question above, the answer first in one bold line, answer.text kept, within limits and the spec", (q) => {
    const p = ask(q);
    const e = p.embeds[0]!;
    expect(e.author?.name).toBe(`Asked: ${q}`);
    const [first, ...rest] = (e.description ?? "").split("\n");
    expect(first).toMatch(/^\*\*[^*\n]+\*\*$/);
    const answer = core().engine.ask(q);
    // every word of the engine's answer is in the description (the tables score it)
    expect((e.description ?? "").replace(/\*\*/g, "").replace(/\n/g, " ")).toBe(answer.text.replace(/\n/g, " "));
    expect(rest.join("\n")).not.toContain("**");
    expectSendable(p);
    expect(callbackProblems({ type: 4, data: payloadJson(p) })).toEqual([]);
    expect(embedProblems(e)).toEqual([]);
    expect(e.footer?.text).toBe("China Daily, 17 Dec 2024 · /about");
  });

  it.each(QUESTIONS)("%s: each quote once, under a short lead-in that is not the quote; no Case field", (q) => {
    const fields = ask(q).embeds[0]!.fields ?? [];
    const values = fields.map((f) => f.value);
    expect(new Set(values).size).toBe(values.length);
    for (const f of fields) {
      expect(f.value).toMatch(/^> /);
      expect(f.name.length).toBeLessThanOrEqual(40);
      expect(f.value).not.toContain(f.name);
      expect(f.name).not.toMatch(/^Cases?$/);
    }
  });

  it("buttons: Source and the article link together, Open per case, Ask another; the article link on every /ask reply", () => {
    expect(labels(ask("Why did Song contact the agency?"))).toEqual(["Source", "Read on China Daily", "Open Song", "Ask another"]);
    expect(labels(ask("What is the capital of France?"))).toEqual(["Read on China Daily", "Ask another"]);
    // three cases: Source, link and Ask another in one row, the cases in the next
    const all = ask("Who got the longest sentence?");
    expect(all.components?.map((r) => r.components.length)).toEqual([3, 3]);
    expect(labels(all)).toEqual(["Source", "Read on China Daily", "Ask another", "Open Zhong", "Open Qi", "Open Song"]);
    for (const q of QUESTIONS) {
      const p = ask(q);
      const link = p.components?.flatMap((r) => r.components).find((c) => c.type === ComponentType.Button && c.style === ButtonStyle.Link);
      expect(link && "url" in link ? link.url : undefined, q).toBe(core().data.article.publication.url);
      expect(ids(p)).toContain("askmore");
    }
  });

  it("a private /ask gets a private Ask another (askmore:p)", () => {
    const p = ask("Who is Song?", { private: true });
    expect(isEphemeral(p)).toBe(true);
    expect(ids(p)).toContain("askmore:p");
  });

  it("the question shown is cut at a word inside the author limit; mentions are not echoed and ping no one", () => {
    const long = `${"why did Song contact the agency and ".repeat(13)}?`.slice(0, 500);
    const p = ask(long);
    expect(p.embeds[0]!.author!.name.length).toBeLessThanOrEqual(256);
    expect(p.embeds[0]!.author!.name).toMatch(/…$/);
    expect(askedLine("  a\n\nb  ")).toBe("Asked: a b");
    const pinged = ask("@everyone <@123456789012345678> who is Qi");
    expect(pinged.embeds[0]!.author!.name).not.toMatch(/@everyone|<@/);
    expect(pinged.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers about a prison term carry the gauge, marked for the case; other answers do not", () => {
    for (const q of ["How long was Qi jailed?", "Did Qi get ten years?", "What sentence did Qi receive?"]) {
      const p = ask(q);
      expect(p.files?.map((f) => f.name), q).toEqual(["gauge-qi-27m.png"]);
      expect(p.embeds[0]!.image?.url).toBe("attachment://gauge-qi-27m.png");
    }
    // a sentence question about a case with no prison term: the ranges, unmarked
    expect(ask("How long was Zhong jailed?").files?.map((f) => f.name)).toEqual(["gauge-ranges.png"]);
    for (const q of ["Why did Song contact the agency?", "What is the capital of France?", "What sentence did Wu receive?"]) {
      expect(ask(q).files ?? [], q).toEqual([]);
    }
  });

  it("answerReply is pure: no question, no author; no gauge unless asked", () => {
    const a = core().engine.ask("How long was Qi jailed?");
    const p = answerReply(a, core().data);
    expect(p.embeds[0]!.author).toBeUndefined();
    expect(p.files).toBeUndefined();
    expect(answerReply(a, core().data, { gauge: true }).files).toHaveLength(1);
  });
});

describe("Ask another", () => {
  it("the button answers with a modal: one text input, up to 500 characters, valid by Discord's spec", () => {
    const r = runComponent(core(), "askmore");
    expect(r.modal).toEqual(askModal());
    expect(callbackProblems({ type: 9, data: r.modal })).toEqual([]);
    const inputs = r.modal!.components.flatMap((row) => ("components" in row ? row.components : []));
    expect(inputs).toEqual([expect.objectContaining({ type: ComponentType.TextInput, custom_id: "question", max_length: 500, required: true })]);
    // a door that cannot show a form (the CLI) shows a short ephemeral pointer instead
    expect(r.reply.content).toMatch(/\/ask question:/);
    expect(isEphemeral(r.reply)).toBe(true);
    expect(runComponent(core(), "askmore:p").modal?.custom_id).toBe("askbox:p");
  });

  it("the submitted modal is answered as /ask with what was typed", () => {
    const r = runModalSubmit(core(), "askbox", { question: "Why did Song contact the agency?" });
    expect(r.outcome).toBe("answered");
    expect(r.reply).toEqual(ask("Why did Song contact the agency?"));
    expect(isEphemeral(runModalSubmit(core(), "askbox:p", { question: "Who is Song?" }).reply)).toBe(true);
  });

  it("an empty, missing or over-long question, or an unknown form, gets a polite ephemeral reply", () => {
    for (const [id, fields] of [
      ["askbox", { question: "" }],
      ["askbox", {}],
      ["askbox", { question: "x".repeat(501) }],
      ["askbox", null],
      ["other", { question: "Who is Qi?" }],
    ] as const) {
      const r = runModalSubmit(core(), id, fields);
      expect(r.outcome, JSON.stringify([id, fields])).toBe("invalid");
      expect(isEphemeral(r.reply)).toBe(true);
      expectSendable(r.reply);
    }
  });
});

describe("/check reply", () => {
  const check = (claim: string) => runCommand(core(), "check", { claim }).reply;

  it("opens with the verdict and what the article says in one bold line, quotes once, Source and the article link", () => {
    const p = check("Qi got ten years in prison");
    const e = p.embeds[0]!;
    expect(e.description?.split("\n")[0]).toBe("**Contradicted: Qi was sentenced to 2 years and 3 months in prison.**");
    expect(e.fields?.map((f) => f.value)).toEqual([expect.stringMatching(/^> He was sentenced to two years and three months/)]);
    expect(labels(p)).toEqual(["Source", "Read on China Daily"]);
    expectSendable(p);
    expect(callbackProblems({ type: 4, data: payloadJson(p) })).toEqual([]);
  });

  it("several claims: the tally in bold; the private check keeps Post in channel beside the source buttons", () => {
    const result = core().engine.check("Qi got ten years in prison. Song was unemployed.");
    const p = checkReply(result, core().data, { ephemeral: true, postKey: "k" });
    expect(p.embeds[0]!.description?.split("\n")[0]).toMatch(/^\*\*2 claims checked: [^*]+\*\*$/);
    expect(labels(p)).toEqual(["Source", "Read on China Daily", "Post in channel"]);
    expect(ids(p)).toContain("checkpost:k");
    expectSendable(p);
  });

  it("nothing to check (a question, or no claim): says so in one bold line, ephemeral, with the article link", () => {
    for (const claim of ["What did Qi get?", "hello there"]) {
      const p = check(claim);
      expect(p.embeds[0]!.description?.split("\n")[0], claim).toMatch(/^\*\*Nothing to check: [^*\n]+\*\*$/);
      expect(isEphemeral(p)).toBe(true);
      expect(labels(p)).toEqual(["Read on China Daily"]);
      expectSendable(p);
    }
  });

  it("a claim the article does not settle still links to the article", () => {
    const p = check("Zhong was sentenced to life");
    expect(p.embeds[0]!.description).toMatch(/^\*\*[^*\n]+\*\*/);
    expect(labels(p)).toContain("Read on China Daily");
  });
});
