import { describe, expect, it } from "vitest";
import { core } from "../helpers/core.js";

const answer = (q: string) => core().engine.ask(q);

// Arithmetic on durations is exact, whatever way it is asked: one row per kind of sum.
describe("arithmetic on durations", () => {
  it.each([
    ["10 yrs minus qi's prison time = ?", /^7 years and 9 months \(93 months\)/u],
    ["what's the difference in months between qi's sentence and the 10-year top of the normal range", /^7 years and 9 months \(93 months\): 2 years and 3 months \(27 months\) is 7 years and 9 months short of the 10 years at the top/u],
    ["how far is qi's term from the midpoint of the 5-10 range", /^5 years and 3 months \(63 months\): 2 years and 3 months \(27 months\) is 5 years and 3 months short of the 7 years and 6 months at the midpoint/u],
    ["by how many months does qi's prison term exceed his political rights deprivation", /^1 year and 3 months \(15 months\) longer/u],
    ["qi 27 months — how many more months to reach 3 years", /^9 months: 2 years and 3 months \(27 months\) is 9 months short of 3 years/u],
    ["齐的刑期一半是多久", /^13\.5 months: 2 years and 3 months halved/u],
    ["how many more months would qi need to serve to hit the law's minimum", /^2 years and 9 months \(33 months\)/u],
    ["齐的刑期比法定最低刑期少多少", /^2 years and 9 months \(33 months\)/u],
    ["如果按五年的最低刑期算，齐某少判了多少个月？", /^2 years and 9 months \(33 months\)/u],
    ["how many years longer is the law's minimum than qi's political rights deprivation", /^4 years \(48 months\): Qi's 1 year without political rights/u],
    ["qi's sentence as a percent of the 5 year minimum?", /^45%/u],
    ["qi total 'time' incl. rights loss in months?", /^3 years and 3 months in all \(39 months\)/u],
    ["qi prison + rights combined — still below the 5 yr minimum?", /That is 1 year and 9 months \(21 months\) below the 5 years at the bottom of the cited range\./u],
    ["how many months of political-rights deprivation did qi get", /^12 months: 1 year without political rights\./u],
    ["how far short of half the minimum is qi", /^3 months: 2 years and 3 months \(27 months\) is 3 months short of half of the 5 years at the bottom of the cited range/u],
    ["qi's prision term minus his political rights period, in months", /^1 year and 3 months \(15 months\) longer/u],
    ["qi's prison time minus his rights ban = ?", /^1 year and 3 months \(15 months\) longer: 2 years and 3 months in prison against 1 year/u],
    ["what would qi's term be if it was doubled", /^4 years and 6 months \(54 months\): 2 years and 3 months doubled\./u],
    ["half of qi's sentence?", /^13\.5 months: 2 years and 3 months halved\./u],
    ["half of the copier guy's sentence?", /^13\.5 months: 2 years and 3 months halved\./u],
    ["quick one for a spreadsheet, bear with me: if you add qi's prison time and his year without rights, what's that in months", /^3 years and 3 months in all \(39 months\)/u],
    ["how many more months was qi's prison term than his political rights", /^1 year and 3 months \(15 months\) longer/u],
    ["if qi had gotten the max of the normal range instead, how many extra years would that be", /^7 years and 9 months \(93 months\)/u],
    ["qi's prison and his rights year in total years as a decimal?", /^3 years and 3 months in all \(39 months, or 3\.25 years\)/u],
    ["what fraction of qi's prison term is his political rights ban", /^2\.25 times as long: .* the loss of political rights is 44\.4% of the prison term/u],
    ["how many times longer is 10 yrs than what qi got", /^4\.44 times as long: 10 years \(120 months\) against 2 years and 3 months \(27 months\), which is 22\.5% of it/u],
    ["齐某的刑期比五年少几个月？", /^2 years and 9 months \(33 months\)/u],
    ["齐的刑期加上剥夺政治权利一共多少个月？", /^3 years and 3 months in all \(39 months\)/u],
  ] as const)("%s", (question, expected) => {
    const a = answer(question);
    expect(a.title).toBe("Qi: arithmetic");
    expect(a.text).toMatch(expected);
  });
});

describe("a point of the cited range is worked out", () => {
  it.each([
    ["midpoint of the 5 to 10 year range?", /^The midpoint of the cited range is 7 years and 6 months \(90 months\)/u],
    ["what is half the minimum", /^Half of the 5 years at the bottom of the cited range is 2 years and 6 months \(30 months\)/u],
    ["what's twice the max", /^Twice the 10 years at the top of the cited range is 20 years \(240 months\)/u],
  ] as const)("%s", (question, expected) => {
    const a = answer(question);
    expect(a.title).toBe("The Counter-Espionage Law, as cited");
    expect(a.text).toMatch(expected);
  });
});

describe("a yes/no asked of a computed figure leads with the answer", () => {
  it.each([
    ["if qi's sentence were doubled, would it reach the minimum?", /^No: 4 years and 6 months \(54 months\): 2 years and 3 months doubled\. That is 6 months below the 5 years/u],
    ["if they doubled qi's sentence would he still be below 5 years", /^Yes: 4 years and 6 months/u],
    ["would qi's sentence tripled hit the law's minimum", /^Yes: 6 years and 9 months/u],
    ["if qi's term was tripled would it exceed the max", /^No: 6 years and 9 months \(81 months\)/u],
    ["qi prison + rights combined, still below the 5 yr minimum?", /^Yes: 3 years and 3 months in all/u],
  ] as const)("%s", (question, expected) => {
    expect(answer(question).text).toMatch(expected);
  });
});

describe("a choice of directions is answered with the one that holds", () => {
  it.each([
    ["is qi's sentence more or less than half the 5 year minimum", /^Less: 2 years and 3 months is less than 2 years and 6 months/u],
    ["is qi's sentence more or less than 2 years", /^More: 2 years and 3 months is more than 2 years/u],
    ["Is 2 years 3 months more or less than half the minimum?", /^Less: 2 years and 3 months is less than 2 years and 6 months/u],
  ] as const)("%s", (question, expected) => {
    expect(answer(question).text).toMatch(expected);
  });
});

describe("counts the article gives of the suspects as a group", () => {
  it("counts every case for a motive the article gives them all", () => {
    const a = answer("how many of the suspects were facing financial trouble?");
    expect(a.text).toMatch(/^All 3: Zhong, Qi and Song\. According to the ministry, the suspects were facing financial difficulties/u);
  });

  it("counts the cases described, without a yes or no on 'several suspects'", () => {
    expect(answer("were there only three suspects total or more?").text).toMatch(/^3: the article describes 3 cases/u);
  });
});

describe("a comparison that does not hold says the way it does stand", () => {
  it.each([
    ["didn't the guy who lost money investing get more time than the law's 5-year minimum?", /^No\. .*2 years and 3 months is less than 5 years\./su],
    ["did qi lose his rights for more than 2 years", /^No\. .*That is less than 2 years\./su],
    ["is 2 years 3 months more than half the minimum?", /^No: 2 years and 3 months is less than 2 years and 6 months/u],
    ["did qi get less than 2 years", /^No\. .*2 years and 3 months is more than 2 years\./su],
  ] as const)("%s", (question, text) => {
    expect(answer(question).text).toMatch(text);
  });
});

describe("arithmetic kinds from the blind pairs 143 and 145", () => {
  it.each([
    // a multiple said after the term
    ["qi's total jail months times two?", /^4 years and 6 months \(54 months\): 2 years and 3 months doubled/u],
    ["qi's sentence multiplied by 3", /^6 years and 9 months \(81 months\): 2 years and 3 months tripled/u],
    // with no term after it, the factor scales the range's end it stands before
    ["would qi's 2 years 3 months be more or less than half the max of the 5-10 range", /^Less: 2 years and 3 months is less than 5 years/u],
    // served one after the other: added up
    ["if qi served his prison term and then the political rights deprivation back to back how long is that", /^3 years and 3 months in all \(39 months/u],
    // how far the two together fall short of an end of the range: the gap is the answer
    ["how much longer is the 10 year top of the normal range than qi's prison time and rights deprivation put together?", /^The total is 6 years and 9 months \(81 months\) below the 10 years/u],
  ] as const)("%s", (question, expected) => {
    expect(answer(question).text).toMatch(expected);
  });
});
