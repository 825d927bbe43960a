import { describe, expect, it } from "vitest";
import type { Query } from "../../src/answer/query.js";
import { stem } from "../../src/answer/read/stem.js";
import { core } from "../helpers/core.js";

const read = (q: string) => core().engine.read(q);

// What a question reads into: kind, cases, attribute, predicate. One row per
// kind of reading; the answer tables check the replies end to end.
const ROWS: Array<[question: string, expected: Partial<Query>]> = [
  ["How long was Qi jailed?", { kind: "value", cases: ["qi"], attribute: "penalty" }],
  ["what was qi's jbo", { cases: ["qi"], attribute: "employment" }],
  ["did zhong never meet the agents?", { kind: "yesno", cases: ["zhong"], asksNegative: true }],
  ["did qi get less than life?", { cases: ["qi"], predicate: { type: "life", below: true } }],
  ["bot, did Qi get a fine on top of jail?", { kind: "yesno", cases: ["qi"], predicate: { type: "fined" } }],
  ["how does the article describe the reaction of the foreign agency to zhong's outreach", { cases: ["zhong"], attribute: "agency" }],
  ["who was sentenced for stealing state secrets for foreign entities", { attribute: "offence" }],
  ["add the law's minimum term and qi's actual term together, how many months", { cases: ["qi"], arithmetic: { op: "plus", target: { ref: "min", factor: 1 } } }],
  ["did qi have no access to classified projects?", { kind: "yesno", cases: ["qi"], asksNegative: true }],
  ["how wide is the 5-to-10 year range", { attribute: "lawRange", arithmetic: { op: "width" } }],
  ["convert the 5 to 10 year range into months", { attribute: "lawRange", arithmetic: { op: "in-units", unit: "months" } }],
  ["这几个人为什么要出卖国家秘密？", { kind: "value", attribute: "moneyTrouble" }],
  ["when exactly was zhong picked up", { kind: "silent", silent: "exact-date" }],
  ["how does the MSS usually catch spies in general", { kind: "silent", silent: "other-cases" }],
  ["how long did song spend looking for a job", { kind: "silent", silent: "spans" }],
  ["zhong had worked on a classified project in the past, yeah?", { kind: "yesno", words: ["work", "classifi", "project", "past"] }],
  ["yo what did qi haul home from work lol", { cases: ["qi"], attribute: "actions" }],
  ["thx casebook! one more - did the photo guy lose political rights too?", { kind: "yesno", cases: ["qi"], attribute: "rights" }],
  ["was the one who took classified originals home deprived of political rights?", { cases: ["qi"], attribute: "rights", predicate: { type: "said", on: "rights" } }],
  ["didn't the guy who worked on classified projects photograph the materials at his office?", { kind: "yesno", attribute: "actions", description: ["work", "classifi", "project"] }],
  ["is the way qi contacted the agency the same as zhong's?", { kind: "compare", attribute: "contact", same: true }],
  ["who is the current head of the ministry of state security", { kind: "silent", silent: "ministry" }],
  ["when did authorities step in on zhong", { cases: ["zhong"], predicate: { type: "arrested" } }],
  ["what did qi do to try to make money?", { cases: ["qi"], attribute: "moneyTrouble" }],
  ["what did zhong do to get money", { kind: "value", cases: ["zhong"], attribute: "moneyTrouble" }],
  ["what business setback did zhong have before contacting them", { kind: "value", cases: ["zhong"], attribute: "moneyTrouble" }],
  ["count of suspects who lost money?", { kind: "count", attribute: "moneyTrouble" }],
  ["r u sure song got prison?", { kind: "yesno", cases: ["song"] }],
  ["under the law, handing secrets to whom is banned?", { kind: "value", attribute: "lawConduct" }],
  ["to whom did zhong offer information?", { cases: ["zhong"] }],
  ["what did investigators find about qi", { cases: ["qi"], attribute: "secrets" }],
  ["what's zhong up to these days", { kind: "silent", silent: "after" }],
  ["when does the sentence go past ten years", { kind: "value", attribute: "lawSevere" }],
  // a question word at the end asks for a value, whatever auxiliary opens the sentence
  ["was qi stealing for who", { kind: "value", attribute: "offence" }],
  ["did the unemployed one get a job later", { kind: "silent", silent: "after" }],
  ["what will qi do after he gets out", { kind: "silent", silent: "after" }],
  ["what does the ministry recommend ordinary citizens do", { kind: "silent", silent: "warnings" }],
  ["how can regular people spot a foreign spy approach", { kind: "silent", silent: "warnings" }],
  ["what does losing political rights actually entail", { kind: "silent", silent: "rights-meaning" }],
  ["were the foreign handlers ever caught", { kind: "silent", silent: "agency-fate" }],
  ["what's a classified document worth on the black market", { kind: "silent", silent: "money" }],
  ["which municipal security bureau handled qi", { kind: "silent", silent: "where-handled" }],
  ["what does section 7 of that law say", { kind: "silent", silent: "other-laws" }],
  ["i was reading about a similar case last month, what did that guy get", { kind: "silent", silent: "other-cases" }],
  ["what sort of investments did qi lose money on", { kind: "silent", silent: "institution" }],
  ["name of the agent who contacted song?", { kind: "silent", silent: "names" }],
  ["which country's spies were they", { kind: "silent", silent: "country" }],
  ["the jobless guy — was his pledge illegal?", { kind: "yesno", cases: ["song"] }],
  ["which suspects had jobs", { kind: "which", predicate: { type: "employed", now: true } }],
  ["who were they trying to sell secrets to", { kind: "value", attribute: "contact" }],
  ["how long did song keep downloading stuff", { kind: "silent", silent: "spans" }],
  ["what does zhong's classified unit do", { kind: "silent", silent: "institution" }],
  ["who owns china daily", { kind: "silent" }],
  ["qi's email address?", { kind: "silent", silent: "age" }],
  ["how much were the spies paying zhong", { kind: "silent", silent: "money" }],
  ["why did they nab qi", { cases: ["qi"], attribute: "offence" }],
  ["who did song offer the info to?", { kind: "value", cases: ["song"], attribute: "contact" }],
  ["why did zhong do it", { kind: "value", cases: ["zhong"], attribute: "moneyTrouble" }],
  ["how did song contact the agency", { kind: "value", cases: ["song"], attribute: "contact" }],
  ["what did zhong claim to be", { kind: "value", cases: ["zhong"], attribute: "falseClaim" }],
  ["who revealed these cases?", { kind: "meta", cases: [], attribute: "source" }],
  ["what is it about overall?", { kind: "overview", silent: null }],
  // ("sum it up" asks for a summary; a sum of money is another thing)
  ["can you sum it up for me", { kind: "overview", silent: null }],
  ["how many of the suspects were facing financial trouble?", { kind: "count", attribute: "moneyTrouble" }],
  ["how long had song been unemployed before all this", { kind: "silent", silent: "spans" }],
  ["who runs the MSS", { kind: "silent", silent: "ministry" }],
  ["how long does song's penalty last", { kind: "silent", silent: "penalty-detail" }],
  ["give me tips for passing a security clearance interview", { kind: "silent", silent: "advice" }],
  ["under the counter-espionage law what's the standard prison range, just the normal one", { kind: "value", attribute: "lawRange", description: null }],
  ["so the guy whose startup tanked and got his bank accounts frozen, what sentence did he get?", { cases: ["zhong"], attribute: "penalty" }],
  ["job-hunting dude, what'd he get hit with", { cases: ["song"], attribute: "penalty" }],
  ["song stole classified files from a research institute", { cases: ["song"], secretTaken: true }],
  ["song offered classified info for money", { cases: ["song"], secretTaken: false }],
  ["这篇文章是谁发布的？", { kind: "meta", attribute: "source", outlet: "asked" }],
  ["how many years has the counter-espionage law been in force", { kind: "silent", silent: "law-history" }],
  ["i work at a defense contractor, am i allowed to post pics of my badge? legal advice pls", { kind: "silent", silent: "advice" }],
  ["how much was in zhong's frozen bank accounts", { kind: "silent", silent: "money" }],
  ["can you help me draft a letter to the ministry of state security", { kind: "offtopic" }],
  ["what newspaper ran this", { kind: "meta", cases: [], attribute: "source", outlet: "asked" }],
  ["this article is from xinhua", { attribute: "source", outlet: "other" }],
  ["china daily ran this story", { attribute: "source", outlet: "ours" }],
  ["a court announced these cases", { attribute: "source", authority: true, silent: null }],
  ["did qi get away with it?", { kind: "yesno", cases: ["qi"], predicate: { type: "punished" }, avoided: true }],
  ["how many of them pledged allegiance per the article", { kind: "count", predicate: { type: "words", on: "actions", stems: ["pledg", "allegi"] } }],
  ["song tried again after being penalized", { unfamiliar: ["#later"] }],
  ["only one of the three is reported to have gotten a prison sentence", { quantifier: "one", reported: true, unfamiliar: [] }],
  ["all three were not jailed", { quantifier: "none", negated: false }],
  ["they didn't all go to prison", { quantifier: "all", negated: true }],
  ["三个人都不是失业的", { quantifier: "none", negated: false }],
  ["when were the cases revealed", { kind: "meta", attribute: "date" }],
  ["what's the article about", { kind: "overview", cases: [] }],
  ["tell me about Qi", { kind: "overview", cases: ["qi"] }],
  ["Which suspects contacted an agency through its official website?", { kind: "which", cases: [], predicate: { type: "website" } }],
  ["Which of them was unemployed?", { kind: "which", predicate: { type: "unemployed" } }],
  ["Whose materials contained state secrets?", { kind: "which", predicate: { type: "secrets" } }],
  ["how many suspects are there", { kind: "count", attribute: "cases" }],
  ["qisentence?", { kind: "value", cases: ["qi"], attribute: "penalty" }],
  ["howmany cases r there", { kind: "count", attribute: "cases" }],
  ["Is 7 years within the cited range?", { kind: "yesno" }],
  ["zhongs cover stroy?", { cases: ["zhong"], attribute: "falseClaim" }],
  ["is china daily state media", { kind: "silent", silent: "outlet-opinion" }],
  ["如果外国间谍联系我我该怎么办", { kind: "silent", silent: "advice" }],
  ["did any of the three actually meet foreign agents in person", { kind: "yesno", quantifier: "any" }],
  ["can you tell me about the huawei espionage accusations", { kind: "silent", silent: "other-news" }],
  ["what's the maximum fine under the counter-espionage law", { kind: "silent", silent: "money" }],
  ["did zhong go through a middleman", { kind: "yesno", cases: ["zhong"] }],
  ["is the mss the same thing as the ministry of public security", { kind: "silent", silent: "ministry" }],
  ["what language was the foreign agency's website in", { kind: "silent", silent: "detail" }],
  ["齐被关在哪个监狱?", { kind: "silent", silent: "after" }],
  ["what prison term was handed to qi", { kind: "value", attribute: "penalty" }],
  ["did the unemployed guy get detained for a few days or just fined?", { kind: "silent", silent: "penalty-detail" }],
  ["how many cases did the mss disclose in this article", { kind: "count", attribute: "cases" }],
  ["how many does the article actually go into", { kind: "count", attribute: "cases" }],
  ["how many cases were revealed", { kind: "count", attribute: "cases" }],
  ["how many of them disclosed information", { kind: "count", predicate: { type: "words", on: "actions", stems: ["disclos", "inform"] } }],
  ["song and qi — did both of them contact agencies through official websites?", { kind: "yesno", cases: ["song", "qi"], attribute: "contact" }],
  ["yo what was zhong's deal", { cases: ["zhong"], kind: "overview" }],
  ["how many were sentenced to prison", { kind: "count", predicate: { type: "jailed" } }],
  ["Is Qi's sentence more than 2 years?", { kind: "yesno", cases: ["qi"], predicate: { type: "term", on: "penalty", op: ">", amount: { months: 24 } } }],
  ["did qi get at least 27 months", { kind: "yesno", predicate: { type: "term", on: "penalty", op: ">=", amount: { months: 27 } } }],
  ["qi got less than 5 years right?", { kind: "yesno", predicate: { type: "term", on: "penalty", op: "<", amount: { months: 60 } } }],
  ["Was Zhong jailed?", { kind: "yesno", cases: ["zhong"], predicate: { type: "jailed" } }],
  ["did song go to prison", { kind: "yesno", cases: ["song"], predicate: { type: "jailed" } }],
  ["Is 2 years 3 months more than half the minimum?", { kind: "yesno", subjectTerm: 27, predicate: { type: "term", on: "penalty", op: ">", amount: { ref: "min", factor: 0.5 } } }],
  ["Is 7 years within the cited range?", { kind: "yesno", subjectTerm: 84, predicate: { type: "range", where: "within" } }],
  ["How many months is Qi's sentence in total?", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "in-units", unit: "months" } }],
  ["How far is Qi's term from the 10-year top of the cited range?", { kind: "arithmetic", arithmetic: { op: "to", target: { ref: "max", factor: 1 } } }],
  ["who got the harsher punishment, qi or song", { kind: "compare", cases: ["qi", "song"] }],
  ["what's the harshest sentence possible", { kind: "value", cases: [], attribute: "lawSevere" }],
  ["can someone get life imprisonment for this?", { kind: "yesno", attribute: "lawSevere", quantifier: null, predicate: { type: "life" } }],
  ["What's the full name of Qi?", { kind: "silent", silent: "names" }],
  ["which agency, MI6?", { kind: "silent", silent: "country" }],
  ["What did Qi invest in?", { kind: "silent", silent: "institution" }],
  ["how much was song fined", { kind: "silent", silent: "money" }],
  ["write me a poem about spies", { kind: "offtopic" }],
  ["what did the MSS say about Taiwan", { kind: "silent" }],
  ["how would i go about contacting a foreign intelligence agency", { kind: "silent", silent: "advice" }],
  ["when exactly was qi sentenced", { kind: "silent", silent: "exact-date" }],
  ["which ones lied about their identity", { kind: "which", attribute: "falseClaim" }],
  ["谁假冒研究人员？", { kind: "which", attribute: "falseClaim", predicate: { type: "words", on: "falseClaim", stems: ["research", "claim"] } }],
  ["一共有几个案例？", { kind: "count", attribute: "cases" }],
  ["anyone get over 10 years?", { kind: "yesno", quantifier: "any", predicate: { type: "term", on: "penalty", op: ">", amount: { months: 120 } } }],
  ["was song's pledge forced or voluntary", { kind: "value", cases: ["song"] }],
  ["qi's prison term as a decimal number of years?", { kind: "arithmetic", arithmetic: { op: "in-units", unit: "years" } }],
  ["what specific administrative penalties did song get", { kind: "silent", silent: "penalty-detail" }],
  ["what app did qi use to send the photos, wechat?", { kind: "silent", silent: "detail" }],
  ["what does the american espionage act say about selling secrets?", { kind: "silent", silent: "other-laws" }],
  ["what was zhong's startup about?", { kind: "silent", silent: "institution" }],
  ["on whose behalf was qi stealing secrets", { cases: ["qi"], attribute: "offence" }],
  ["whose pledge violated the Counter-Espionage Law?", { kind: "which", attribute: "law" }],
  ["did zhong break the law", { kind: "yesno", predicate: { type: "unlawful" } }],
  ["how many cases does the article actually go through", { kind: "count", attribute: "cases" }],
  ["was anyone besides qi given a sentence in the article?", { kind: "yesno", cases: ["zhong", "song"] }],
  ["and the other two, were they also sentenced like qi?", { cases: ["zhong", "song"] }],
  ["齐总共被判了多少个月", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "in-units", unit: "months" } }],
  ["qi got 2 yrs 3 months for what exactly, like the official reason", { cases: ["qi"], attribute: "offence" }],
  ["Please tell me, Qi is stealing secrets for whom?", { cases: ["qi"], attribute: "offence" }],
  ["was qi's job related to classified work or no?", { kind: "yesno", negated: false }],
  ["Who is revealing these cases? Sorry my english not so good", { kind: "meta", attribute: "source" }],
  ["did all three reach the agencies the same way?", { kind: "yesno", attribute: "contact", same: true }],
  ["齐的刑期加上剥夺政治权利一共多长时间？", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "sum-rights" } }],
  ["最严重的情况会判多久？", { attribute: "lawSevere" }],
  ["was qi deprived of political rights for longer than his prison term?", { kind: "yesno", predicate: { type: "terms", op: "<", factor: 1 } }],
  ["hello", { kind: "greeting" }],
  ["What sentence did Wang get?", { others: ["Wang"], cases: [] }],
  ["齐被判了多久？", { cases: ["qi"], attribute: "penalty", others: [] }],
  ["钟是怎么联系外国间谍机构的？", { cases: ["zhong"], attribute: "contact" }],
  ["what did Chung do", { cases: ["zhong"] }],
  ["Qui sentence", { cases: ["qi"] }],
  ["the unemployed guy, what penalty did he get", { cases: ["song"], via: "described", attribute: "penalty" }],
  ["the one who photographed documents, what was his sentence", { cases: ["qi"], via: "described", attribute: "penalty" }],
  ["the guy whose startup failed, what did he claim to be", { cases: ["zhong"], via: "described", attribute: "falseClaim" }],
  ["the third one, how was he punished", { cases: ["song"] }],
  ["宋有没有坐牢", { kind: "yesno", cases: ["song"], predicate: { type: "jailed" } }],
  ["齐是不是被判了十年", { kind: "yesno", cases: ["qi"], predicate: { type: "term", on: "penalty", op: "=", amount: { months: 120 } } }],
  ["那个失业的哥们有没有坐牢", { kind: "yesno", cases: ["song"], via: "described", predicate: { type: "jailed" } }],
  ["几个案子啊", { kind: "count", attribute: "cases" }],
  ["齐的刑期换算成月是多少", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "in-units", unit: "months" } }],
  ["what dates did these cases take place", { kind: "silent", silent: "exact-date" }],
  ["which stocks did qi invest in", { kind: "silent", silent: "institution" }],
  ["were all these cases from the same city?", { kind: "silent", silent: "place" }],
  ["express the 5–10 year range in months", { attribute: "lawRange", arithmetic: { op: "in-units", unit: "months" } }],
  ["zhong what happened", { kind: "overview", cases: ["zhong"] }],
  ["what happened to zhong", { attribute: "outcome", cases: ["zhong"] }],
  ["where did song get the info from", { attribute: "actions", cases: ["song"] }],
  ["where did song grab the info from", { attribute: "actions", cases: ["song"] }],
  ["齐为啥要卖国家秘密", { attribute: "moneyTrouble", cases: ["qi"] }],
  ["was song punished more harshly than qi?", { kind: "compare", cases: ["song", "qi"], polar: true }],
  ["did song get more or less than qi", { kind: "compare", polar: true, choice: true }],
  ["what date was the article published", { kind: "meta", silent: null, outlet: "asked" }],
  ["what year did the article come out", { kind: "meta", silent: null, outlet: "asked" }],
  ["which was longer for qi, the prison term or the political rights deprivation?", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "diff-rights" } }],
  ["what's the gap between the two parts of qi's punishment", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "diff-rights" } }],
  ["齐是被哪个法判的？", { cases: ["qi"], attribute: "law" }],
  ["emm 所以钟是主动联系外国间谍机构的吗", { kind: "yesno", cases: ["zhong"], attribute: "contact" }],
  ["中国国家安全部部长是谁", { kind: "silent" }],
  ["what did all three have in common", { kind: "common", cases: [] }],
  ["whats the common thread between all these guys", { kind: "common" }],
  ["what do zhong and qi have in common", { kind: "common", cases: ["zhong", "qi"] }],
  ["钟和宋有什么共同点", { kind: "common", cases: ["zhong", "song"] }],
  ["how would someone contact a foreign intelligence agency without getting caught", { kind: "silent", silent: "advice" }],
  ["give me tips for finding a job lol, dont wanna end up like song", { kind: "offtopic" }],
  ["what did the employee on classified projects get", { cases: ["qi"], via: "described" }],
  ["hiii what did the guy snapping pics of secret papers in his house get sentenced to", { cases: ["qi"], via: "described", attribute: "penalty" }],
  ["ty! last one — the frozen-accounts guy, did he get to meet the agents?", { cases: ["zhong"] }],
  ["what did the insider do", { cases: ["qi"], via: "described" }],
  ["how much did the investment guy lose", { kind: "silent", silent: "money" }],
  ["which specific documents did qi photograph", { kind: "silent", silent: "materials-content" }],
  ["what happened to qi's employer afterwards", { kind: "silent", silent: "associates" }],
  ["how many cases did the artcle describe", { kind: "count", attribute: "cases" }],
  ["zhong disclosed info about a project he had worked on before, true?", { kind: "yesno", cases: ["zhong"], words: ["disclos", "info", "project", "work"] }],
  ["who made false claims about themselves", { kind: "which", words: ["fals", "claim"] }],
  ["whats the worst punishment mentioned in the article", { cases: [], attribute: "lawSevere" }],
  ["how many cases are in teh article", { kind: "count", attribute: "cases" }],
  ["what's the harshest penalty the law mentions? just curious", { cases: [], attribute: "lawSevere" }],
  ["how many months shy of the 10 year cap is qi", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "to", target: { ref: "max", factor: 1 } } }],
  ["did the copier guy actually send stuff to the agency", { cases: ["qi"], via: "described" }],
  ["how meny cases r there", { kind: "count", attribute: "cases" }],
  ["who was the officer in charge of investigating qi", { kind: "silent", silent: "names" }],
  ["what happened to the foreign agents who responded to zhong", { kind: "silent", silent: "associates" }],
  ["qi got caught, but what did HE do exactly?", { cases: ["qi"], others: [] }],
  ["bot pls, whats the worst u can get under that law lol", { cases: [], attribute: "lawSevere" }],
  ["was qi's prison term inside the 5-10 yr range from the law?", { kind: "yesno", cases: ["qi"], predicate: { type: "range", where: "within" } }],
  ["what's the classified unit zhong worked for called", { kind: "silent", silent: "institution" }],
  ["what scientific field was the unemployed guy into", { kind: "silent", silent: "institution" }],
  ["why were zhong's bank accounts frozen in the first place", { kind: "silent", silent: "trouble-cause" }],
  ["if song didnt actually give away any secrets, why was he in trouble??", { cases: ["song"], attribute: "offence" }],
  ["hello! could u explain why qi's case counted as stealing state secrets?", { cases: ["qi"], attribute: "offence" }],
];

describe("what a question reads into", () => {
  it.each(ROWS)("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });
});

describe("an English word one letter from a lexicon word is read as typed, not as a typo", () => {
  it.each([
    ["was qi charged with treason", "treason"],
    ["this article is boring", "boring"],
    ["was it a covert operation", "covert"],
    ["did qi enter any pleas", "pleas"],
  ])("%s keeps %j", (question, word) => {
    expect(read(question).words).toContain(stem(word));
  });
  it.each([
    ["how did zhong's acounts get frozen", "account"],
    ["were qi's investmnets a failure", "investment"],
  ])("%s still reads a typo as %j", (question, word) => {
    expect(read(question).words).toContain(stem(word));
  });
});

describe("who was named is read the same with or without capitals", () => {
  it.each([
    "I'm explaining this to my mom who doesn't read English well: what did Qi get?",
    "If you stack Qi's 27 months next to the 10-year mark, what's the gap in years? Rough is fine.",
  ])("%s names no one else", (question) => {
    expect(read(question).others).toEqual([]);
    expect(read(question.toLowerCase()).others).toEqual([]);
  });
  it("still reads an unknown capitalised name inside a sentence", () => {
    expect(read("did Aldrich Ames get more than Qi?").others).toContain("Aldrich");
  });
});

describe("something of a case's the article never mentions", () => {
  it.each([
    ["what color was qi's car", ["car"]],
    ["what did song's wife think", ["wife"]],
    ["tell me about qi's case", []],
  ])("%s reads %j as possessed details", (question, expected) => {
    expect(core().engine.read(question).possessed).toEqual(expected.map((w) => stem(w)));
  });
});

describe("'when' inside a question is a clause, not a question about dates", () => {
  it.each(["was zhong still at the unit when he did this", "what did qi do when his investments failed"])("%s", (question) => {
    expect(read(question).attribute).not.toBe("date");
  });
  it.each(["when were the cases revealed", "so when did this happen"])("%s asks the date", (question) => {
    expect(read(question).attribute).toBe("date");
  });
});

describe("one end of the cited range, asked for by itself", () => {
  it.each([
    ["minimum prison term under that law per the MSS?", "min"],
    ["what is the least you can get under this law", "min"],
    ["whats the top of the range", "max"],
    ["what's the max sentence under the counter-espionage law", "max"],
  ] as const)("%s reads %s", (question, point) => {
    expect(read(question).point).toBe(point);
  });
  it.each(["what is the range under the law", "is 10 years the max?", "what's half the minimum"])("%s reads no point", (question) => {
    expect(read(question).point).toBeUndefined();
  });
});

describe("a which-question with a second wh-word asks both sides", () => {
  it.each(["who got prison time and who didn't?", "whose materials had state secrets and whose didn't?"])("%s", (question) => {
    expect(read(question).bothWays).toBe(true);
  });
  it("a plain which-question asks one side", () => {
    expect(read("who got prison time").bothWays).toBeUndefined();
  });
});

describe("kinds from the blind set 97, as read", () => {
  it.each([
    // the years without political rights worked on, with no prison word beside them
    ["qi lost his political rights for how many months", { kind: "arithmetic", attribute: "rights", arithmetic: { op: "in-units", unit: "months" } }],
    ["half of qi's rights ban", { kind: "arithmetic", attribute: "rights", arithmetic: { op: "scaled", factor: 0.5 } }],
    // doubled in Chinese
    ["齐的刑期加倍是多久", { kind: "arithmetic", cases: ["qi"], arithmetic: { op: "scaled", factor: 2 } }],
    // the means asked for the motive
    ["how did song try to fix his money situation", { cases: ["song"], attribute: "moneyTrouble", means: true }],
    // who tells it
    ["who reported that the suspects reached out to the agencies themselves", { attribute: "source", toldBy: true }],
    // what the article tells next
    ["what did qi do once he got the originals home", { kind: "next", cases: ["qi"], after: ["origin", "home"] }],
    // a restriction the article's "across China" rules out
    ["these cases were only handled in one city", { silent: "where-handled", restricted: true }],
  ] as Array<[string, Partial<Query>]>)("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });
  it.each(["who said he was a leader", "who said they were a researcher"])("%s asks for a case, not the source", (question) => {
    expect(read(question).toldBy).toBeUndefined();
  });
  it("a gap said beside the range's end is read as that gap", () => {
    expect(read("the 5 year minimum is 2 years 9 months longer than qi's term").arithmetic).toMatchObject({ op: "to", target: { ref: "min" }, said: 33 });
  });
  it("the agency's deed after an event is no step of the case's", () => {
    expect(read("what did the agency do after zhong got in touch").kind).not.toBe("next");
  });
});

describe("kinds from the blind sets 105 and 107, as read", () => {
  it.each([
    // "of the three, only X": one singled out, not all of them
    ["of the three, only song was unemployed", { cases: ["song"], quantifier: "one" }],
    // "三个人里": of the three, not a count of three
    ["三个人里只有齐坐了牢", { cases: ["qi"], count: null }],
    // a coverage claim without "the article"
    ["zhong's sentence isn't mentioned", { cases: ["zhong"], coverage: true }],
    // a statement asked back, opened with "it's"
    ["so it's 5 to 10 years normally?", { polar: true }],
    // a recipient asked, options after it
    ["who did qi send the photos to, foreigners or locals", { kind: "value" }],
  ] as Array<[string, Partial<Query>]>)("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });
  it("a time clause first is read after what is asked", () => {
    expect(read("when the authorities searched qi's home, what did they find").attribute).not.toBe("date");
  });
});

describe("kinds from the blind sets 113 and 115, as read", () => {
  it.each([
    // two words joined by "or" or a slash: either fits
    ["which of them lost money on a startup or investments", { predicate: { type: "words", either: ["startup", "invest"] } }],
    ["who worked for classified units/projects", { predicate: { type: "employed", either: ["unit", "project"] } }],
    // "names only" is how the list is wanted, not a word of what is asked
    ["who was jailed? names only", { kind: "which", namesOnly: true, unfamiliar: [] }],
    // a range's end set beside a term converted
    ["qi's term in months vs the 10 year max in months", { arithmetic: { op: "in-units", unit: "months", beside: { ref: "max" } } }],
    // "nobody could get": what the law allows, denied
    ["nobody could get more than 10 years", { attribute: "lawSevere", negated: true }],
    // the cases to choose among, set first
    ["out of qi and song, who was jailed", { kind: "which", cases: ["qi", "song"] }],
    // the agency named as the body that revealed the cases
    ["the foreign agency revealed the cases", { attribute: "source", authority: true }],
  ] as Array<[string, Partial<Query>]>)("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });
  it("a time clause set first is read as a rephrasing, once, after the wrapping is off", () => {
    expect(read("hey, when the agency replied to zhong, what did it ask for? thanks").attribute).toBe("agency");
  });
});

describe("kinds from the blind pairs 143 and 145, as read", () => {
  it.each([
    // the scope, every case, set before what is asked: no word of it
    ["in the three cases, which ones faked who they were", { kind: "which", predicate: { type: "words", on: "falseClaim", stems: ["fake"] } }],
    ["across the three cases, how many lied about who they were", { kind: "count", predicate: { type: "words", on: "falseClaim", stems: ["fals", "claim"] } }],
    ["三个案子里，谁撒谎了身份", { kind: "which", predicate: { type: "words", on: "falseClaim", stems: ["li"] } }],
    // "哪几个" is "which ones", not "how many"
    ["哪几个人被判刑了", { kind: "which", predicate: { type: "sentenced" } }],
    // "how many involved …" counts the cases that had it
    ["how many involved lying about who they were", { kind: "count", predicate: { type: "words", on: "falseClaim", stems: ["fals", "claim"] } }],
    // 表忠心 and 投靠, like 效忠, are a pledge of allegiance
    ["谁表忠心了", { kind: "which", predicate: { type: "words", on: "actions", stems: ["allegi"] } }],
    // the topic set first, a pronoun for it after; "who got it" is no "got it" said in passing
    ["political rights deprivation - who got it", { kind: "which", attribute: "rights" }],
    ["admin penalties, who got those", { kind: "which", predicate: { type: "administrative" } }],
  ] as Array<[string, Partial<Query>]>)("%s", (question, expected) => {
    expect(read(question)).toMatchObject(expected);
  });
});
