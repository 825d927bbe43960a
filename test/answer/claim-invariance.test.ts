import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../eval/score.js";
import { core } from "../helpers/core.js";

// A hedge or greeting around a posted claim is the poster's stance, not the
// claim: every claim of the project's tables that is checked right must get
// the same verdicts inside one (a rotating one per claim).
const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
const bare = (t: string) => t.replace(/[.!。！]+\s*$/u, "");

export const CLAIM_WRAPPERS: ReadonlyArray<[name: string, wrap: (t: string) => string]> = [
  ["correct me if i'm wrong but ", (t) => `correct me if i'm wrong but ${lower(t)}`],
  ["from what i read, ", (t) => `from what i read, ${lower(t)}`],
  ["sanity check: ", (t) => `sanity check: ${t}`],
  ["hey casebook, ", (t) => `hey casebook, ${lower(t)}`],
  ["fyi ", (t) => `fyi ${lower(t)}`],
  [" if i'm not mistaken", (t) => `${bare(t)}, if i'm not mistaken`],
  [" lol", (t) => `${t} lol`],
  [" thx", (t) => `${t} thx`],
  ["spoiler: ", (t) => `spoiler: ${t}`],
  [" 🤔", (t) => `${t} 🤔`],
  // a reply in a thread names who it answers, not what it says
  ["replying to @ferret: ", (t) => `replying to @ferret: ${t}`],
  ["nah, ", (t) => `nah, ${lower(t)}`],
  ["nah ", (t) => `nah ${lower(t)}`],
  ["the article is clear, ", (t) => `the article is clear, ${lower(t)}`],
  [", not sure on the details tho", (t) => `${bare(t)}, not sure on the details tho`],
  ["lol no, ", (t) => `lol no, ${lower(t)}`],
  ["you're mixing it up, ", (t) => `you're mixing it up, ${lower(t)}`],
  ["my cousin says ", (t) => `my cousin says ${lower(t)}`],
];

const KNOWN = "test/claims/known-misses.json";
const known: Record<string, string> = existsSync(KNOWN) ? (JSON.parse(readFileSync(KNOWN, "utf8")) as Record<string, string>) : {};
const files = readdirSync("test/claims").filter((f) => f.endsWith(".jsonl"));
const claims = files
  .flatMap((f) => parseClaims(readFileSync(`test/claims/${f}`, "utf8"), f).map((c) => ({ ...c, file: f })))
  // (one sentence, so a wrapper at either end wraps the claim itself)
  .filter((c) => !known[c.id] && !/[.!?。！？]\s*\S/u.test(c.claim.trim()) && !/[?？]\s*$/u.test(c.claim));

const verdicts = (text: string): string[] => {
  const r = core().engine.check(text);
  return r.kind === "claims" ? r.checks.map((c) => c.verdict) : [r.kind];
};

describe("claim wrapping", () => {
  it("has hedges, greetings and reactions at both ends", () => expect(CLAIM_WRAPPERS.length).toBeGreaterThanOrEqual(10));

  it("has over a thousand one-sentence claims to wrap", () => expect(claims.length).toBeGreaterThan(1000));

  // (one table at a time, the wrapper rotating over all of them, so each test stays short)
  it.each(files)("leaves the verdicts of the checked claims in %s unchanged (one wrapper per claim, rotating)", (file) => {
    const changed: string[] = [];
    claims.forEach((c, i) => {
      if (c.file !== file) return;
      const [name, wrap] = CLAIM_WRAPPERS[i % CLAIM_WRAPPERS.length]!;
      const before = verdicts(c.claim);
      const after = verdicts(wrap(c.claim));
      if (before.join() !== after.join()) changed.push(`${c.id} [${name}] ${before.join()} -> ${after.join()}: ${wrap(c.claim)}`);
    });
    expect(changed).toEqual([]);
  });
});
