import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../src/data/errors.js";
import { DEFAULT_DATA_DIR, loadDataset } from "../src/data/load.js";
import { corruptedCopy } from "./helpers/data-copy.js";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function errorOf(dir: string): string {
  try {
    loadDataset(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error("the dataset loaded, but it should have been refused");
}

describe("the project's dataset", () => {
  const data = loadDataset();

  it("holds the three cases of the article, in its order", () => {
    expect(data.cases.map((c) => c.surname)).toEqual(["Zhong", "Qi", "Song"]);
  });

  const sharedArticle = path.join(DEFAULT_DATA_DIR, "../../shared/article.txt");
  // the shared folder sits beside the checkout on a developer's machine, not in CI's clean clone
  it.skipIf(!existsSync(sharedArticle))("has a verbatim copy of the shared article", () => {
    const shared = readFileSync(sharedArticle, "utf8");
    expect(squash(data.article.text)).toBe(squash(shared));
  });

  it("quotes every fact verbatim from the article", () => {
    const article = squash(data.article.text);
    for (const f of data.facts) expect(article, f.id).toContain(squash(f.quote));
  });

  it("records Qi's prison term as numbers and Zhong's as not reported", () => {
    const qi = data.caseById.get("qi")!;
    expect(qi.penalty).toMatchObject({ kind: "prison", years: 2, months: 3 });
    expect(qi.penalty.fact.quote).toContain("two years and three months");
    expect(data.caseById.get("zhong")!.penalty.kind).toBe("not-reported");
    expect(data.caseById.get("song")!.penalty.kind).toBe("administrative");
  });

  it("keeps the publication's facts (publisher, author, date, URL, the day of the reveal) as metadata beside the text", () => {
    expect(data.article.publication).toEqual({
      publisher: "China Daily",
      author: "Cui Jia",
      published: "2024-12-17",
      url: "https://global.chinadaily.com.cn/a/202412/17/WS6760d165a310f1265a1d342f.html",
      casesRevealed: { by: "Ministry of State Security", date: "2024-12-16", articleSays: "on Monday" },
    });
    // metadata, not text: none of it is in the article itself
    for (const v of ["China Daily", "Cui Jia", "2024", "December"]) expect(data.article.text).not.toContain(v);
  });

  it("says the article gives no calendar date", () => {
    expect(data.article.date).toBeNull();
    expect(data.article.disclosedWhen).toBe("on Monday");
  });
});

describe("a corrupted dataset is refused with an error naming file, record and field", () => {
  const cases: Array<[string, string, (j: any) => void, RegExp]> = [
    ["a quote altered by one word", "cases.json", (j) => (j.cases[1].facts[3].quote = j.cases[1].facts[3].quote.replace("official", "secret")), /cases\.json: cases\[1\]\.facts\[3\]\.quote is not in the article/],
    ["a missing field", "cases.json", (j) => delete j.cases[0].surname, /cases\.json: cases\[0\]\.surname is missing \(expected string\)/],
    ["a field of the wrong type", "cases.json", (j) => (j.cases[1].penalty.years = "two"), /cases\.json: cases\[1\]\.penalty\.years has the wrong type \(expected number\)/],
    ["an empty statement", "cases.json", (j) => (j.cases[2].facts[0].statement = "  "), /cases\.json: cases\[2\]\.facts\[0\]\.statement is empty/],
    ["a duplicate fact id", "cases.json", (j) => (j.cases[2].facts[1].id = "song-identity"), /cases\.json: cases\[2\]\.facts\[1\]\.id "song-identity" duplicates/],
    ["a duplicate case id", "cases.json", (j) => (j.cases[2].id = "qi"), /cases\.json: cases\[2\]\.id "qi" duplicates another case/],
    ["an unknown fact reference", "cases.json", (j) => (j.cases[0].outcome.fact = "zhong-nothing"), /cases\.json: cases\[0\]\.outcome\.fact refers to unknown fact "zhong-nothing"/],
    ["a prison term resting on no sentence quote", "cases.json", (j) => (j.cases[1].penalty.fact = "qi-motive"), /cases\.json: cases\[1\]\.penalty\.fact must be a fact with topic "sentence"/],
    ["an unknown article reference", "law.json", (j) => (j.article = "another-article"), /law\.json: article refers to unknown article "another-article"/],
    ["a law quote not in the article", "law.json", (j) => (j.provisions[0].quote = "Spies get ten years."), /law\.json: provisions\[0\]\.quote is not in the article/],
    ["a law's conduct its quote does not say", "law.json", (j) => j.provisions[0].conduct.acts.push("bribe"), /law\.json: provisions\[0\]\.conduct\.acts has "bribe", which its quote does not say/],
    ["an unknown field", "article.json", (j) => (j.publisher = "x"), /article\.json: \(root\) has unknown field\(s\) publisher/],
    ["a publication URL that is not https", "article.json", (j) => (j.publication.url = "http://global.chinadaily.com.cn/a/1.html"), /article\.json: publication\.url/],
    ["a publication date that is not a date", "article.json", (j) => (j.publication.published = "17 December 2024"), /article\.json: publication\.published/],
    ["cases revealed after the article was published", "article.json", (j) => (j.publication.casesRevealed.date = "2024-12-18"), /article\.json: publication\.casesRevealed\.date must not be after publication\.published/],
    ["a reveal date that is not the weekday the article names", "article.json", (j) => (j.publication.casesRevealed.date = "2024-12-15"), /article\.json: publication\.casesRevealed\.date is not the weekday/],
    ["a reveal day the article does not say", "article.json", (j) => (j.publication.casesRevealed.articleSays = "last week"), /article\.json: publication\.casesRevealed\.articleSays is not in the article/],
    ["an antonym the case base itself uses", "lexicon.json", (j) => (j.antonyms.lawful = ["violated"]), /lexicon\.json: antonyms\.lawful reads as a word the case base itself uses \("law"\)/],
    ["a silent topic's nearest fact that does not exist", "lexicon.json", (j) => (j.silent[0].near = ["no-such-fact"]), /lexicon\.json: silent\[0\]\.near refers to unknown fact "no-such-fact"/],
    ["two synonym keys of one stem, one of which the reader would drop", "lexicon.json", (j) => (j.synonyms.jails = ["prison"]), /lexicon\.json: synonyms\.jails is the same word as synonyms\.jail \("jail"\)/],
    ["a sequence for a case that does not exist", "attributes.json", (j) => (j.sequence.wang = [["contact"]]), /attributes\.json: sequence\.wang is not a case in cases\.json/],
    ["a sequence naming no attribute", "attributes.json", (j) => (j.sequence.qi = [["bribery"]]), /attributes\.json: sequence\.qi\[0\]\[0\]/],
    ["an article-level quote not in the article", "article.json", (j) => (j.facts[0].quote = "The MSS revealed it on Tuesday."), /article\.json: facts\[0\]\.quote is not in the article/],
  ];
  it.each(cases)("%s", (_name, file, edit, expected) => {
    expect(errorOf(corruptedCopy(file, edit))).toMatch(expected);
  });

  it("npm run data:check exits non-zero and prints the named error", () => {
    const dir = corruptedCopy("cases.json", (j) => (j.cases[1].facts[3].quote = j.cases[1].facts[3].quote.replace("official", "public")));
    const r = spawnSync("npx", ["tsx", "src/data/check.ts", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cases\.json: cases\[1\]\.facts\[3\]\.quote is not in the article/);
  });

  it("npm run data:check prints a one-line summary for the good dataset", () => {
    const r = spawnSync("npx", ["tsx", "src/data/check.ts"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/3 cases \(Zhong, Qi, Song\)/);
  });
});
