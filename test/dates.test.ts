import { describe, expect, it } from "vitest";
import { agreesWith, datePartsIn } from "../src/text/dates.js";

describe("date parts written in a text", () => {
  it.each([
    ["it came out in december 2024", { year: 2024, month: 12 }],
    ["published on dec 17 2024", { year: 2024, month: 12, day: 17 }],
    ["ran on the 17th of December", { month: 12, day: 17 }],
    ["published in 2023", { year: 2023 }],
    ["it was published in May", { month: 5 }],
    ["文章是2024年12月17日发表的", { year: 2024, month: 12, day: 17 }],
  ] as const)("%s", (text, parts) => {
    expect(datePartsIn(text)).toEqual(parts);
  });

  it("reads no month from the verb 'may'", () => {
    expect(datePartsIn("it may have been published recently")).toBeNull();
  });
});

describe("whether the parts agree with a date", () => {
  it.each([
    [{ year: 2024, month: 12 }, true],
    [{ year: 2024, month: 12, day: 16 }, false],
    [{ year: 2023 }, false],
    [{ month: 12, day: 17 }, true],
  ] as const)("%j against 2024-12-17 -> %s", (parts, expected) => {
    expect(agreesWith(parts, "2024-12-17")).toBe(expected);
  });
});
