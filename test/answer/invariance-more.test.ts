import { describe, expect, it } from "vitest";
import { readingsChanged } from "./invariance-reading.js";
import { WRAPPERS } from "./wrappers.js";

// The second half of the wrappers of invariance.test.ts, in a file of its own
// so that vitest runs the two halves side by side.
const HALF = Math.ceil(WRAPPERS.length / 2);
// (every question of every table is read twice per wrapper; the tables have grown past the default 20 s on a busy machine)
const READING_TIMEOUT = 120_000;

describe("conversational wrapping, the second half of the wrappers", () => {
  it.each(WRAPPERS.slice(HALF).map(([name, wrap]) => [name, wrap] as const))("%s leaves the reading of every question unchanged", (name, wrap) => {
    expect(readingsChanged(name, wrap)).toEqual([]);
  }, READING_TIMEOUT);
});
