import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQuestions, scoreOne } from "./eval/score.js";
import { core } from "./helpers/core.js";

// The project's question tables (questions.jsonl and the probe sets were each
// written blind, before the engine was tuned on them) and a copy of the shared
// dev set. Each question is one test, scored as DESIGN.md defines.
const sets = readdirSync("test/qa").filter((f) => f.endsWith(".jsonl")).map((f) => `test/qa/${f}`);

for (const file of sets) {
  describe(file, () => {
    const questions = parseQuestions(readFileSync(file, "utf8"), file);
    it.each(questions.map((q) => [`${q.id} ${q.input}`, q] as const))("%s", (_label, q) => {
      const r = scoreOne(core(), q);
      expect(r.pass, r.text).toBe(true);
      if (r.grounded !== null) expect(r.grounded, "quotes 40+ characters of the article").toBe(true);
      expect(r.limits).toBe(true);
      expect(r.mentions).toBe(true);
    });
  });
}

it("the project's table has at least 100 questions, out-of-scope ones among them", () => {
  const qs = parseQuestions(readFileSync("test/qa/questions.jsonl", "utf8"));
  expect(qs.length).toBeGreaterThanOrEqual(100);
  expect(qs.filter((q) => q.kind === "abstain").length).toBeGreaterThanOrEqual(20);
});
