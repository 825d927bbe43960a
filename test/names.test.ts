import { describe, expect, it } from "vitest";
import { core } from "./helpers/core.js";

const inText = (q: string) => core().engine.read(q);

describe("surnames in free text", () => {
  it.each([
    ["What did Zhong do?", "zhong"], ["zhonh", "zhong"], ["what about zhomg", "zhong"], ["Chung's motive", "zhong"],
    ["Tell me about Chi", "qi"], ["Ch'i sentence", "qi"], ["Chʻi", "qi"], ["QI'S PENALTY", "qi"], ["齐的刑期", "qi"],
    ["Sung", "song"], ["Soong", "song"], ["宋", "song"], ["钟先生", "zhong"],
  ])("%s names %s", (q, id) => {
    expect(inText(q).cases).toEqual([id]);
  });

  it.each(["Zhang", "Wang", "Li", "Wu", "Liu", "Chen", "Ji"])("%s is someone the article does not cover, never the nearest case", (name) => {
    const u = inText(`What sentence did ${name} receive?`);
    expect(u.cases).toEqual([]);
    expect(u.others).toEqual([name]);
  });

  it.each(["some", "sing", "long", "chin", "phone", "won", "non", "zone"])("the ordinary word %s is not read as a surname", (w) => {
    const u = inText(`what is ${w} here`);
    expect(u.cases).toEqual([]);
  });

  it("a spelling as close to two surnames goes to the one with its first letter", () => {
    expect(inText("Shong").cases).toEqual(["song"]);
    expect(inText("why did zong need money").cases).toEqual(["zhong"]);
  });

  it("English homographs in lower case are words, capitalised mid-sentence they are names", () => {
    expect(inText("he went home").others).toEqual([]);
    expect(inText("what did Ma get").others).toEqual(["Ma"]);
  });
});

describe("autocomplete ranking", () => {
  const rank = (q: string) => core().engine.rankCases(q).map((c) => c.surname);
  it("empty input lists every case in the article's order", () => expect(rank("")).toEqual(["Zhong", "Qi", "Song"]));
  it("exact comes first", () => expect(rank("song")[0]).toBe("Song"));
  it("prefix matches: s -> Song", () => expect(rank("s")[0]).toBe("Song"));
  it("romanised: Chung -> Zhong", () => expect(rank("Chung")[0]).toBe("Zhong"));
  it("fuzzy: zhnog -> Zhong", () => expect(rank("zhnog")[0]).toBe("Zhong"));
  it("characters: 宋 -> Song", () => expect(rank("宋")[0]).toBe("Song"));
});

describe("stems that must stay apart", () => {
  it("keeps 'several' apart from 'severe'", async () => {
    const { stem } = await import("../src/answer/read/stem.js");
    expect(stem("several")).not.toBe(stem("severe"));
  });
});
