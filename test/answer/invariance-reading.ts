import { readdirSync, readFileSync } from "node:fs";
import { parseQuestions } from "../eval/score.js";
import { core } from "../helpers/core.js";

// Every /ask question of the project's tables, bare, and whether a wrapper
// changes what one reads into. Shared by the invariance files, which vitest
// runs side by side: the tables are large enough that one file would hold up
// the whole run.
export const asks = readdirSync("test/qa")
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

/** The questions whose reading the wrapper changes, each as the id and the wrapped text. */
export function readingsChanged(name: string, wrap: (q: string) => string): string[] {
  const caseOnly = /case/u.test(name) || /CAPS/u.test(name);
  return asks.filter((q) => !same(reading(wrap(q.question)), reading(q.question), caseOnly)).map((q) => `${q.id} ${wrap(q.question)}`);
}
