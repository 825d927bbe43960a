import { describe, expect, it } from "vitest";
import { compareTerm, formatTerm, parseTerms } from "../src/answer/duration.js";
import { core } from "./helpers/core.js";

describe("parsing prison terms", () => {
  it.each([
    ["two years and three months", 27],
    ["2 years 3 months", 27],
    ["2 years, 3 months", 27],
    ["27 months", 27],
    ["seven years", 84],
    ["a seven-year term", 84],
    ["10 yrs", 120],
    ["2y3m", 27],
    ["a year and a half", 18],
    ["5.5 years", 66],
    ["twenty-one years", 252],
  ])("%s is %i months", (text, months) => {
    expect(parseTerms(text)).toEqual([{ life: false, months }]);
  });

  it("reads life imprisonment", () => expect(parseTerms("a life sentence")).toEqual([{ life: true }]));
  it("finds nothing in a question without a term", () => expect(parseTerms("what is the maximum punishment?")).toEqual([]));
});

describe("comparing with the cited ranges", () => {
  const law = () => core().data.law;
  it.each([
    [27, "below"], [59, "below"], [60, "within"], [84, "within"], [120, "within"], [121, "above"], [300, "above"],
  ] as const)("%i months is %s", (months, position) => {
    expect(compareTerm({ life: false, months }, law()).position).toBe(position);
  });
  it("life is the top of the severe-case range", () => {
    expect(compareTerm({ life: true }, law()).text).toMatch(/especially severe/);
  });
  it("formats terms in words people read", () => {
    expect(formatTerm({ life: false, months: 27 })).toBe("2 years and 3 months");
    expect(formatTerm({ life: false, months: 13 })).toBe("1 year and 1 month");
  });
});
