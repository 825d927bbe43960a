import { describe, expect, it } from "vitest";
import { scoreOne } from "../eval/score.js";
import { core } from "../helpers/core.js";
import { asks, readingsChanged } from "./invariance-reading.js";
import { WRAPPERS } from "./wrappers.js";

// Wrapping must not change what a question reads into (every wrapper, every
// question: the first half of the wrappers here, the rest in
// invariance-more.test.ts), nor whether the answer passes (two wrappers per
// question, rotating through the list).
const HALF = Math.ceil(WRAPPERS.length / 2);
// (every question of every table is read twice per wrapper; the tables have grown past the default 20 s on a busy machine)
const READING_TIMEOUT = 120_000;

describe("conversational wrapping", () => {
  it("has at least 30 wrappers", () => expect(WRAPPERS.length).toBeGreaterThanOrEqual(30));

  it.each(WRAPPERS.slice(0, HALF).map(([name, wrap]) => [name, wrap] as const))("%s leaves the reading of every question unchanged", (name, wrap) => {
    expect(readingsChanged(name, wrap)).toEqual([]);
  }, READING_TIMEOUT);

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
