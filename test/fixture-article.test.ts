// Issue #10, point 6: a new article is data, not code. A second, clearly
// fictional article (test/fixtures/fictional) has its own dataset and question
// table; it must load, validate and answer with no change to src/ or commands/.
// Lines the code could not pass because it holds words of the real article
// were left out of the table and reported, not fixed here.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCore } from "../src/core.js";
import { parseQuestions, scoreOne } from "./eval/score.js";

const DIR = "test/fixtures/fictional";
const core = loadCore(DIR, { replyCacheSize: 0 });
const questions = parseQuestions(readFileSync(`${DIR}/questions.jsonl`, "utf8"), `${DIR}/questions.jsonl`);

describe("the fictional fixture article", () => {
  it("loads as its own dataset, with none of the real article's cases", () => {
    expect(core.data.article.id).toBe("veloria-harbour-charts");
    expect(core.data.cases.map((c) => c.surname)).toEqual(["Orlan", "Bexley", "Tamsin"]);
    expect(core.data.law.name).toBe("Harbour Secrets Act");
    expect(core.data.article.text).not.toMatch(/\b(Zhong|Qi|Song|China|Counter-Espionage)\b/u);
  });

  it("has a question table of at least 40 lines, abstentions and /check claims among them", () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.kind === "abstain").length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.input.startsWith("/check ")).length).toBeGreaterThanOrEqual(5);
  });

  it.each(questions.map((q) => [`${q.id} ${q.input}`, q] as const))("%s", (_label, q) => {
    const r = scoreOne(core, q);
    expect(r.pass, r.text).toBe(true);
    if (r.grounded !== null) expect(r.grounded, "quotes 40+ characters of the fixture article").toBe(true);
    expect(r.limits).toBe(true);
    expect(r.mentions).toBe(true);
  });
});

describe("the CLI with --data", () => {
  it("prints a case of the fixture article", () => {
    const r = spawnSync("npx", ["tsx", "src/cli.ts", "--data", DIR, "/case surname:Orlan"], {
      encoding: "utf8",
      env: { ...process.env, DISCORD_TOKEN: "", CASEBOOK_DATA_DIR: "" },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Orlan");
    expect(r.stdout).toContain("3 years and 6 months");
    expect(r.stdout).toContain("> Orlan was sentenced to three years and six months in prison");
  });
});
