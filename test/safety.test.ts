// Safe replies whatever people paste: no pings, echoes escaped, bounds
// re-checked by the handlers, and the regressions the fuzzer found.
import { describe, expect, it } from "vitest";
import { runLine } from "../commands/line.js";
import { runAutocomplete, runCommand, runComponent } from "../commands/run.js";
import { SENTENCE_FIGURE } from "./eval/score.js";
import { escapeUserText, inlineCode } from "../src/reply/escape.js";
import { checkChoices, checkMessage, codeSpans, textPieces } from "./fuzz/check.js";
import { core } from "./helpers/core.js";
import { isEphemeral, replyText } from "./helpers/payload.js";

const QUESTION = "@everyone <@&1> **what** did Qi get";
const qiSentenceQuote = () => core().data.caseById.get("qi")!.penalty.fact.quote;

describe(`/ask question:${QUESTION}`, () => {
  for (const [door, run] of [
    ["handler", () => runCommand(core(), "ask", { question: QUESTION })],
    ["CLI line", () => runLine(core(), `/ask question:${QUESTION}`)],
  ] as const) {
    it(`(${door}) pings no one and is a valid Discord reply`, () => {
      const r = run();
      expect(r.outcome).toBe("answered");
      expect(r.reply.allowed_mentions).toEqual({ parse: [] });
      checkMessage(r);
    });

    it(`(${door}) shows none of the pasted mentions or markup raw`, () => {
      const text = replyText(run().reply);
      expect(text).not.toMatch(/@everyone|@here/);
      expect(text).not.toContain("<@&1>");
      expect(text).not.toContain("**what**");
    });

    it(`(${door}) still answers about Qi, with his sentence and the quoted sentence it rests on`, () => {
      const text = replyText(run().reply);
      expect(text).toMatch(/\bQi\b/);
      expect(text).toMatch(SENTENCE_FIGURE);
      expect(text).toContain(`> ${qiSentenceQuote()}`);
      expect(text).not.toMatch(/\bZhong\b|\bSong\b/);
    });
  }

  it("reads \"what did Qi get\" as the penalty and prints the figure form", () => {
    const embed = runCommand(core(), "ask", { question: QUESTION }).reply.embeds[0]!;
    expect(embed.description).toMatch(/^\*\*Qi was sentenced to 2 years and 3 months in prison/);
  });

  it("answers the same as the question without the pings", () => {
    const clean = runCommand(core(), "ask", { question: "**what** did Qi get" }).reply;
    expect(runCommand(core(), "ask", { question: QUESTION }).reply).toEqual(clean);
  });
});

describe("echoed user text", () => {
  it("an unknown surname is shown escaped: no ping, no formatting", () => {
    const r = runCommand(core(), "case", { surname: "@everyone **Wang** <@123> `x` ||y||" });
    checkMessage(r);
    const d = r.reply.embeds[0]!.description!;
    expect(d).toContain("@\u200beveryone");
    expect(d).toContain("\\*\\*Wang\\*\\*");
    expect(d).toContain("\\<@\u200b123\\>");
    expect(d).toContain("\\`x\\`");
    expect(d).toContain("\\|\\|y\\|\\|");
  });

  it("escapeUserText keeps text on one line, without invisible or direction characters", () => {
    expect(escapeUserText("a\n# b\u202e\u200bc\u0000d")).toBe("a \\# b c d");
  });

  // fuzz: `{"question":"Qi","":""}` gave "has no option ``", an unclosed code span
  it.each([["", "(empty)"], ["a`b", "`aˋb`"], ["`**x**`", "`ˋ**x**ˋ`"], ["@everyone", "`@\u200beveryone`"]])(
    "inlineCode(%j) is one closed code span the text cannot leave",
    (input, shown) => {
      expect(inlineCode(input)).toBe(shown);
      expect(codeSpans(inlineCode(input)).unclosed).toBeUndefined();
    },
  );

  it.each([{ "": "x" }, { "`x`": "0" }, { "a`**b**`": 1 }, { "Qi**Zqxjcanary**</ask:123>": "x" }])(
    "a stray option name %j is named in a closed code span",
    (options) => {
      for (const cmd of ["ask", "sentence", "help"]) {
        const r = runCommand(core(), cmd, options);
        expect(r.outcome).toBe("invalid");
        checkMessage(r);
        for (const piece of textPieces(r.reply)) expect(codeSpans(piece).unclosed).toBeUndefined();
      }
    },
  );

  // fuzz: "/ask Qi***Zqxjcanary`:x" echoed the option name raw inside backticks
  it.each(["/ask Qi***Zqxjcanary`:x", "/case `**x**`:y", "/sentence a`b:1"])("an unknown option in the CLI line %j is named safely", (line) => {
    const r = runLine(core(), line);
    expect(r.outcome).toBe("invalid");
    checkMessage(r);
    expect(replyText(r.reply)).toMatch(/has no option `[^`]*`;/);
  });

  // fuzz: an unpaired surrogate in a surname was echoed as is
  it("a lone surrogate is not echoed (Discord cannot take it)", () => {
    const r = runCommand(core(), "case", { surname: "Wang\ud800x" });
    checkMessage(r);
    expect(r.reply.embeds[0]!.description).toContain("Wang\ufffdx");
    expect(escapeUserText("\udfff")).toBe("\ufffd");
  });
});

describe("bounds re-checked in the handler (any door can send anything)", () => {
  const refused = (name: string, options: Record<string, unknown>, option: string) => {
    const r = runCommand(core(), name, options);
    expect(r.outcome).toBe("invalid");
    expect(isEphemeral(r.reply)).toBe(true);
    expect(r.reply.flags! & 64).toBe(64);
    expect(replyText(r.reply)).toContain(`\`${option}\``);
    expect(replyText(r.reply)).toMatch(/Usage: `\//);
    checkMessage(r);
  };

  it.each([1e9, -1, 101, 1.5, NaN, Infinity, -Infinity, "7", null])("/sentence years:%s is a polite ephemeral error", (years) => {
    refused("sentence", { years }, "years");
  });

  it.each([-1, 1200, 0.5, 2 ** 53])("/sentence months:%s is a polite ephemeral error", (months) => {
    refused("sentence", { months }, "months");
  });

  it("/ask with 10,000 characters is a polite ephemeral error", () => {
    refused("ask", { question: "x".repeat(10_000) }, "question");
    expect(replyText(runCommand(core(), "ask", { question: "x".repeat(10_000) }).reply)).toMatch(/at most 500 characters/);
  });

  it("/case with 101 characters is refused; 100 are looked up", () => {
    refused("case", { surname: "q".repeat(101) }, "surname");
    expect(runCommand(core(), "case", { surname: "q".repeat(100) }).outcome).toBe("no-such-case");
  });

  it("max_length counts characters (code points), not UTF-16 units", () => {
    expect(runCommand(core(), "case", { surname: "𐀀".repeat(100) }).outcome).toBe("no-such-case");
    expect(runCommand(core(), "case", { surname: "𐀀".repeat(101) }).outcome).toBe("invalid");
  });

  it.each(["/sentence years:1000000000", "/sentence years:-3", "/sentence months:7.5", `/ask question:${"y".repeat(501)}`])(
    "the CLI line %s gets the same refusal",
    (line) => {
      const r = runLine(core(), line);
      expect(r.outcome).toBe("invalid");
      expect(isEphemeral(r.reply)).toBe(true);
      checkMessage(r);
    },
  );

  it("the bounds themselves are accepted", () => {
    for (const options of [{ years: 0, months: 1 }, { years: 100 }, { months: 1199 }, { years: 100, months: 1199 }]) {
      const r = runCommand(core(), "sentence", options);
      expect(r.outcome).toBe("answered");
      checkMessage(r);
    }
    expect(runCommand(core(), "ask", { question: "z".repeat(500) }).outcome).toBe("not-covered");
  });

  // fuzz: a 10,000-character autocomplete value was searched in full (about 100 ms a keystroke)
  it("autocomplete cuts the typed value to the option's max_length", () => {
    const long = runAutocomplete(core(), "case", { name: "surname", value: "齐".repeat(10_000) });
    expect(long.reply).toEqual(runAutocomplete(core(), "case", { name: "surname", value: "齐".repeat(100) }).reply);
    checkChoices(long);
  });
});

describe("entry points given the wrong types never throw", () => {
  // fuzz: ["case","surname",{"toString":1}] threw inside String(value)
  it.each([{ toString: 1 }, JSON.parse('{"__proto__":{"x":1}}'), null, 7, ["Qi"]])("autocomplete value %j gets choices, not an error", (value) => {
    const r = runAutocomplete(core(), "case", { name: "surname", value: value as string });
    expect(r.outcome).toBe("answered");
    checkChoices(r);
  });

  // fuzz: [null,0,0,[]] threw in escapeUserText(null)
  it.each([null, undefined, 7, {}, ["ask"]])("runCommand(%j, …) replies", (name) => {
    const r = runCommand(core(), name as string, {});
    expect(r.outcome).toBe("invalid");
    checkMessage(r);
  });

  it.each([null, [], "x", 5])("runCommand('ask', %j) says the options cannot be read", (options) => {
    const r = runCommand(core(), "ask", options as unknown as Record<string, unknown>);
    expect(r.outcome).toBe("invalid");
    expect(replyText(r.reply)).toMatch(/cannot read/);
    checkMessage(r);
  });

  it.each([
    [null, []],
    [7, null],
    ["cases:open", "qi"],
    ["cases:open", [7, "qi"]],
  ])("runComponent(%j, %j) replies", (id, values) => {
    const r = runComponent(core(), id as string, values as string[]);
    expect(() => checkMessage(r)).not.toThrow();
  });

  it.each([null, 7, {}])("runLine(%j) explains what a line looks like", (line) => {
    const r = runLine(core(), line as string);
    expect(r.outcome).toBe("invalid");
    checkMessage(r);
  });

  it("the same input gives the same reply", () => {
    const a = runLine(core(), `/ask question:${QUESTION}`);
    const b = runLine(core(), `/ask question:${QUESTION}`);
    expect(JSON.stringify(a.reply)).toBe(JSON.stringify(b.reply));
  });
});

describe("the fuzz checks catch what they look for", () => {
  const ok = () => runCommand(core(), "case", { surname: "Wang" });
  const withDescription = (description: string) => {
    const r = ok();
    return { ...r, reply: { ...r.reply, embeds: [{ ...r.reply.embeds[0]!, description }] } };
  };

  it("passes a real reply", () => expect(() => checkMessage(ok())).not.toThrow());
  it.each([
    ["a live @everyone", "no case under **@everyone**", /live mention/],
    ["a live role mention", "no case under <@&1>", /live mention/],
    ["an unclosed code block", "no case under ```x", /unbalanced code/],
    ["an echo that formats", "no case under **Zqxjcanary**", /not escaped/],
    ["an echo that leaves its code span", "option `a`**Zqxjcanary**``", /not escaped|unbalanced/],
    ["a lone surrogate", "no case under \ud800", /lone surrogate/],
    ["a description over 4096", "x".repeat(4097), /limit/],
  ])("fails %s", (_what, description, message) => {
    expect(() => checkMessage(withDescription(description))).toThrow(message);
  });
  it("fails pings allowed, a handler that threw, and too many buttons", () => {
    const r = ok();
    expect(() => checkMessage({ ...r, reply: { ...r.reply, allowed_mentions: { parse: ["everyone"] } as never } })).toThrow(/allowed_mentions/);
    expect(() => checkMessage({ ...r, outcome: "error", error: new Error("boom") })).toThrow(/threw/);
    const row = r.reply.components![0]!;
    const wide = { ...row, components: [...row.components, ...row.components] };
    expect(() => checkMessage({ ...r, reply: { ...r.reply, components: [wide] } })).toThrow(/components|custom_id/);
  });
});
