import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQuestions, scoreOne } from "../eval/score.js";
import { core } from "../helpers/core.js";
import { WRAPPERS } from "./wrappers.js";

// Every /ask question of the project's tables, bare. Wrapping must not change
// what it reads into (every wrapper, every question), nor whether the answer
// passes (two wrappers per question, rotating through the list).
const asks = readdirSync("test/qa")
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => parseQuestions(readFileSync(`test/qa/${f}`, "utf8"), f))
  .filter((q) => q.input.startsWith("/ask question:") && q.kind !== "command")
  .map((q) => ({ ...q, question: q.input.slice("/ask question:".length) }));

const reading = (text: string) => {
  const { wrapped: _w, ...rest } = core().engine.read(text);
  return rest;
};
type Reading = ReturnType<typeof reading>;
// Lower-casing can only hide that a word was a capitalised name ("Aldrich Ames"):
// the question is refused either way, as someone or something the article does not cover.
const refused = (r: Reading) => r.others.length > 0 || r.kind === "offtopic" || r.kind === "silent";
const same = (a: Reading, b: Reading, caseOnly: boolean) =>
  JSON.stringify(a) === JSON.stringify(b) || (caseOnly && refused(a) && refused(b));

describe("conversational wrapping", () => {
  it("has at least 30 wrappers", () => expect(WRAPPERS.length).toBeGreaterThanOrEqual(30));

  it.each(WRAPPERS.map(([name, wrap]) => [name, wrap] as const))("%s leaves the reading of every question unchanged", (name, wrap) => {
    const caseOnly = /case/u.test(name) || /CAPS/u.test(name);
    const changed = asks.filter((q) => !same(reading(wrap(q.question)), reading(q.question), caseOnly));
    expect(changed.map((q) => `${q.id} ${wrap(q.question)}`)).toEqual([]);
  });

  it("leaves passing answers passing (two wrappers per question)", () => {
    const broken: string[] = [];
    asks.forEach((q, i) => {
      if (!scoreOne(core(), q).pass) return;
      for (const k of [i % WRAPPERS.length, (i * 7 + 3) % WRAPPERS.length]) {
        const [name, wrap] = WRAPPERS[k]!;
        const wrapped = { ...q, input: `/ask question:${wrap(q.question)}` };
        if (!scoreOne(core(), wrapped).pass) broken.push(`${q.id} [${name}] ${wrapped.input}`);
      }
    });
    expect(broken).toEqual([]);
    // (every passing question scored three times: a long run on a loaded machine, not a speed check)
  }, 120_000);
});
