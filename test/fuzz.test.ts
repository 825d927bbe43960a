// The fixed-seed share of the fuzz properties (the full run is `npm run fuzz`):
// a few hundred cases per property, the same ones every time, so CI stays fast.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { properties } from "./fuzz/properties.js";
import { core } from "./helpers/core.js";

const SEED = 42;

describe("fuzz (fixed seed)", () => {
  it("the full run is at least 100,000 cases", () => {
    expect(properties.reduce((n, p) => n + p.runs, 0)).toBeGreaterThanOrEqual(100_000);
  });

  it.each(properties.map((p, i) => [p.name, p, i] as const))("%s", (_name, p, i) => {
    fc.assert(p.build(core()), { seed: SEED + i, numRuns: p.ciRuns });
  });
});
