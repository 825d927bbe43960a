// What people see (issue 12): the answer first, a fact shown once, the real
// source linked and attributed rightly, examples that copy as they stand.
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { runAutocomplete, runCommand, runComponent } from "../commands/run.js";
import { definitions } from "../commands/registry.js";
import { caseBlocks, caseReply } from "../src/reply/case-reply.js";
import { truncateWords } from "../src/reply/fit.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { core } from "./helpers/core.js";
import { expectSendable, replyText } from "./helpers/payload.js";

const LINES: Array<[string, Record<string, unknown>]> = [
  ["case", { surname: "Zhong" }],
  ["case", { surname: "Qi" }],
  ["case", { surname: "Song" }],
  ["cases", {}],
  ["law", {}],
  ["sentence", { case: "Qi" }],
  ["sentence", { case: "Zhong" }],
  ["sentence", { years: 7, months: 0 }],
  ["ask", { question: "What sentence did Qi receive?" }],
  ["about", {}],
  ["help", {}],
];
const reply = (name: string, options: Record<string, unknown>) => runCommand(core(), name, options).reply;
const buttons = (p: MessagePayload) => (p.components ?? []).flatMap((r) => r.components).filter((c) => c.type === ComponentType.Button);
const url = core().data.article.publication.url;

describe("every reply", () => {
  it.each(LINES)("/%s %j shows no dataset hash", (name, options) => {
    const p = reply(name, options);
    expect(replyText(p)).not.toContain(core().data.version);
    expect(replyText(p)).not.toMatch(/dataset [0-9a-f]{8,}/i);
  });

  it.each(LINES)("/%s %j never says the MSS wrote, published or disclosed the article", (name, options) => {
    const t = replyText(reply(name, options));
    expect(t).not.toMatch(/"[^"]+",? (?:disclosed|written|published|revealed) by the (?:Ministry of State Security|MSS)/i);
    expect(t).not.toMatch(/(?:MSS|Ministry of State Security)(?:'s)? (?:article|wrote|published)/i);
  });

  it.each(LINES.filter(([n]) => !["help", "cases"].includes(n)))("/%s %j carries a link button to the article", (name, options) => {
    const link = buttons(reply(name, options)).find((b) => "style" in b && b.style === ButtonStyle.Link);
    expect(link && "url" in link ? link.url : undefined).toBe(url);
  });

  it.each(LINES)("/%s %j opens with the answer in one bold line", (name, options) => {
    const d = reply(name, options).embeds[0]!.description ?? "";
    expect(d.split("\n")[0]).toMatch(/^\*\*[^*\n]+\*\*$/);
  });

  it.each(LINES)("/%s %j stays within Discord's limits, mentioning no one", (name, options) => expectSendable(reply(name, options)));
});

describe("/case, one screen per case", () => {
  it.each([
    ["Zhong", "**Apprehended; the article reports no sentence**"],
    ["Qi", "**Sentenced to 2 years and 3 months in prison**"],
    ["Song", "**Given administrative penalties; no prison term**"],
  ])("%s: the outcome first", (surname, bold) => {
    expect(reply("case", { surname }).embeds[0]!.description!.split("\n")[0]).toBe(bold);
  });

  it.each(core().data.cases.map((c) => [c.surname, c] as const))("%s: each quote once, no paraphrase beside it, outcome's quote first", (_s, c) => {
    const p = caseReply(c, core().data);
    const t = replyText(p);
    for (const q of new Set(c.facts.map((f) => f.quote))) expect(t.split(q).length - 1, q).toBeLessThanOrEqual(1);
    expect(t).not.toContain("source quoted above");
    // our own one-sentence statements are not shown: the quote speaks
    for (const f of c.facts) if (!c.facts.some((g) => g.quote.includes(f.statement))) expect(t).not.toContain(f.statement);
    expect(p.embeds[0]!.fields![0]!.value).toContain(c.penalty.fact.quote);
    expect(caseBlocks(c).flatMap((b) => b.quotes)).toHaveLength(new Set(c.facts.map((f) => f.quote)).size);
  });

  it("shows other romanisations nowhere: they stay search aliases", () => {
    for (const c of core().data.cases) {
      const t = replyText(caseReply(c, core().data));
      for (const s of c.spellings) expect(t).not.toMatch(new RegExp(`\\b${s.spelling.replace(/'/g, ".")}\\b`));
      expect(t).not.toMatch(/Wade-Giles|Yale/);
    }
    expect(replyText(reply("case", { surname: "Chung" }))).toMatch(/Case 1 of 3: Zhong/);
  });

  it("offers The law and every quote behind buttons that answer", () => {
    const p = reply("case", { surname: "Qi" });
    const law = buttons(p).find((b) => "label" in b && b.label === "The law");
    expect(law && "custom_id" in law && runComponent(core(), law.custom_id).reply.files?.length).toBe(1);
    const all = runComponent(core(), "quotes:qi").reply;
    expect(all.flags).toBe(64);
    for (const f of core().data.caseById.get("qi")!.facts) expect(replyText(all)).toContain(f.quote);
  });
});

describe("/about, /help, the footer", () => {
  it("/about tells the article's text from the publication's metadata", () => {
    const fields = reply("about", {}).embeds[0]!.fields!;
    const text = fields.find((f) => /article's text/.test(f.name))!.value;
    const meta = fields.find((f) => /publication/.test(f.name))!.value;
    expect(meta).toContain("China Daily");
    expect(meta).toContain("Cui Jia");
    expect(meta).toContain("17 December 2024");
    expect(meta).toContain("16 December 2024");
    expect(meta).toContain(`(${url})`);
    expect(meta).not.toMatch(/^>/m);
    expect(text).toMatch(/no calendar date, no author and no publisher/);
  });

  it.each(LINES)("/%s %j: the footer is short, the publisher and date only, as issue 12 asks", (name, options) => {
    expect(reply(name, options).embeds[0]!.footer!.text).toBe("China Daily, 17 Dec 2024 · /about");
  });

  it("/help gives each example its own code span, so each copies as it stands", () => {
    const spans = replyText(reply("help", {})).match(/`[^`]+`/g) ?? [];
    expect(spans).toContain("`/sentence case:Qi`");
    expect(spans).toContain("`/sentence years:7 months:0`");
    for (const s of spans) expect(s).not.toMatch(/\bor\b/);
  });
});

describe("cutting text at a word boundary", () => {
  it("never leaves half a word, and marks the cut", () => {
    const t = truncateWords("Employee on classified projects who copied and photographed confidential materials", 40);
    expect(t.length).toBeLessThanOrEqual(40);
    expect(t).toBe("Employee on classified projects who…");
  });

  it("leaves text that fits alone", () => expect(truncateWords("short", 10)).toBe("short"));

  it("cuts long autocomplete choices after a whole word", () => {
    const { reply } = runAutocomplete(core(), "case", { name: "surname", value: "Qi" });
    const qi = reply.find((c) => c.value === "Qi")!;
    expect(qi.name.length).toBeLessThanOrEqual(100);
    expect(qi.name).toMatch(/[A-Za-z0-9)]…$/);
    const shown = qi.name.slice(0, -1);
    const full = `Qi: ${core().data.caseById.get("qi")!.summary}`;
    expect(full.startsWith(shown)).toBe(true);
    expect(full[shown.length]).toMatch(/[\s,;.]/);
  });

  it("keeps every command and option description whole in the deploy body", () => {
    for (const d of definitions()) {
      expect(d.description.length).toBeLessThanOrEqual(100);
      for (const o of d.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
