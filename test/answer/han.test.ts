import { describe, expect, it } from "vitest";
import { hanResidue, hanVocabulary } from "../../src/answer/read/han.js";
import { core } from "../helpers/core.js";

describe("Chinese words nothing reads", () => {
  const vocabulary = hanVocabulary(["钟", "齐", "宋", "境外机构", "联系", "官网"]);

  it("leaves none when names, the lexicon's words and grammar cover the text", () => {
    expect(hanResidue("钟是通过官网联系境外机构的吗？", vocabulary)).toEqual([]);
  });

  it("leaves the words no vocabulary holds", () => {
    expect(hanResidue("钟是在上海被抓的", vocabulary)).toEqual(["上海"]);
  });

  it("reads only Han text", () => {
    expect(hanResidue("Zhong 联系 the agency", vocabulary)).toEqual([]);
  });
});

const verdict = (claim: string) => {
  const r = core().engine.check(claim);
  return r.kind === "claims" ? r.checks[0]!.verdict : "none";
};

describe("a Chinese claim with a detail nothing reads is not supported", () => {
  it.each([
    ["钟的公司是做科技的", "nei"],
    ["齐是被同事举报的", "nei"],
    ["宋通过电话联系境外机构", "contradicted"],
    ["三个人都是境外机构主动联系的", "contradicted"],
    ["境外机构主动联系了钟", "contradicted"],
    ["境外机构给了宋钱", "nei"],
    ["境外机构收集了钟的个人信息", "supported"],
    ["境外机构一直没回钟", "contradicted"],
  ] as const)("%s -> %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
