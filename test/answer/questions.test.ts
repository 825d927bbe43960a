import { describe, expect, it } from "vitest";
import { choiceQuestion, identityClaim, identityQuestion, lastQuestion, orderQuestion, splitQuestions } from "../../src/answer/read/questions.js";
import { core } from "../helpers/core.js";

// A message asking two things is two questions; one asking one thing stays whole.
/** The reply's title, and what its text says: one row of a table of questions. */
function answersWith(question: string, title: string, text: RegExp): void {
  const a = core().engine.ask(question);
  expect(a.title).toBe(title);
  expect(a.text).toMatch(text);
}

/** The same, with the title exact or matched: a row of a table of questions from the blind sets. */
function answersAs(question: string, title: string | RegExp, text: RegExp): void {
  const a = core().engine.ask(question);
  if (typeof title === "string") expect(a.title).toBe(title);
  else expect(a.title).toMatch(title);
  expect(a.text).toMatch(text);
}

describe("the questions a message asks", () => {
  it.each([
    ["how did qi get the docs out and what was he sentenced to", 2],
    ["宋为什么被处罚？他坐牢了吗？", 2],
    ["1) what law did song violate 2) how long can you normally get under it", 2],
    ["song: job status + what he downloaded?", 2],
    ["did zhong and qi contact the agency", 1],
    ["who contacted the agency and how", 1],
    ["hi? what did qi get", 1],
    ["wait so zhong got caught b4 he met them?? W for the mss", 1],
    ["add up qi's prison time and his political rights deprivation, how long is that altogether", 1],
  ])("%s reads as %i", (message, count) => {
    expect(splitQuestions(message)).toHaveLength(count);
  });
});

describe("a message asking two things gets both answers", () => {
  it.each([
    ["宋为什么被处罚？他坐牢了吗？", [/Counter-Espionage Law/u, /administrative penalties/u, /^No\b|\bNo\./u]],
    ["1) what law did song violate 2) how long can you normally get under it", [/Counter-Espionage Law/u, /5 to 10 years/u]],
    ["song: job status + what he downloaded?", [/unemployed/u, /downloaded publicly available information/u]],
    // (a part naming no one, of a case's attribute, is about the case named before it)
    ["what did qi get, and was he deprived of political rights", [/2 years and 3 months/u, /political rights for one year/u]],
    ["what did qi get and what's the law's range", [/2 years and 3 months/u, /5 to 10 years/u]],
    // ("under it": the law the part before asked after, not the case)
    ["which law did song violate? and what are the prison terms under it?", [/Counter-Espionage Law/u, /5 to 10 years/u]],
    // (a part that only names or describes a case asks the part before it of that case)
    ["did the employee who photographed stuff pledge allegiance? and the former subsidiary worker?", [/^Qi: yes; Zhong: the article does not say\./u]],
    // (a question in Chinese after an English one)
    ["so 宋 was unemployed right? 他最后怎么处理的", [/unemployed/u, /administrative penalties/u]],
  ] as const)("%s", (message, expected) => {
    const { answer } = core().engine.respond(message);
    expect(answer.status).toBe("answered");
    for (const re of expected) expect(answer.text).toMatch(re);
  });

  it("says a sentence both answers give only once", () => {
    const { answer } = core().engine.respond("how did qi get the docs out and what was he sentenced to");
    expect(answer.text.split("Qi was sentenced to 2 years and 3 months in prison.").length).toBe(2);
  });
});

describe("a remark before the question", () => {
  it.each([
    ["wild how careless some people are. did qi take original documents home?", "did qi take original documents home?"],
    ["been going down a rabbit hole tonight 😅 does the law cover illegally purchasing state secrets?", "does the law cover illegally purchasing state secrets?"],
    ["okay last one i promise. how many of the three falsely claimed an identity?", "how many of the three falsely claimed an identity?"],
  ])("%s asks %s", (message, question) => {
    expect(lastQuestion(message)?.question).toBe(question);
  });

  it.each(["what did qi get?", "what did qi get? and song?", "Qi got 2 years. He also lost his rights."])("%s has no remark to set aside", (message) => {
    expect(lastQuestion(message)).toBeNull();
  });

  it.each([
    ["this reads like a movie plot honestly. did zhong manage to meet the foreign agency people face to face?", /^No\b/u],
    ["I might be mixing up the cases here, there are a lot of details. Did Zhong claim he was a researcher?", /^No\b/u],
    ["i'm putting together a timeline for a newsletter. was the ministry's announcement made on a friday?", /^No\b/u],
  ] as const)("%s is answered as its question", (message, lead) => {
    expect(core().engine.respond(message).answer.text).toMatch(lead);
  });
});

describe("whose deed it was", () => {
  it.each([
    ["is the guy who made bad investments the same person who photographed documents at home?", ["the guy who made bad investments"], "who photographed documents at home"],
    ["the guy with the frozen bank accounts, is he the one who pledged allegiance on the website?", ["the guy with the frozen bank accounts"], "who pledged allegiance on the website"],
    ["was it the unemployed guy or the investor who got caught before meeting the agency?", ["the unemployed guy", "the investor"], "who got caught before meeting the agency"],
    ["is qi the one with the failed investments", ["qi"], "who had the failed investments"],
    // asked in the negative, the same question
    ["wasnt song the guy who got caught before meeting the agents", ["song"], "who got caught before meeting the agents"],
    ["isn't the failed entrepreneur the one who got the two-plus years?", ["the failed entrepreneur"], "who got the two-plus years"],
    ["wasn't the guy who lost his investment money the same one who claimed to be a researcher?", ["the guy who lost his investment money"], "who claimed to be a researcher"],
  ])("%s", (question, subjects, deed) => {
    expect(identityQuestion(question)).toEqual({ subjects, deed });
  });

  it.each(["what did qi get?", "is qi's sentence longer than song's?", "who is the one who pledged allegiance?"])("%s asks no one's deed", (question) => {
    expect(identityQuestion(question)).toBeNull();
  });

  it.each([
    ["the guy whose startup failed is the one who got 27 months", ["the guy whose startup failed"], "who got 27 months"],
    ["it was qi who claimed to be a leader of the unit", ["qi"], "who claimed to be a leader of the unit"],
  ])("the claim %s", (claim, subjects, deed) => {
    expect(identityClaim(claim)).toEqual({ subjects, deed });
  });

  it.each([
    ["was it the unemployed guy or the investor who got caught before meeting the agency?", /^Neither: the article says that of Zhong\./u],
    ["was it zhong or qi who got 27 months", /^Qi, not Zhong\./u],
  ] as const)("%s names the one it was", (question, lead) => {
    expect(core().engine.respond(question).answer.text).toMatch(lead);
  });
});

describe("two described cases side by side are compared as the cases they fit", () => {
  it.each([
    ["who had it worse, the guy who took docs home or the guy who downloaded public info? in terms of punishment", /^Qi got the heavier penalty of the two\./u],
    ["did the one who tried to trade info for money after failing to find work get more or less than the investor", /^Song got the lighter penalty of the two\./u],
    ["was the unemployed man punished more harshly than the investor?", /^No: Qi got the heavier penalty\./u],
    ["was the unemployed man punished more or less harshly than the investor?", /^Song got the lighter penalty of the two\./u],
  ] as const)("%s", (question, lead) => {
    const { answer } = core().engine.respond(question);
    expect(answer.title).toBe("Comparison: sentence");
    expect(answer.text).toMatch(lead);
  });
});

/** Each question answered under the title given: the case and the kind of answer it was read as. */
const answersUnder = (rows: ReadonlyArray<readonly [question: string, title: string]>) =>
  it.each(rows)("%s", (question, title) => {
    expect(core().engine.ask(question).title).toBe(title);
  });

describe("a remark of the asker's own is not the question", () => {
  answersUnder([
    ["ok so i skimmed this on my phone on the bus and honestly didnt really get it, can u give me the gist of the whole article", "What the article reports"],
    ["what does MSS stand for in this article? i keep seeing it and have no idea", "Who revealed the cases"],
    ["my roommate keeps asking me this, what did qi get?", "Qi: sentence"],
  ]);
});

describe("the length asked for and a request to give are wrapping", () => {
  it.each(["give me the gist", "summarise it in 3 sentences", "can u give me the gist of the whole article in like 3 sentences"])("%s", (question) => {
    expect(core().engine.ask(question).title).toBe("What the article reports");
  });
});

describe("a description of a suspect by the noun it ends in", () => {
  answersUnder([
    ["were the ex-subsidiary worker's bank accounts frozen?", "Zhong: motive"],
    ["the investment loser's prison time converted to months pls", "Qi: arithmetic"],
    ["what did the ex-subsidiary worker get", "Zhong: sentence"],
  ]);
});

describe("details the article never gives about a named thing are refused, not answered with the thing", () => {
  it.each(["who froze zhong's accounts?", "what was zhong's startup actually about", "what classified project did zhong work on back then", "who tipped off state security about qi?", "what was the name of the subsidiary zhong used to work for", "how soon was zhong caught", "who reported qi?"])("%s", (question) => {
    const a = core().engine.ask(question);
    expect(a.title).toBe("Not covered by the article");
    expect(a.text).toMatch(/^The article does not say/u);
  });
});

describe("questions about the article, the ministry and the publisher that it answers or refuses", () => {
  it.each([
    ["MSS stands for what", "Who revealed the cases", /Ministry of State Security/u],
    ["were the cases handled only in beijing or across the country", "Who revealed the cases", /across China/u],
    ["were these cases handled just in beijing or all over", "Who revealed the cases", /across China/u],
    ["which case comes first in the article", "Zhong: the case", /Zhong/u],
    ["is china daily state-run?", "Not covered by the article", /^The article does not say anything about the publisher itself/u],
    ["who's the head of the MSS", "Not covered by the article", /^The article does not say/u],
    ["how big is the reward for reporting spies in china", "Not covered by the article", /^The article does not say/u],
    ["what did the foreign agency offer qi in return", "Not covered by the article", /^The article does not say/u],
    ["were qi's classified projects military or civilian?", "Not covered by the article", /^The article does not say the names or kinds/u],
    ["which prison is qi in rn", "Not covered by the article", /^The article does not say what happened after/u],
  ] as const)("%s", answersWith);
});

describe("a detail, a time or a topic the article never gives is refused first", () => {
  it.each([
    ["is song employed now or still jobless", "Not covered by the article", /^The article does not say what happened after/u],
    ["did zhong ever get his bank accounts unfrozen", "Not covered by the article", /^The article does not say what happened after/u],
    ["how long did the investigation into qi take", "Not covered by the article", /^The article does not say that/u],
    ["is espionage punishable by death in china?", "Not covered by the article", /^The article does not say anything about the death penalty/u],
    ["齐是什么时候被判刑的", "Not covered by the article", /^The article does not say any calendar date/u],
    ["when exactly did qi get arrested", "Not covered by the article", /^The article does not say any calendar date/u],
    ["did qi plead guilty", "Not covered by the article", /^The article does not say any trial/u],
    ["did the research institution do anything about song downloading their stuff", "Not covered by the article", /^The article does not say what happened to the suspects' employers/u],
    ["what did song plan to do with the money", "Not covered by the article", /^The article does not say any amount of money/u],
    ["lmao did qi use his phone or a real camera", "Not covered by the article", /^The article does not say that/u],
    ["does the MSS post these cases on wechat", "Not covered by the article", /^The article does not say anything about the ministry itself/u],
    ["is the counter-espionage law too broad in your opinion?", "Not covered by the article", /^The article does not say anyone's opinion/u],
    ["qi sentense start date?", "Not covered by the article", /^The article does not say any calendar date/u],
    ["how many espionage cases does china handle a year", "Not covered by the article", /^The article does not say any cases beyond/u],
    ["can someone deprived of political rights in china still vote?", "Not covered by the article", /^The article does not say what losing political rights involves/u],
    ["美国的间谍罪一般怎么判？", "Not covered by the article", /^The article does not say which country/u],
    ["remember that case of the student caught photographing a navy base? what happened there", "Not covered by the article", /^The article does not say any cases beyond/u],
    ["does the article spell out what administrative penalty song got exactly?", "Not covered by the article", /^The article does not say what the administrative penalties were/u],
    ["which classified unit was zhong's old employer a subsidiary of", "Not covered by the article", /^The article does not say the names or kinds of the units/u],
    ["what personal details exactly did the agency collect from zhong", "Not covered by the article", /^The article does not say that\. What it does say: The foreign agency quickly responded/u],
    ["what penalties does the counter-espionage law set for administrative cases like song's", "Not covered by the article", /^The article does not say what the administrative penalties were/u],
    ["what's the name of the mss official who announced this", "Not covered by the article", /^The article does not say anything about the ministry itself/u],
    ["what was the classified project zhong used to work on", "Not covered by the article", /^The article does not say the names or kinds/u],
    ["what does 'especially severe' mean under that law", "Not covered by the article", /^The article does not say what makes a case especially severe/u],
    ["how many cases does china handle a year", "Not covered by the article", /^The article does not say any cases beyond/u],
    // a second part that asks after the refused one, or that the article leaves open too
    ["which foreign spy agencies were these, did the mss name them?", "Not covered by the article", /^The article does not say which country or which agency/u],
    ["was zhong ever put on trial, and what was the verdict", "Not covered by the article", /^The article does not say any trial/u],
    // what came after, the law beyond what is cited, and how often in general
    ["did zhong's bank accounts get unfrozen eventually?", "Not covered by the article", /^The article does not say what happened after/u],
    ["宋后来找到工作了吗", "Not covered by the article", /^The article does not say what happened after/u],
    ["what happened at qi's workplace afterwards, did they tighten security?", "Not covered by the article", /^The article does not say what happened after/u],
    ["what does the criminal law say for less serious cases, below the 5 year level?", "Not covered by the article", /^The article does not say any law but the Counter-Espionage Law/u],
    ["can foreigners be prosecuted under china's counter-espionage law?", "Not covered by the article", /^The article does not say any law but the Counter-Espionage Law/u],
    ["what's the maximum administrative fine under the counter-espionage law?", "Not covered by the article", /^The article does not say any amount of money/u],
    ["how often do foreign spy agencies recruit people through their websites in general?", "Not covered by the article", /^The article does not say any cases beyond/u],
  ] as const)("%s", answersWith);

describe("how many cases the ministry disclosed, asked with a telling verb, even misspelt, is the article's count", () => {
  it.each(["how many cases did the mss reveal", "how many cases did the mss tlak about"])("%s", (question) => {
    expect(core().engine.ask(question).title).toBe("How many cases");
  });
});

describe("a yes/no question asked in the negative asks the same as the plain one", () => {
  it.each([
    ["didn't qi get 27 months?", "did qi get 27 months?"],
    ["wasn't song employed?", "was song employed?"],
    ["so didn't zhong claim to be a leader of the unit?", "did zhong claim to be a leader of the unit?"],
  ])("%s reads as %s", (negative, plain) => {
    const [n, p] = [core().engine.read(negative), core().engine.read(plain)];
    expect({ negated: n.negated, predicate: n.predicate, cases: n.cases }).toEqual({ negated: p.negated, predicate: p.predicate, cases: p.cases });
  });

  it.each(["didn't reveal them", "the mss kept the cases secret and didn't reveal them"])("%s, with no subject after the 'didn't', still denies", (text) => {
    expect(core().engine.read(text).negated).toBe(true);
  });

  it.each([
    ["didn't qi also lie about being a leader of his unit?", /^The article does not say\..*The article says that of Zhong\./su],
    ["wasn't song employed?", /^No\..*The article says that of Qi\./su],
  ] as const)("%s names the case the article says it of", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
});
});

describe("wording around or inside a question still reads as what it asks: a bound, a description before the verb, a verdict asked for, someone else said to have said it", () => {
  it.each([
    ["the 10-year upper bound in months?", "The Counter-Espionage Law, as cited", /120 months/u],
    ["what exactly was the document photographer convicted of?", "Qi: offence", /stealing state secrets on behalf of foreign entities/u],
    ["hi bot 👋 what happened to qi after the investigation?", "Qi: outcome", /2 years and 3 months/u],
    ["how did the one who photographed files contact the agency", "Qi: how contact was made", /official website/u],
    // (the case likened to is no part of what is asked)
    ["was song's punishment criminal like qi's was?", "Song: sentence", /^No\. Song was issued administrative penalties/u],
    ["zhong and song both lied about who they were, true or false?", "Zhong and Song: the false claim", /^Yes, both\./u],
    ["thx in advance — did the unemployed man claim he had access to critical scientific materials?", "Song: the false claim", /^Yes\./u],
    ["compare how zhong and song misrepresented themselves", "Comparison: the false claim", /leader.*researcher/u],
    ["how long was qi locked up for? ty", "Qi: sentence", /2 years and 3 months/u],
    ["did zhong's bank accounts get frozen?", "Zhong: motive", /^Yes\./u],
    ["someone in general chat said qi only got a fine, true?", "Qi: sentence", /^No\. Qi was sentenced/u],
    ["did song only get a fine?", "Song: sentence", /^The article does not say\. Song was issued administrative penalties/u],
    ["what's the gist, too lazy to read 😅", "What the article reports", /revealed 3 cases/u],
    ["true/false qi's political rights were taken for two years", "Qi: political rights", /^No\./u],
    ["whats half of the jail term the classified-projects employee got", "Qi: arithmetic", /^13\.5 months/u],
  ] as const)("%s", answersWith);
});

describe("what the cited law covers, asked with 'only'", () => {
  it.each([
    ["does the law only cover giving secrets to overseas organizations?", /^No: the recipients it names are overseas organizations, institutions or individuals\./u],
    ["does the law only cover stealing?", /^No: it also covers people who spy on, illegally purchase and provide\./u],
  ] as const)("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });

  it("reads a written range asked of the law's cases as the law, not the suspects", () => {
    expect(core().engine.ask("is 5 to 10 years for all cases or only severe ones").title).toBe("The Counter-Espionage Law, as cited");
  });
});

describe("questions about the order of things in one case", () => {
  it.each([
    ["which came first for song, failing to land a job or reaching out to the agency?", { kind: "pair", asked: "which" }],
    ["did song contact the agency before he got penalties?", { kind: "pair", asked: "before" }],
    ["was qi jailed after he pledged allegiance", { kind: "pair", asked: "after" }],
    ["for song: was he discovered first and then penalized, or the other way around?", { kind: "pair", asked: "before", subject: "song" }],
    ["did zhong's venture fail before or after he contacted the agency", { kind: "pair", asked: "which" }],
    ["order of events for zhong?", { kind: "timeline" }],
    ["was zhong caught before he could meet the agents?", null],
    ["what did qi get", null],
  ])("%s reads as %j", (question, expected) => {
    const read = orderQuestion(question.toLowerCase());
    if (expected === null) expect(read).toBeNull();
    else expect(read).toMatchObject(expected);
  });

  it.each([
    ["did song contact the agency before he got penalties?", /^Yes, in that order\. First: Song contacted/u],
    ["did qi pledge allegiance before he lost money?", /^No, the other way round\. First: Qi incurred significant financial losses/u],
    ["which came first for song, failing to land a job or reaching out to the agency?", /^First: Song was an unemployed man who had failed to secure a job\. Then: Song contacted/u],
    ["did zhong's venture fail before or after he contacted the agency?", /^Before\. First: Zhong was under financial pressure after his entrepreneurial venture failed/u],
  ])("answers %s from the case's order", (question, text) => {
    const answer = core().engine.ask(question);
    expect(answer.title).toMatch(/: order of events$/u);
    expect(answer.text).toMatch(text);
  });

  it("lists a case's events in the article's order when asked for the order of events", () => {
    const answer = core().engine.ask("order of events for zhong: contacted agency, got arrested, disclosed info — whats the right order");
    expect(answer.text.split("\n").slice(1).map((line) => line.replace(/^(\d+)\. .*$/u, "$1"))).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(answer.text.indexOf("venture failed")).toBeLessThan(answer.text.indexOf("apprehended"));
  });

  it("leaves 'before he could …' to the outcome it reads as", () => {
    expect(core().engine.ask("was zhong caught before he could meet the agents?").text).toMatch(/^Yes\. [^.]*\bZhong was apprehended before he could meet/u);
  });
});

describe("whose deed it was, asked the other way round", () => {
  it.each([
    ["wasn't it zhong who got jailed?", /^No: the article says that of Qi, not Zhong\./u],
    ["was song the one with bank accounts frozen or was that qi?", /^Neither: the article says that of Zhong\./u],
    ["wasnt song the guy who got caught before meeting the agents", /^No: the article says that of Zhong, not Song\./u],
    ["isn't the failed entrepreneur the one who got the two-plus years?", /^No: the article says that of Qi, not Zhong\./u],
    ["wasn't the guy who lost his investment money the same one who claimed to be a researcher?", /^No: the article says that of Song, not Qi\./u],
  ])("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
});

describe("a choice between two things said of one case", () => {
  it.each([
    // (the first of "X or just Y" holding is a yes to the question as put)
    ["was qi actually sentenced or just investigated?", /^Yes\. Qi was sentenced to 2 years and 3 months/u],
    ["was zhong sentenced or only arrested", /^The article does not say whether Zhong was sentenced/u],
    ["was song jailed or just fined", /administrative penalties/u],
    ["were qi's classified projects military or aerospace or what", /^The article does not say\./u],
    ["did song contact the agency by website or email", /^Song contacted a foreign intelligence agency through its official website/u],
    ["did song go to jial", /^No\. Song was issued administrative penalties/u],
    ["thanks in advance!! what does the article say the suspects were facing before they reached out", /financial difficulties/u],
    ["explain the law bit at the end of the article", /^The Counter-Espionage Law, as the MSS cites it/u],
    ["my cousin says zhong got 2 years and 3 months, right?", /The article says that of Qi\./u],
    ["were the suspects selling secrets for money or for revenge", /^According to the ministry, the suspects were facing financial difficulties/u],
    ["i think qi got 2 yrs 3 months plus a year without political rights, is that right?", /^Yes\. Qi was sentenced to 2 years and 3 months/u],
  ])("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });

  it.each([
    ["was qi sentenced or just investigated", { first: "was qi sentenced", second: "was investigated" }],
    ["did song go to prison or only get penalties", { first: "did song go to prison", second: "did get penalties" }],
    ["was it zhong or qi", null],
  ])("%s splits as %j", (question, expected) => {
    expect(choiceQuestion(question)).toEqual(expected);
  });
});

describe("chat shorthand reads as the plain words", () => {
  it.each([
    ["how many ppl claimed to be someone they werent", "how many people claimed to be someone they werent"],
    ["did song say he wanted to cooperate w them", "did song say he wanted to cooperate with them"],
    ["zhong n song lied abt who they were", "zhong and song lied about who they were"],
    ["did qi do it b4 or after his losses", "did qi do it before or after his losses"],
    ["did the qi dude lose his rights or nah?", "did the qi dude lose his rights?"],
  ])("%s", (typed, plain) => {
    const { wrapped: _typed, ...read } = core().engine.read(typed);
    const { wrapped: _plain, ...expected } = core().engine.read(plain);
    expect(read).toEqual(expected);
  });
});

describe("a detail the article never gives, with the nearest thing it does say", () => {
  it.each([
    ["where did all this happen, one city or all over?", /^The article does not say in which city or province any of it happened\. What it does say: State security organs across China/u],
    ["which country's agency did qi contact", /^The article does not say which country or which agency was involved/u],
  ])("%s", (question, text) => {
    const answer = core().engine.ask(question);
    expect(answer.status).toBe("not-covered");
    expect(answer.text).toMatch(text);
    expect(answer.facts.length).toBeGreaterThan(0);
  });
});

describe("what the cases have in common", () => {
  it("gives what the article says of all the suspects first, then each typed value every case shares", () => {
    const answer = core().engine.ask("what did all three have in common");
    expect(answer.text).toMatch(/^What the article says of all the suspects: According to the ministry, the suspects were facing financial difficulties/u);
    expect(answer.text).toMatch(/All of them, how contact was made: Zhong contacted .* Qi accessed the official website .* Song contacted/u);
    // (employment differs between the cases, so it is not given as shared)
    expect(answer.text).not.toMatch(/who this is/u);
  });

  it("compares only the cases named", () => {
    expect(core().engine.ask("what do zhong and qi have in common").text).toMatch(/Both, how contact was made: Zhong contacted .* Qi accessed/u);
  });
});

describe("two cases asked the same yes/no, with no 'both', get an answer each where the answers differ", () => {
  it.each([
    ["did Qi pledge allegiance? and Zhong?", /^Qi: yes; Zhong: the article does not say\./u],
    ["did qi and song go to prison?", /^Qi: yes; Song: no\./u],
  ] as const)("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
  it.each([
    ["did both qi and song go to prison?", /^No\./u],
    ["was song's punishment criminal like qi's was?", /^No\./u],
  ] as const)("%s keeps one answer", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
});

describe("an overview of some of the cases covers each case named", () => {
  it("tells about song and zhong", () => {
    const a = core().engine.ask("tell me about song and zhong");
    expect(a.title).toBe("Song and Zhong: the cases");
    expect(a.text).toMatch(/administrative penalties.*Zhong was apprehended/su);
  });
});

describe("terms, the law and reasons asked in other words", () => {
  it.each([
    ["did qi get between 2 and 3 years?", "Qi: sentence", /^Yes\..*between 2 years and 3 years/su],
    ["do people get 2-3 years under that law?", "The Counter-Espionage Law, as cited", /^No\./u],
    ["does the counter-espionage law say anything about exit bans for foreigners?", "The Counter-Espionage Law, as cited", /^The article does not say\./u],
    ["what was song punished for?", "Song: offence", /pledge of allegiance/u],
    ["song got in trouble, what for?", "Song: offence", /pledge of allegiance/u],
    ["what did the foreign agency ask zhong for", "Zhong: what the agency did", /personal information/u],
    ["how many suspects falsely claimed to be someone important", "How many: the false claim", /^2\b/u],
    ["did the research institute report song?", "Song: outcome", /^The article does not say\./u],
    ["qi's prison time is how many times his political rights ban", "Qi: arithmetic", /^2\.25 times/u],
    ["the 5-year minimum is how many times qi's political-rights ban", "Qi: arithmetic", /^5 times as long: .* against 1 year/u],
    ["how much longer was qi locked up than his political rights ban lasted", "Qi: arithmetic", /^1 year and 3 months/u],
    ["齐的刑期离五年还差多少", "Qi: arithmetic", /^2 years and 9 months/u],
    ["齐的刑期在五到十年的范围里吗？", "Qi: sentence", /^No\./u],
    ["did xinhua report this first?", "Who published the article", /^The article does not say who else reported the story/u],
  ] as const)("%s", (question, title, text) => {
    const a = core().engine.ask(question);
    expect(a.title).toBe(title);
    expect(a.text).toMatch(text);
  });
});

describe("whether two cases dealt with one and the same thing the article never names", () => {
  it.each(["did qi and zhong contact the same agency?", "did all three contact the same agency?"])("%s opens with 'does not say'", (question) => {
    expect(core().engine.ask(question).text).toMatch(/^The article does not say\b/u);
  });
  it("says yes where the way they did it is the same", () => {
    answersWith("is the way qi contacted the agency the same as zhong's?", "Comparison: how contact was made", /^Yes, the same\./u);
  });
});

describe("how wide the cited range is", () => {
  it.each(["how wide is the 5-to-10 year range", "what's the gap between the floor and the ceiling of the range"])("%s", (question) => {
    answersWith(question, "The Counter-Espionage Law, as cited", /^The cited range is 5 years \(60 months\) wide: from 5 years to 10 years\./u);
  });
});

describe("arithmetic on a case's own term", () => {
  it.each([
    ["what percentage of the 5-year minimum does qi's sentence amount to", /^45%: 2 years and 3 months \(27 months\) of the 5 years/u],
    ["if you cut qi's sentence by a third how long would it be", /^1 year and 6 months \(18 months\): 2 years and 3 months less a third\./u],
    ["would three times qi's sentence land inside the 5-10 year range", /^Yes: 6 years and 9 months \(81 months\).* That is within the 5 to 10 years/su],
    ["if qi's sentence were doubled would it be within the range", /^No: 4 years and 6 months \(54 months\).* That is below the 5 to 10 years/su],
    ["齐的刑期比剥夺政治权利的时间长多少？", /^1 year and 3 months \(15 months\) longer/u],
  ] as const)("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
  it("says how far a worked-out total sits from the range it is held against", () => {
    expect(core().engine.ask("qi's prison + rights together still under the 5 yr minimum? by how much").text).toMatch(/^Yes: 3 years and 3 months in all \(39 months\).* That is 1 year and 9 months \(21 months\) below the 5 years/su);
  });
  it("works out a term against a multiple of the rights ban", () => {
    expect(core().engine.ask("is qi's sentence more than double his political rights deprivation?").text).toMatch(/^Yes\..* That is 27 months against 24 months \(twice 12 months\): the prison term is 2\.25 times as long\./su);
  });
  it("reads 'the top exceeds the floor by' as the range's width", () => {
    expect(core().engine.ask("by how many months does the 10-year top exceed the 5-year floor").text).toMatch(/^The cited range is 5 years \(60 months\) wide/u);
  });
});

describe("refusals first for details the article never gives", () => {
  it.each([
    ["what did the foreign agency say back to song", /^The article does not say how the agency responded to Song/u],
    ["how much was zhong asking for the info", /^The article does not say any amount of money/u],
    ["what job was song trying to get", /^The article does not say the names or kinds/u],
    ["can you tell me about other famous spy cases in china", /^The article does not say any cases beyond/u],
    ["what was the actual date of that monday when the MSS announced this", /^The article does not say any calendar date/u],
  ] as const)("%s", (question, text) => {
    expect(core().engine.ask(question).text).toMatch(text);
  });
});

describe("what a case was sentenced for, asked 'for what offense'", () => {
  it("answers the offence, not the motive", () => {
    answersWith("for what offense was the employee who pledged allegiance sentenced", "Qi: offence", /^Qi was sentenced for stealing state secrets/u);
  });
});

describe("whether two cases share the cause of their money trouble", () => {
  it("says they differ", () => {
    answersWith("did qi and zhong have the same reason for their money trouble", "Comparison: motive", /^No, they differ\./u);
  });
});

describe("questions read by kind", () => {
  it.each([
    ["Which case did the MSS describe as the third one?", "Song: the case"],
    ["How many months is the minimum sentence the law gives (the 5 year one)?", "The Counter-Espionage Law, as cited"],
    ["how many times longer is the top of the normal range than its bottom?", "The Counter-Espionage Law, as cited"],
    ["Who among them was a researcher?", "Which cases: who this is"],
    ["境外机构收到钟某的联系后做了什么？", "Zhong: what the agency did"],
    ["齐某把原件带回家干嘛？", "Qi: what was done"],
    ["ok so the former employee, the one from the subsidiary — what info did he actually give away", "Zhong: what was done"],
    ["generally speaking what was driving these people to do it", "Every case: motive"],
    ["宋某是什么学历？学什么专业的？", "Not covered by the article"],
  ] as const)("%s", (question, title) => {
    expect(core().engine.ask(question).title).toBe(title);
  });
  it("gives the range's point converted, not a case's term", () => {
    expect(core().engine.ask("How many months is the minimum sentence the law gives (the 5 year one)?").text).toMatch(/^60 months: the 5 years at the bottom of the cited range\./u);
  });
  it("gives the range's ends against each other", () => {
    expect(core().engine.ask("how many times longer is the top of the normal range than its bottom?").text).toMatch(/^2 times as long: 10 years at the top of the cited range against 5 years at its bottom\./u);
  });
  it("answers who was a researcher with none, and who only claimed it", () => {
    expect(core().engine.ask("Who among them was a researcher?").text).toMatch(/^None of them, as far as the article says\. Song falsely claimed to be a researcher/u);
  });
});

describe("a which-question names the cases that fit, and only those", () => {
  it.each([
    ["who was unemployed", "Song", [/\bQi\b/u]],
    ["who lost money on investments", "Qi", [/\bZhong\b/u, /\bSong\b/u]],
    ["which one downloaded publicly available stuff", "Song", [/\bZhong\b/u, /\bQi\b/u]],
  ] as const)("%s: %s", (question, lead, absent) => {
    const a = core().engine.ask(question);
    expect(a.text).toMatch(new RegExp(`^${lead}\\.`, "u"));
    for (const name of absent) expect(a.text).not.toMatch(name);
  });
});

describe("an answer on several cases says each sentence once, and names the case a silence is about", () => {
  // (a sentence said of the suspects as a group holds of each case; joined case by case, it came once per case)
  it.each([
    "which of the three were trying to make money off foreign spies",
    "which of them tried selling stuff to foreigners? all 3?",
    "did zhong and song both have cash problems",
    "was it zhong or qi who worked at a subsidiary of a classified unit",
    "did any of the 3 sit down with an agent in person",
  ])("%s", (question) => {
    const sentences = core().engine.ask(question).text.split(/(?<=\.)\s+/u);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
  });

  it("a case the article is silent on is named in the list of findings", () => {
    const text = core().engine.ask("did any of the 3 sit down with an agent in person").text;
    expect(text).toMatch(/Of Qi, the article does not say so\./u);
    expect(text).not.toMatch(/The article does not say that\./u);
  });
});

describe("a which-question asked in the negative names the cases it is false of", () => {
  it.each([
    ["who wasn't sent to prison", "Song"],
    ["whose materials turned out not to contain state secrets", "Song"],
    ["which of them was not employed", "Song"],
    ["who avoided prison", "Song"],
    ["who didn't get administrative penalties", "Qi"],
    // (a negation that restates the predicate is not its denial)
    ["who got only administrative penalties and no prison", "Song"],
    ["Which suspect avoided prison and only got an administrative punishment?", "Song"],
    ["Which of them was out of work, whether laid off or never hired?", "Song"],
  ] as const)("%s: %s", (question, lead) => {
    expect(core().engine.ask(question).text).toMatch(new RegExp(`^${lead}\\.`, "u"));
  });
  it("names both sides when both are asked", () => {
    const a = core().engine.ask("who got prison time and who didn't?");
    expect(a.text).toMatch(/^Qi\./u);
    expect(a.text).toMatch(/Song was issued administrative penalties/u);
  });
});

describe("one end of the cited range asked for by itself leads its answer", () => {
  it.each([
    ["minimum prison term under that law per the MSS?", /^The minimum the article cites is 5 years in prison\./u],
    ["what's the lowest sentence the law allows", /^The minimum the article cites is 5 years in prison\./u],
    ["按反间谍法最少判几年", /^The minimum the article cites is 5 years in prison\./u],
    ["what's the max sentence under the counter-espionage law", /^The most the article cites is life imprisonment, in especially severe cases; otherwise the range tops out at 10 years\./u],
  ] as const)("%s", (question, lead) => {
    expect(core().engine.ask(question).text).toMatch(lead);
  });
});

describe("how a case came to light is told with its outcome", () => {
  it.each([
    ["how did qi get caught", /investigation/u],
    ["hw did qui get caught", /investigation/u],
    ["how was zhong caught", /thorough investigation/u],
    ["how did song get caught", /discovered/u],
  ] as const)("%s", (question, how) => {
    expect(core().engine.ask(question).text).toMatch(how);
  });
});

describe("questions read by kind, from a blind set", () => {
  it("what the law reaches, said with its own verb, is the law's conduct", () => {
    const a = core().engine.ask("does the law only punish giving secrets to foreign *governments*?");
    expect(a.title).toBe("The Counter-Espionage Law, as cited");
    expect(a.text).toMatch(/^No\b/u);
  });
  it.each([
    ["why did qi go on the foreign agency's website", /to pledge allegiance/u],
    ["why did zhong contact the agency", /seeking collaboration/u],
  ] as const)("why a case made contact gives the trouble and what the contact was for: %s", (question, what) => {
    const a = core().engine.ask(question);
    expect(a.title).toMatch(/: motive$/u);
    expect(a.text).toMatch(what);
  });
  it("chat spellings of 'think' are a hedge", () => {
    expect(core().engine.ask("i thnk the guy with frozen accounts told the agency he was a leader of his unit, is that right").text).toMatch(/^Yes\. Zhong falsely claimed to be a leader/u);
  });
});

describe("questions read by kind, from a second blind set", () => {
  it.each([
    ["which one used publicly available info", "Which cases: what was done", /^Song\./u],
    ["number of cases described?", "How many cases", /^3: the article describes 3 cases/u],
    ["how many suspects in total did state security organs handle nationwide? exact number", "How many cases", /^The article does not say how many suspects there were in total\./u],
    ["how many suspects were there", "How many cases", /^3: /u],
  ] as const)("%s", (question, title, text) => {
    const a = core().engine.ask(question);
    expect(a.title).toBe(title);
    expect(a.text).toMatch(text);
  });
});

describe("who revealed the cases, and the article whole, in chat words", () => {
  it.each([
    ["yo which govt body dropped this story lol", "Who revealed the cases"],
    ["whats the overal summery of this artical", "What the article reports"],
  ] as const)("%s", (question, title) => {
    expect(core().engine.ask(question).title).toBe(title);
  });
});

describe("kinds from the blind sets 73 and 75", () => {
  it.each([
    // how the cases came to light, and how the authorities found out: refused first, then the investigation
    ["hey bot, how did these cases come to light publicly? thx!", "Who revealed the cases", /Ministry of State Security/u],
    ["how did these cases come to light", /outcome/u, /investigation/u],
    ["how did they figure out qi had secret stuff", "Not covered by the article", /^The article does not say how the authorities first found out\. What it does say: After an investigation/u],
    ["how did authorities uncover what zhong was doing", "Not covered by the article", /^The article does not say how the authorities first found out\. What it does say: After a thorough investigation/u],
    ["How did the state security authorities first find out about Song?", "Not covered by the article", /discovered Song's efforts/u],
    // the reason for a term held against the law's range: refused, the law shown, no term restated
    ["why did qi get less than the five years the law mentions", "Not covered by the article", /^The article does not say which law anyone was sentenced under/u],
    ["the law says 5 to 10 yrs but qi only got 2y3m, why so low?", "Not covered by the article", /^The article does not say which law anyone was sentenced under/u],
    // where and whether, of details the article never gives
    ["where did they catch qi", "Not covered by the article", /^The article does not say where anyone was caught/u],
    ["Where in China were these cases handled?", "Not covered by the article", /across China/u],
    ["how do foreign intelligence agencies usually try to recruit people in china?", "Not covered by the article", /^The article does not say/u],
    ["was qi's boss or unit punished for letting documents leave", "Not covered by the article", /employers, families or associates/u],
    // the law's recipients, asked in the giver's words
    ["who do you have to give secrets to for that law to apply", "The Counter-Espionage Law, as cited", /overseas organizations, institutions or individuals/u],
    ["Who does the law say the secrets must be going to for those penalties — domestic or overseas?", "The Counter-Espionage Law, as cited", /overseas organizations/u],
    // the article's silence, asked as a which-question
    ["whose case doesn't say what sentence he got", "Which cases: sentence", /^Zhong\./u],
    ["which suspect's sentence isn't mentioned", "Which cases: sentence", /^Zhong\./u],
    ["which case did NOT involve state secrets at all?", "Which cases: state secrets", /^Song\./u],
    // arithmetic in other words
    ["齐某的刑期是多少个月？", "Qi: arithmetic", /^27 months/u],
    ["how many years wide is the law's normal 5-10 range", "The Counter-Espionage Law, as cited", /5 years \(60 months\) wide/u],
    ["If a third of Qi's prison term were knocked off, how long would he serve?", "Qi: arithmetic", /^1 year and 6 months \(18 months\)/u],
    // chat words
    ["can u get more than 10 yrs for this stuff", "The Counter-Espionage Law, as cited", /^Yes\./u],
    ["WHO PUT OUT THIS INFO", "Who revealed the cases", /Ministry of State Security/u],
    ["what were the suspects trying to do, in a nutshell", "What the article reports", /several suspects/u],
    ["So the law only punishes stealing secrets, not buying them?", /./u, /^No\./u],
    ["What's the key difference between the materials in Qi's case and Song's case?", "Comparison: state secrets", /did not contain state secrets/u],
    ["did qi get any political rights penalty?", "Qi: political rights", /^Yes\. Qi was deprived of his political rights for one year/u],
    ["Qi was just fined, wasn't he?", "Qi: sentence", /^No\. Qi was sentenced to 2 years and 3 months/u],
    ["if I remember right, Zhong was the one who photographed the classified documents, yes?", "Whose deed: what was done", /^No: the article says that of Qi/u],
    ["was qi's property confiscated or was he fined?", "Not covered by the article", /^The article does not say whether anyone's property was confiscated/u],
    ["did song get a job?", "Song: who this is", /^No\. Song was an unemployed man/u],
    ["zhong's business - what happened to it?", "Zhong: motive", /entrepreneurial venture failed/u],
    ["qi was sentenced for what?", "Qi: offence", /stealing state secrets/u],
    ["if i recall song was arrested and jailed for 5 years?", "Song: sentence", /^No\. Song was issued administrative penalties/u],
  ] as const)("%s", answersAs);

  it("a fine asked of a jailed case alone does not restate his term", () => {
    expect(core().engine.ask("was qi fined or did they confiscate his property too").text).not.toMatch(/2 years and 3 months/u);
  });
  it("a fine asked beside the jail term restates it", () => {
    expect(core().engine.ask("bot, did Qi get a fine on top of jail?").text).toMatch(/2 years and 3 months/u);
  });
  it.each(["tldr?", "tl;dr pls", "give me the short version of this article pls"])("%s still asks for the whole article", (question) => {
    expect(core().engine.ask(question).title).toBe("What the article reports");
  });
});

describe("kinds from the blind set 79", () => {
  it.each([
    // a negative verb of discovery or punishment asks the negative: no, he was found out and punished
    ["did song's efforts go unnoticed by the authorities", "Song: outcome", /^No\. State security authorities discovered Song's efforts/u],
    ["did song go undetected?", "Song: outcome", /^No\./u],
    ["did Song escape detection", "Song: outcome", /^No\./u],
    ["did song remain unpunished", "Song: sentence", /^No\. Song was issued administrative penalties/u],
    // "in charge" is the leader he claimed to be
    ["did zhong say he was in charge of the unit", "Zhong: the false claim", /^Yes\. Zhong falsely claimed to be a leader of the unit/u],
    // a difference against a term the article never gives: refused, with no figure
    ["how many months longer was qi's sentence than zhong's", "Not covered by the article", /^The article does not say what sentence Zhong got/u],
    ["what's the difference between qi's and zhong's sentences in months", "Not covered by the article", /^The article does not say what sentence Zhong got/u],
    // the law's penalty for a deed its cited conduct leaves out: refused first, the range after
    ["what's the specific penalty under the law just for pledging allegiance to a foreign spy agency", "The Counter-Espionage Law, as cited", /^The article does not say what the law sets for that on its own/u],
    ["how many years can you get for contacting a foreign agency", "The Counter-Espionage Law, as cited", /^The article does not say what the law sets for that on its own/u],
    ["what's the sentence for selling secrets", "The Counter-Espionage Law, as cited", /^5 to 10 years in prison/u],
    // a statement with a tag of doubt after it is a yes/no question
    ["qi pledged allegiance online? is that for real", "Qi: what was done", /^Yes\. Qi accessed the official website/u],
    ["song was unemployed? is that accurate", /Song/u, /^Yes\./u],
    // "X or just Y": the first holding is a yes, the second holding a no
    ["did zhong actually disclose anything or just talk", "Zhong: what was done", /^Yes\. Zhong disclosed information/u],
    ["did song go to prison or just get penalties", "Song: sentence", /^No\. Song was issued administrative penalties/u],
    // the gap between two points, in any words
    ["gap between the normal min and max in the law, in months", "The Counter-Espionage Law, as cited", /60 months/u],
    ["how many years between qi's sentence and the max", "Qi: arithmetic", /^7 years and 9 months/u],
    // a case likened to is not asked about
    ["were there actual state secrets in qi's stuff or was it fake like song's", "Qi: state secrets", /^Yes\./u],
    ["did qi, unlike song, have real secrets", "Qi: state secrets", /^Yes\./u],
    // who moved first: the suspects, all of them, in the article's sentence about them as a group
    ["according to the ministry, who made the first move - the suspects or the foreign agencies?", "Which cases: how contact was made", /^All 3: Zhong, Qi and Song\. .*actively reached out/u],
    ["who initiated contact", "Which cases: how contact was made", /^All 3/u],
    // what got him in trouble: what he was punished for
    ["soong was it a pledge of allegiance that got him in trouble", /Song/u, /^Yes\. Song's voluntary pledge of allegiance/u],
    ["what got song in trouble", "Song: offence", /pledge of allegiance/u],
    ["what got zhong in trouble financially", "Zhong: motive", /entrepreneurial venture failed/u],
    // Chinese: 见上面 is meeting
    ["钟某被抓之前有没有和境外人员见上面", "Zhong: outcome", /^No\. Zhong was apprehended before he could meet/u],
  ] as const)("%s", answersAs);

  it("a refusal of a difference against an untold term restates no term", () => {
    expect(core().engine.ask("how many months longer was qi's sentence than zhong's").text).not.toMatch(/2 years and 3 months/u);
  });
  it("a negative verb of discovery reads as a negative asked", () => {
    expect(core().engine.read("did song go unnoticed")).toMatchObject({ kind: "yesno", negated: true, asksNegative: true });
  });
  it("the case likened to is named in the reading", () => {
    expect(core().engine.read("was song's punishment criminal like qi's").likened).toBe("qi");
  });
  it("a gap between the range's ends reads as its width", () => {
    expect(core().engine.read("how many months between the minimum and maximum").arithmetic).toEqual({ op: "width" });
  });
});

describe("kinds from the blind set 81", () => {
  it.each([
    // a venture or investment "working out" is its success, which the article says failed
    ["did zhong's business venture work out?", "Zhong: motive", /^No\. Zhong was under financial pressure after his entrepreneurial venture failed/u],
    ["did his investments pan out", "Qi: motive", /^No\. Qi incurred significant financial losses from failed investments/u],
    ["can you work out qi's sentence in months", "Qi: arithmetic", /^27 months/u],
    // one end of a penalty, with the law named and no case: the cited range's
    ["🤔 what's the lowest sentence the law mentions for this stuff", "The Counter-Espionage Law, as cited", /5 years/u],
    // the case at the bottom of all, with the reason asked too
    ["out of the three whose case sounds the least serious and why", "Comparison: sentence", /^Song has the lightest penalty the article reports/u],
    ["who got the lightest punishment", "Comparison: sentence", /^Song has the lightest penalty/u],
    ["who got the harshest punishment", "Comparison: sentence", /^Qi has the heaviest penalty/u],
    // the kind of institution is given; its name is not
    ["what kind of institution did song download from", "Song: what was done", /scientific research institution/u],
    ["which institution did song download from", "Not covered by the article", /names or kinds/u],
    // what the agency told a case to do, where the article gives no response to him
    ["what did the foreign agency tell qi to do after he pledged allegiance", "Qi: what the agency did", /^The article does not say how the agency responded to Qi/u],
    ["what did the agency tell zhong to do", "Zhong: what the agency did", /requesting details about the classified unit/u],
    // other countries' laws
    ["how does china's counter-espionage law compare with US espionage laws", "Not covered by the article", /any law but the Counter-Espionage Law/u],
    // "what actually got him in trouble"
    ["what actually got song in trouble?", "Song: offence", /pledge of allegiance/u],
    // "=" asks whether two things are the same
    ["ok so selling secrets abroad = 5 to 10 yrs?", "The Counter-Espionage Law, as cited", /^Yes\./u],
    ["qi = 2 years 3 months?", "Qi: sentence", /^Yes\./u],
    // trying to find a job: what failing to secure one says
    ["did song try to find a job before all this?", "Song: who this is", /^Yes\. Song was an unemployed man who had failed to secure a job/u],
  ] as const)("%s", answersAs);

  it("a figure with a hedge and 'flat' reads as exact", () => {
    expect(core().engine.read("qi only got like 2 years flat").predicate).toMatchObject({ type: "term", op: "=", amount: { months: 24 } });
  });
  it("the law's penalty refused for a deed it does not cite restates the range once", () => {
    const text = core().engine.ask("how many years can you get for contacting a foreign agency").text;
    expect(text.match(/It covers people who steal/gu)).toHaveLength(1);
  });
});

describe("kinds from the blind sets 83 and 85", () => {
  it.each([
    // a case's "actions", "deeds" or "behaviour" are what he did, not a detail the article leaves out
    ["were qi's actions illegal", "Qi: law", /^Yes\. Qi was sentenced for stealing state secrets/u],
    ["Did Song's actions violate the counter-espionage law even though the material had no secrets?", "Song: law", /^Yes\. Song's pledge of allegiance violated/u],
    // the cited law named is which law, not whether any law was broken
    ["did qi violate the counter-espionage law", "Qi: law", /^The article does not say\./u],
    ["did song break the counter espionage law", "Song: law", /^Yes\./u],
    // the law broken as the ground of a penalty, with prison what is asked
    ["Sung got jail time for violating the counter espinoage law right?", "Song: sentence", /^No\. Song was issued administrative penalties/u],
    // the range's width, its ends named as lower and upper
    ["difference in months between the lower and upper bound of the standard range", "The Counter-Espionage Law, as cited", /60 months/u],
    ["how many years separate the bottom and top of the range", "The Counter-Espionage Law, as cited", /5 years \(60 months\) wide/u],
    // a "when" clause sets the time; the main clause is asked, in a question or a statement asked back
    ["was zhong still working there when he contacted the spies", "Zhong: who this is", /^No\. Zhong had previously worked/u],
    ["if I remember right zhong was still employed at the classified unit when he contacted the spies?", "Zhong: who this is", /^No\. Zhong had previously worked/u],
    // a place after "in" is no one's surname
    ["were the cases handled in Beijing", "Not covered by the article", /^The article does not say in which city or province/u],
    // "exactly" after what was given or taken asks the detail
    ["hey bot what personal info did zhong give the agency exactly? thx", "Not covered by the article", /^The article does not say that\./u],
    ["what number do you call in china to report a spy", "Not covered by the article", /how to do any of this yourself/u],
    ["who reported the cases", "Who revealed the cases", /Ministry of State Security/u],
    // which case fits, and the ground the article gives for it
    ["which suspect got administrative penalties and why", "Which cases: offence", /^Song\..*pledge of allegiance .*violated/su],
    // "who's right?" after a dispute asks what settles it
    ["she says the guy who was unemployed got locked up for years but i said he just got some kind of lighter penalty, who's right?", "Song: sentence", /administrative penalties/u],
    // "lack", "free of": the negative asked
    ["Did the materials Song offered lack state secrets?", "Song: state secrets", /^Yes\. The materials Song attempted to provide did not contain state secrets/u],
    ["did qi's materials lack secrets", "Qi: state secrets", /^No\. Investigators confirmed/u],
    ["were song's materials free of state secrets", "Song: state secrets", /^Yes\./u],
    // two cases compared where one is unreported: refused first, without the other's figure
    ["did zhong get more or less time than qi?", "Comparison: sentence", /^The article does not say what Zhong got, so it cannot compare him with Qi\.(?![\s\S]*2 years)/u],
    // a term divided
    ["if you split qi's prison term into three equal parts, how long is each", "Qi: arithmetic", /^9 months: 2 years and 3 months divided by 3\./u],
    ["what is a quarter of qi's term", "Qi: arithmetic", /^6\.75 months/u],
    ["if qi's sentence were cut by 3 months", "Qi: sentence", /^Qi was sentenced to 2 years and 3 months/u],
    // the case told first, asked of the article
    ["which case does the article describe first?", "Zhong: the case", /Zhong was apprehended/u],
    // a false claim the article never gives a case leaves him out of those who made it; asked the other way, it stays open
    ["who pretended to be a researcher", "Which cases: the false claim", /^Song\. Song falsely claimed to be a researcher[^.]*\.$/u],
    ["who did not falsely claim anything", "Which cases: the false claim", /^None of them, as far as the article says\. .*does not say Qi claimed/su],
    ["which suspect did NOT falsely claim to hold some position", "Which cases: the false claim", /^None of them, as far as the article says\./u],
    // what drove a case is no ground for his penalty
    ["was qi jailed for losing money", "Qi: offence", /^No\. Qi was sentenced for stealing state secrets/u],
  ] as const)("%s", answersAs);

  it("a yes/no question's 'when' clause is left out of what is read", () => {
    expect(core().engine.respond("was zhong still working there when he contacted the spies").reading).toMatchObject({ attribute: "employment", predicate: { type: "employed", still: true } });
  });
  it("'for a while' is no 'while' clause", () => {
    expect(core().engine.respond("did the agency sit on zhong's message for a while or get back to him fast?").reading.attribute).toBe("agency");
  });
  it("a thousands comma is part of the number, not a remark after it", () => {
    expect(core().engine.read("zhong asked for 10,000 dollars").silent).toBe("money");
  });
  it("a third of a term reads as the term scaled by a third", () => {
    expect(core().engine.read("what is a third of qi's sentence").arithmetic).toEqual({ op: "scaled", factor: 1 / 3 });
  });
});

describe("kinds from the blind set 87", () => {
  it.each([
    // what a project or the materials were about is a detail the article never gives
    ["what were qi's classified projects about, military or something?", "Not covered by the article", /^The article does not say that\./u],
    ["what were the materials about", "Not covered by the article", /^The article does not say what exactly the materials held/u],
    // "the law talks about": what the cited law covers
    ["the law talks about providing secrets to overseas... whom exactly?", "The Counter-Espionage Law, as cited", /organizations, institutions or individuals/u],
    // a total nationwide, whatever happened to them, is not given; a count of the three is
    ["how many people in total did the MSS say were caught doing this nationwide", "How many cases", /^The article does not say how many suspects there were in total\./u],
    ["how many of the three were caught in total", "How many: outcome", /^1 that the article reports \(Zhong\)/u],
    // question marks doubled at the end still ask
    ["ZHONG'S BUSINESS FAILED??", "Zhong: motive", /^Yes\./u],
    ["QI WENT TO PRISON?? for real?", "Qi: sentence", /^Yes\./u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 89", () => {
  it.each([
    // "or was it all hype": the other option in a clause of its own, settled by the first
    ["did qi's stuff actually have state secrets in it or was it all hype", "Qi: state secrets", /^Yes\. Investigators confirmed/u],
    ["did song's stuff actually have state secrets in it or was it all hype", "Song: state secrets", /^No\./u],
    // 到底, 究竟: "actually", nothing asked
    ["齐某的材料里到底有没有国家秘密?", "Qi: state secrets", /^Yes\./u],
    // the standard range set against the severe band
    ["is 5-10 years the range for especially severe cases?", "The Counter-Espionage Law, as cited", /^No\. In especially severe cases, more than 10 years or life imprisonment/u],
    // a concession after "even tho", and a statement asked back with "broke"
    ["song broke the law even tho nothing he had was secret??", "Song: law", /^Yes\./u],
    ["song broke the law?", "Song: law", /^Yes\./u],
    // when exactly, and what happened after the penalty
    ["When exactly did Qi send the photos to the agency?", "Not covered by the article", /any calendar date/u],
    ["What happened to Song after his administrative penalty — did he find a job?", "Not covered by the article", /what happened after the outcomes it reports/u],
    // "ever" includes a job held before; "connected to classified work" is having worked on it
    ["Zong — was he ever connected to classified work at all?", "Zhong: who this is", /^Yes\. Zhong had previously worked for a subsidiary of a classified unit/u],
    ["was zhong ever involved in classified work", "Zhong: who this is", /^Yes\./u],
  ] as const)("%s", answersAs);
});

describe("readings the review of this session's kinds kept in bounds", () => {
  it.each([
    // the law broken as the ground of a sentence asked about, not of a jail term
    ["was qi sentenced for violating the law?", "Qi: offence", /^Yes\./u],
    // "at the time" is what is asked, not a clause that sets it
    ["did zhong work for the unit at the time?", "Zhong: who this is", /^No\. Zhong had previously worked/u],
    // a negation inside "was X's conduct not illegal" is kept
    ["was zhong's conduct not illegal?", "Zhong: law", /^The article does not say\./u],
    // "in" before a common word is no place
    ["was song's case handled in accordance with the law?", /^Song/u, /administrative penalties/u],
    // a website or number asked about the cases, not by someone who would report
    ["which website did zhong use to contact the agency?", /^Zhong/u, /official website/u],
    ["what number of suspects did the mss report?", "How many cases", /^3/u],
    // what came after the arrest is what the article reports
    ["what happened to qi after his arrest?", /^Qi/u, /2 years and 3 months/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind sets 91 and 93", () => {
  it.each([
    // a deed's consequence asked of anyone: the cases the article reports doing just that, then the cited range
    ["what happens if you pledge allegiance to a foreign spy agency but your stuff isnt secret", "What happened to those who did that", /^The article reports one case like that: Song\./u],
    ["asking for a friend: what happens if u offer public info to a foreign spy agency and pretend its secret?", "What happened to those who did that", /^The article reports one case like that: Song\./u],
    ["what happens if you steal state secrets", "What happened to those who did that", /^The article reports one case like that: Qi\.[\s\S]*As for the law: 5 to 10 years/u],
    // the penalty for a deed the cited range covers: the range first
    ["what's the sentence for selling secrets", "The Counter-Espionage Law, as cited", /^5 to 10 years in prison[\s\S]*The article reports one case like that: Qi\./u],
    // can one get in trouble for it: yes, as the case that did shows
    ["if you contact a foreign spy agency but only hand over public info, can you still get in trouble?", "What happened to those who did that", /^Yes\. The article reports one case like that: Song\./u],
    ["what's the punishment for pledging allegiance to a foreign agency", "What happened to those who did that", /^The article reports 2 cases like that: Qi and Song\./u],
    // no case like it: read as it stands
    ["what's the penalty for espionage in the US", "Not covered by the article", /which country/u],
    // what the question takes to have happened, the article says did not
    ["was zhong caught after meeting agents?", "Zhong: outcome", /^No\. Zhong was apprehended before he could meet/u],
    // a month or a weekend beside the reveal
    ["were these cases revealed in march?", "Who revealed the cases", /^The article does not say\./u],
    ["was this revealed over the weekend?", "Who revealed the cases", /^No\./u],
    ["was it revealed on monday morning", "When", /^The article does not say: it gives the day, and no date or hour\./u],
    // "y/n", "yes/no": the asking's own tail
    ["zhnog bank accounts frozen y/n", "Zhong: motive", /^Yes\./u],
    ["qi sentenced yes/no", "Qi: sentence", /^Yes\./u],
    // a criminal case in court, of a case with administrative penalties, is open
    ["was song convicted?", "Song: offence", /^The article does not say\./u],
    ["was qi convicted?", "Qi: offence", /^Yes\./u],
    // a penalty left open for one case shows no other's sentence
    ["was zhong charged with a crime?", "Zhong: offence", /^The article does not say\.(?![\s\S]*two years and three months)/u],
    // a doer after "by" must be in the statement
    ["were zhong's bank accounts frozen by state security?", "Zhong: motive", /^The article does not say\./u],
    ["was song contacted by the agency?", /^Song/u, /^(?!Yes)/u],
    // the law's end in the unit asked for
    ["the law's minimum term expressed in months?", "The Counter-Espionage Law, as cited", /^The minimum the article cites is 5 years \(60 months\)/u],
    // "in every case" with the range's ends is always
    ["is 10 years the maximum in every case?", "The Counter-Espionage Law, as cited", /^No\./u],
    // "why" of a deed: its purpose and the motive
    ["why did qi pledge allegiance", /^Qi/u, /failed investments/u],
    // where a case sits in the article
    ["was song the third case in the article?", "The order of the cases", /^Yes\./u],
    ["was zhong the last case mentioned?", "The order of the cases", /^No\./u],
    ["was zhong the first to be caught?", "The order of the cases", /^The article does not say in what order/u],
    // one place or all over
    ["were these cases all from one place or from all over china", "Not covered by the article", /across China/u],
    // "give up to": no range
    ["what info did zhong give up to the agency", /^Zhong/u, /classified project/u],
    // a comparison's sameness, whatever comes before
    ["qi and zhong both had money problems — were the causes the same?", "Comparison: motive", /^No, they differ\./u],
    // the group's own sentence on who reached out
    ["did the suspects reach out on their own or were they recruited", "Every case: how contact was made", /actively reached out/u],
    // a question after an ellipsis, of the remark's case
    ["I'm trying to understand the Zhong thing — his business tanked, and then… what exactly did he do with the foreign agency?", /^Zhong/u, /official website/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 95", () => {
  it.each([
    // "the law's minimum of 5 years" names the range's end, not "at least"
    ["is 2 yrs 3 months below the law's minimum of 5 years", "Against the cited ranges", /^Yes/u],
    ["did qi get a minimum of 5 years", "Qi: sentence", /^No\./u],
    // whom something was passed to must be what the article says of the case
    ["Qi sold the secrets to a foreign company, right?", /^Qi/u, /^The article does not say\./u],
    // a description over an of-phrase, and a claim of who did it asked back
    ["Zong was the one who got 2 years 3 months, right?", "Whose deed: sentence", /^No/u],
    // holding a job; a quarter of a term
    ["Did Qi hold a job at the time?", "Qi: who this is", /^Yes\./u],
    ["quarter of qi's sentence in months?", "Qi: arithmetic", /^6\.75 months/u],
    // the motive asked as what they hoped to get
    ["what were they hoping to get out of it", "Every case: motive", /monetary gain/u],
    // passing public material off as valuable is the false claim
    ["which guy tried to pass off publicly available stuff as valuable?", "Which cases: the false claim", /^Song\./u],
    // fines under the law and less serious cases: refused
    ["What fines can be imposed under the Counter-Espionage Law?", "Not covered by the article", /^The article does not say/u],
    ["what's the sentence for less serious cases, like under 5 years, in the counter-espionage law?", "Not covered by the article", /less serious cases/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 97", () => {
  it.each([
    // the years without political rights, converted or scaled
    ["qi's political rights deprivation in months?", "Qi: arithmetic", /^12 months: 1 year without political rights/u],
    ["what's a third of qi's political rights ban", "Qi: arithmetic", /^4 months: 1 year without political rights divided by 3/u],
    // a case's term doubled, in Chinese
    ["齐的刑期翻一番是几个月", "Qi: arithmetic", /^4 years and 6 months \(54 months\)/u],
    // half a term said in months; a figure asked outright is yes or no
    ["is half of qi's prison term 13.5 months", "Qi: arithmetic", /^Yes: 13\.5 months/u],
    ["is half of qi's prison term a year", "Qi: arithmetic", /^No: 13\.5 months/u],
    // all three terms summed: the one the article gives, said to be the only one
    ["add up the prison terms of all three in months", "Qi: arithmetic", /^27 months: 2 years and 3 months, Qi's prison term, the only one the article gives\./u],
    // a gap asked outright against the range's end
    ["is the 5 year minimum 2 years 9 months more than qi got?", "Qi: arithmetic", /^Yes: /u],
    ["is the 5 year minimum 2 years more than qi got?", "Qi: arithmetic", /^No: /u],
    // the means asked: the deed leads, the motive follows
    ["how did the jobless guy try to solve his money problems", "Song: motive", /^Song contacted a foreign intelligence agency through its official website\. Song, unemployed, offered/u],
    // who tells it
    ["who said the suspects were facing financial difficulties", "Who revealed the cases", /^The Ministry of State Security \(MSS\), which revealed these cases on Monday\./u],
    // what the article tells next, or that it tells nothing after
    ["what did zhong do once the agency responded", "Zhong: what came next", /^Next, as the article tells it: Zhong falsely claimed to be a leader of the unit\. Zhong disclosed/u],
    ["what happened after song contacted the agency", "Song: what came next", /^Next, as the article tells it: Song falsely claimed to be a researcher/u],
    ["what did qi do once he had taken the originals home", "Qi: what came next", /^As the article tells it: Qi took original copies of classified materials home to photograph and send/u],
    ["what happened after qi got sentenced", "Not covered by the article", /^The article does not say what happened after that/u],
    // what became of a described case is its outcome, whatever the description's own words point at
    ["what happened to the guy who said he was a leader", "Zhong: outcome", /apprehended/u],
    // a ranking of the penalties
    ["rank them by how harsh their punishment was", "Comparison: sentence", /^Qi has the heaviest penalty the article reports, then Song; it does not say what Zhong got/u],
    // a which-list names the cases that fit, and not one the article is silent on
    ["who pledged allegiance?", "Which cases: what was done", /^Qi and Song\.(?![\s\S]*\bZhong\b)/u],
    // refused: the ministry itself, how-to requests, where a workplace was
    ["how big is the MSS budget", "Not covered by the article", /^The article does not say anything about the ministry itself/u],
    ["is the MSS like china's version of the CIA", "Not covered by the article", /^The article does not say/u],
    ["could you explain to me how to contact a spy agency", "Not covered by the article", /^The article does not say how to do any of this yourself/u],
    ["where was qi's unit located", "Not covered by the article", /^The article does not say where/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 99", () => {
  it.each([
    // an occupation the case only claimed, asked as his real job
    ["was song's actual occupation a researcher", "Song: outcome", /^No\. Song falsely claimed to be a researcher/u],
    // willing to work with them is willing to cooperate, not a job
    ["did song tell them he was ready to work with them?", "Song: what was done", /^Yes\..*willingness to cooperate/u],
    // a bare number in the unit the words name, asked outright
    ["is qi's sentence in months 24?", "Qi: arithmetic", /^No: 27 months/u],
    // penalties "based on the law" are the article's "in accordance with the law"
    ["were song's penalties based on the law?", "Song: sentence", /^Yes\..*in accordance with the law/u],
    // the charge asked about, whatever its words point at
    ["was qi's conviction stealing state secrets?", "Qi: offence", /^Yes\. Qi was sentenced for stealing state secrets/u],
    // which-questions in Chinese with 哪一个
    ["哪一个被判了两年三个月", "Which cases: sentence", /^Qi\./u],
    // employment "at the time" is employment then, not ever
    ["which of them worked on classified projects back then", "Which cases: who this is", /^Qi\./u],
    // a detail the article never gives fits no case in a which-list, as in a yes/no
    ["which of them contacted the agency twice", "Which cases: how contact was made", /^The article does not say that of any of them\./u],
    // why one went to prison and the other did not: the grounds, the penalties, and the secrets
    ["why did qi go to jail but song didn't", "Qi and Song: offence", /administrative penalties.*did not contain state secrets/u],
    // the kind of agency they reached
    ["what sort of agency did song reach out to", "Song: how contact was made", /foreign intelligence agency/u],
    // a multiple of one end of the range against the other
    ["is the top of the range three times the bottom?", "The Counter-Espionage Law, as cited", /^No: 2 times as long/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 101", () => {
  it.each([
    // what the article says never happened, asked as what was about to
    ["was zhong just about to meet the agents when they grabbed him?", /^Zhong/u, /^Yes\. Zhong was apprehended before he could meet/u],
    ["did the authorities step in before zhong could meet the agency's people?", /^Zhong/u, /^Yes\..*apprehended before he could meet/u],
    // a penalty on top of prison is the years without political rights
    ["did qi get any other punishment besides jail?", "Qi: political rights", /^Yes\. Qi was deprived of his political rights for one year\./u],
    // who handled the cases, in Chinese
    ["这些案件是谁处理的", "Who revealed the cases", /^State security organs across China/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 103", () => {
  it.each([
    // a case named before a colon, then "he": the case named, not whoever the words would describe
    ["song - was he fined or jailed?", "Song: sentence", /Song was issued administrative penalties/u],
    // a point of the range scaled, and the range's ends subtracted, with no case's term
    ["whats half the ten year maximum", "The Counter-Espionage Law, as cited", /^60 months: half of the 10 years/u],
    ["the 10 yr max minus the 5 yr min, in months?", "The Counter-Espionage Law, as cited", /\(60 months\) wide/u],
    // "加" with a total asked adds the two terms
    ["齐刑期加政治权利一共几个月", "Qi: arithmetic", /^3 years and 3 months in all \(39 months\)/u],
    // belongings are possessions
    ["who was the one whose belongings held state secrets", "Qi: who this is", /^Qi was an employee/u],
    // a description no single case fits by its words is checked of each as a claim
    ["which was the guy whose stuff turned out to have secrets in it", /^Qi/u, /Qi's possessions included materials with state secrets/u],
    // what came after the outcomes the article reports is not a no
    ["did zhong end up in prison later on", /^Zhong|^Not covered/u, /does not say/u],
    ["did song end up serving jail time later on?", "Not covered by the article", /^The article does not say what happened after the outcomes it reports\./u],
    // options listed, then "or what": an open question
    ["was qi jailed, fined, or what?", "Qi: sentence", /^Qi was sentenced to 2 years and 3 months/u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind sets 105 and 107", () => {
  it.each([
    // a second part naming no one works on the term of the case named before, not the only term the article gives
    ["song's admin penalty: was it a fine or detention, and how many days was it?", "Not covered by the article", /^The article does not say that\.(?![\s\S]*\b822\b)/u],
    // general legal questions the article never answers
    ["what counts as a state secret under chinese law in general", "Not covered by the article", /^The article does not say what the law provides in general/u],
    ["is it illegal in china to merely browse a foreign spy agency's site", "Not covered by the article", /^The article does not say what the law provides in general/u],
    ["what's the deprivation of political rights mean in practice", "Not covered by the article", /^The article does not say what losing political rights involves/u],
    // details the article never gives
    ["which industry was zhong's startup in", "Not covered by the article", /^The article does not say the names or kinds/u],
    ["did song send the files over email or via an app?", "Not covered by the article", /^The article does not say that\./u],
    ["who were the investigators on qi's case", "Not covered by the article", /^The article does not say anyone's full name/u],
    ["how long did zhong's accounts stay frozen", "Not covered by the article", /^The article does not say that\./u],
    ["was song arrested at home", "Not covered by the article", /^The article does not say where anyone was caught/u],
    ["what will happen to qi's career prospects", "Not covered by the article", /^The article does not say what happened after the outcomes it reports/u],
    // a time clause first, then what is asked
    ["when investigators went through qi's stuff, what did they turn up", "Qi: state secrets", /Qi's possessions included materials with state secrets/u],
    // a statement asked back about the law, opened with "it's"
    ["so it's five to ten years usually and longer in severe cases?", "The Counter-Espionage Law, as cited", /^Yes\. 5 to 10 years/u],
    // the agency "biting", asked of the case the time clause names
    ["did the spies bite when zhong got in touch?", "Zhong: what the agency did", /^Yes\. The foreign agency quickly responded/u],
    ["did the agency respond when song reached out?", "Song: what the agency did", /^The article does not say\./u],
    // what the suspects were after, however it is asked
    ["what were the suspects after", "Every case: motive", /financial difficulties/u],
    ["what did the article say the suspects wanted", "Every case: motive", /financial difficulties/u],
    ["what did the mss say qi got?", "Qi: sentence", /^Qi was sentenced to 2 years and 3 months/u],
    // the middle of the range, asked after a supposition
    ["say someone got the exact midpoint of the 5-10 year range, how long is that", "The Counter-Espionage Law, as cited", /^The midpoint of the cited range is 7 years and 6 months/u],
    // a parenthetical that only says "really"
    ["how many of them actually worked on classified projects (for real, not pretending)", "How many: who this is", /^2: Zhong and Qi\./u],
    // whether the agencies were foreign, and what kind they were
    ["were the spy agencies domestic?", /contact|The suspects/u, /^No\. .*foreign/u],
    ["what sort of agencies were they, spy or intelligence?", /contact|The suspects/u, /foreign (?:spy|intelligence)/u],
    // contact "in person" gets the route the article gives
    ["did zhong approach the agency in person?", /^Zhong/u, /^No\. .*official website/u],
    // one term set against the other, in Chinese
    ["齐被剥夺政治权利的时间是他刑期的一半吗", "Qi: political rights", /^No\./u],
    // the legal basis is the law
    ["on what legal basis was song punished", "Song: law", /Counter-Espionage Law/u],
    // "before or after": the one that holds
    ["did qi lose money before or after he went to the agency's website", "Qi: order of events", /^Before\./u],
    // "half of that", of a term just said
    ["qi got 27 months, so what's half of that", "Qi: arithmetic", /^13\.5 months/u],
    // a term in months set beside the range's end, in months
    ["qi's prison time in months versus the 10 year maximum", "Qi: arithmetic", /^27 months against 120: Qi's term is 93 months \(7 years and 9 months\) short of/u],
    // the factor scales the figure it stands before
    ["is 2 years longer than half of the 5 year minimum", "Against the cited ranges", /^No: 2 years is less than 2 years and 6 months/u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind sets 109 and 111", () => {
  it.each([
    // lying "to the agency" is the false claim, whoever else the agency is named beside
    ["did zhong lie to the spies", "Zhong: the false claim", /^Yes\. Zhong falsely claimed/u],
    // the access he claimed, really had
    ["song, did he actually have the access he claimed?", /^Song/u, /^No\. Song falsely claimed/u],
    // the agency getting back to a case
    ["did the agency ever get back to song?", /^Song/u, /^The article does not say\./u],
    // details never given: the means of sending, what the materials described, how long a job was looked for
    ["what way did qi use to send the pictures — wechat?", "Not covered by the article", /^The article does not say/u],
    ["what did song's downloaded files actually describe", "Not covered by the article", /^The article does not say what exactly the materials held/u],
    ["how long had song been looking for work", "Not covered by the article", /^The article does not say/u],
    // the reason for a sentence is the offence
    ["what was the reason qi got jailed", /^Qi/u, /stealing state secrets/u],
    // the term in months, beside how far it is from a figure
    ["how many months did qi get, and is it under 4 years?", "Qi: arithmetic", /\(27 months\)/u],
    // caught before any harm, as the article says
    ["did the authorities catch zhong before any harm was done", "Zhong: outcome", /^Yes\./u],
    // an identity asked with a one-word description
    ["is the jobless one qi?", "Whose deed: who this is", /^No: the article says that of Song, not Qi\./u],
    ["was the unemployed man jailed?", /^Song/u, /^No\./u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind sets 113 and 115", () => {
  it.each([
    // "names only": the ones that fit, bare, without the cases left out
    ["who was sentenced to prison? just the names", "Which cases: sentence", /^Qi\. Qi was sentenced to 2 years and 3 months in prison\.$/u],
    ["who had no job? names only", "Which cases: who this is", /^Song\. Song was an unemployed man who had failed to secure a job\.$/u],
    // the cases to choose among, set first
    ["of qi and song, who went to prison?", "Which cases: sentence", /^Qi\./u],
    // "what were they all trying to do": the deeds of every case
    ["what were all three of them trying to do", "Every case: what was done", /offered to trade classified information for money/u],
    // an unemployed man's former employer is a detail the article never gives
    ["who was song's previous employer", "Not covered by the article", /^The article does not say/u],
    // the range's top in months, with "standard" before the sentence and "what's" before it all
    ["what's the longest normal sentence in months", "The Counter-Espionage Law, as cited", /^120 months/u],
    // the term as years in decimal
    ["qi's jail time as years in decimal?", "Qi: arithmetic", /2\.25 years/u],
    // the term in months set beside a range's end: the comparison is the lead
    ["qi's sentence in months compared with the 5-year minimum in months", "Qi: arithmetic", /^27 months against 60: Qi's term is 33 months/u],
    // prison term minus the years without political rights, in Chinese
    ["齐的刑期减掉剥夺政治权利的时间等于多少", "Qi: arithmetic", /15 months/u],
    // which body handled the cases
    ["which government body dealt with these cases", "Who revealed the cases", /State security/u],
    // two words joined by "or" or a slash: a case fits by either
    ["how many of them worked for classified units/projects?", "How many: who this is", /^2: Zhong and Qi\./u],
  ] as const)("%s", answersAs);
});

describe("more kinds from the blind sets 113 and 115", () => {
  it.each([
    // what the authorities did about a case is its outcome
    ["what did the investigators do about qi", "Qi: outcome", /sentenced to 2 years and 3 months/u],
    // the agency a case contacted is the contact
    ["what kind of agency did song reach out to", "Song: how contact was made", /foreign intelligence agency/u],
    // an agent's identity is never given
    ["who were the agents that replied to zhong", "Not covered by the article", /^The article does not say/u],
    // "or something else" leaves a plain yes/no
    ["did song get punished for pledging allegiance or for something else?", /^Song/u, /^Yes\./u],
    // Chinese: the illegal things a case did are his deeds
    ["宋干了什么违法的事情", "Song: what was done", /Song/u],
    // Chinese: what the agency asked of a case
    ["外国情报机构找钟打听了什么", "Zhong: what the agency did", /requesting details about the classified unit/u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind set 117", () => {
  it.each([
    // the harshest punishment "the article mentions" is the law's, not a case's
    ["what is the heaviest sentence the story mentions", "The Counter-Espionage Law, as cited", /life imprisonment/u],
    // "the X one is <surname>": only a surname is the one said to be it
    ["the unemployed one was sentenced?", /^Song/u, /^No\./u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 119 and 121", () => {
  it.each([
    // a man or a woman: typed, from the words the article uses of each case
    ["were the three of them all male?", "Every case: man or woman", /^Yes, all 3\./u],
    ["is zhong a woman", "Zhong: man or woman", /^No\./u],
    ["齐是女的吗", "Qi: man or woman", /^No\./u],
    ["what gender is song", "Song: man or woman", /unemployed man/u],
    // a count of what the article says of the suspects as a group, which no case shows he did not do
    ["how many of the three wanted to sell classified info", /^How many/u, /^All 3: Zhong, Qi and Song\./u],
    // not where a case is shown not to: counted case by case
    ["how many of the three had done classified work", /^How many/u, /^2: Zhong and Qi\./u],
    // what would have happened: refused
    ["what punishment would qi have got if he had never been caught", "Not covered by the article", /would have happened/u],
    ["if song had sold real secrets, would he have gone to prison?", "Not covered by the article", /would have happened/u],
    // what the suspects were trying to get, said of them all
    ["so what were the suspects hoping to get out of this", "Every case: motive", /monetary gain/u],
    // "what X got", said inside a sentence, is the penalty
    ["tell me what qi got", "Qi: sentence", /2 years and 3 months/u],
    // what happened after an arrest is the penalty that followed, or the article's silence on it
    ["what happened to zhong after his arrest", "Zhong: sentence", /does not say whether Zhong was sentenced/u],
    // how a case's deeds were established: the investigation
    ["how was zhong's wrongdoing established", "Zhong: outcome", /investigation/u],
    ["how were song's deeds confirmed", "Song: outcome", /discovered/u],
    // how the ministry found out, or whether someone tipped it off: not said
    ["did somebody tip off the ministry about qi", "Not covered by the article", /first found out/u],
    // how much a penalty was: an amount never given
    ["how big were song's penalties", "Not covered by the article", /amount of money/u],
    // the ministry itself
    ["is state security recruiting new agents?", "Not covered by the article", /ministry itself/u],
    // one kind of penalty or any: the broader
    ["who got sentenced or punished", /^Which cases/u, /^Qi and Song\./u],
    // the deprivation named alone, added to the term
    ["2 years 3 months plus the deprivation, how long is that", "Qi: arithmetic", /3 years and 3 months/u],
    // a whole year in years is said once
    ["how long did qi lose his rights, in years", "Qi: arithmetic", /^1 year\. /u],
    // "quick summary" after a who-is question: the whole case
    ["who's zhong? short summary please", "Zhong: the case", /apprehended/u],
    // a yes/no asked last, of what was said before it
    ["so qi photographed confidential stuff at work? does that count as breaking the law?", /^Qi/u, /^Yes\./u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 123", () => {
  it.each([
    // "did X fail to find a job", in English and Chinese: the article's "failed to secure a job"
    ["did song fail to land a job?", "Song: who this is", /^Yes\./u],
    ["宋是不是找工作失败了", "Song: who this is", /^Yes\./u],
    // a case's own term held against the range, asked of them all
    ["who ended up with less than the five year minimum", /^Which cases/u, /^Qi\./u],
    ["did any of them get less than the law's minimum?", "Every case: sentence", /^Yes\. Qi was sentenced/u],
    // who did it to the cases: the authorities, in the words of each outcome
    ["who looked into qi", "Qi: outcome", /state security authorities/u],
    ["who arrested the suspects", "Every case: outcome", /state security authorities/u],
    // a count of the cases the ministry "laid out": the ones described
    ["how many cases did the ministry go over", "How many cases", /^3:/u],
    // another penalty besides prison: the political rights
    ["did qi face anything apart from prison?", "Qi: political rights", /^Yes\. Qi was deprived of his political rights/u],
    // the described case, then "what happened to him"
    ["the one who pretended to be a researcher, what happened to him?", "Song: outcome", /administrative penalties/u],
    // the order the cases are told in
    ["what's the order the suspects are described in", "What the article reports", /Zhong[\s\S]*Qi[\s\S]*Song/u],
    // the cited range, asked in Chinese
    ["文章里说的法律，一般判几年", "The Counter-Espionage Law, as cited", /5 to 10 years/u],
    // a Chinese tag question
    ["齐被判了两年三个月，对吧", "Qi: sentence", /^Yes\./u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 125", () => {
  it.each([
    // a count that covers every case says so
    ["how many of the three contacted an agency through its website", /^How many/u, /^All 3: Zhong, Qi and Song\./u],
    // a yes to "all" says of how many
    ["did all three of them use an official website to reach out?", "Every case: how contact was made", /^Yes, all 3\./u],
    // how fast the agency replied
    ["how fast did the spies get back to zhong", "Zhong: what the agency did", /quickly responded/u],
    // what a case hoped his deed would fix: his money trouble
    ["what was song hoping reaching out would solve", "Song: motive", /money|job/u],
    // "what happened to" a described case, however far its clause runs
    ["what happened to the man whose bank accounts got frozen", "Zhong: outcome", /apprehended/u],
    // how a case's venture went, in Chinese
    ["钟的创业结果怎么样", "Zhong: motive", /venture failed/u],
    // whether it all happened in one city: not said
    ["was all of this confined to a single city?", "Not covered by the article", /city or province/u],
    // what kind of unit it was: not said
    ["was the unit qi worked for state-owned or a private firm?", "Not covered by the article", /kinds of the units/u],
    // the agency's people arrested: not said
    ["were any foreign agents arrested?", "Not covered by the article", /foreign agency or its people/u],
    // what would happen to anyone who did it: the law's ranges
    ["what would happen to someone who leaks state secrets abroad, according to the article", "The Counter-Espionage Law, as cited", /5 to 10 years/u],
    // on whose behalf
    ["who was qi stealing secrets for", "Qi: offence", /on behalf of foreign entities/u],
    // dealing with the suspects: what the organs handled
    ["did the authorities deal with every suspect?", /./u, /^Yes/u],
  ] as const)("%s", answersAs);
});
describe("kinds found while reviewing pair 125", () => {
  it.each([
    // a request after the question ("give me the url") is asked too, not a remark
    ["what site did they go through? show me the link", "Not covered by the article", /agency/u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 127 and 129", () => {
  it.each([
    // why something the article says never happened did not: what stopped it
    ["why didn't zhong ever sit down with the agency's people", "Zhong: outcome", /apprehended before he could meet/u],
    ["钟为什么没见到境外人员", "Zhong: outcome", /apprehended before he could meet/u],
    // the agency's own purpose: not said, with what it did
    ["what was the foreign agency after when it collected zhong's details", "Not covered by the article", /^The article does not say why the foreign agency did what it did/u],
    ["why did the spies ask zhong about the classified unit", "Not covered by the article", /quickly responded/u],
    // which kind of agency: whom they reached
    ["which type of agency did song reach out to", "Song: how contact was made", /foreign intelligence agency/u],
    // a choice of two grounds for a penalty: the offence the article names, with no yes or no
    ["was qi jailed for pledging allegiance or for stealing state secrets", "Qi: offence", /^Qi was sentenced for stealing state secrets/u],
    // a job at some time: an unemployed man may have held one before
    ["did song have a job at some point before", "Song: who this is", /^The article does not say\./u],
    ["did song have any work experience", "Song: who this is", /^The article does not say\./u],
    // two cases and "both", asked as a statement
    ["zhong and qi both had classified work experience?", "Zhong and Qi: who this is", /^Yes, both\./u],
    // money from the agencies: the suspects' motive, so every case's
    ["how many of the suspects wanted money from the foreign spies", /^How many/u, /^All 3: Zhong, Qi and Song\./u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 131", () => {
  it.each([
    // a summary of the part named, not of the whole article
    ["summarize the money problems", "Every case: motive", /financial difficulties/u],
    ["summarize the law part", "The Counter-Espionage Law, as cited", /5 to 10 years/u],
    ["give me a one sentence summary of the article", "What the article reports", /revealed 3 cases/u],
    // "halve" is half, and a sum of the terms is no amount of money
    ["halve qi's prison term, in months", "Qi: arithmetic", /^13\.5 months/u],
    ["sum of qi's prison term and his rights ban in months", "Qi: arithmetic", /\(39 months\)/u],
    // a reason for a deed is its motive
    ["what was the reason for qi's actions", "Qi: motive", /failed investments/u],
    // what the agency did, asked as the action it took
    ["what steps did the agency take after zhong reached out", "Zhong: what the agency did", /quickly responded/u],
    // what kind of cases the organs handled: the article's own account of them
    ["what kinds of cases did the organs handle", "What the article reports", /./u],
    // getting documents out of the office is taking them home
    ["how did qi get the documents out of the office", "Qi: what was done", /took original copies of classified materials home/u],
    // on whose behalf, in Chinese and with the preposition first
    ["齐替谁窃取了国家秘密", "Qi: offence", /on behalf of foreign entities/u],
    ["for whom did qi steal state secrets", "Qi: offence", /^Qi was sentenced for stealing state secrets on behalf of foreign entities\.$/u],
    // a yes to being punished gives what for
    ["was song punished even though he gave nothing secret", "Song: sentence", /^Yes\. Song was issued administrative penalties/u],
    // a deed the article says all the suspects tried is each one's
    ["which of the suspects tried to sell info to foreign agencies", /^Which cases/u, /^All 3: Zhong, Qi and Song\./u],
    // a current employee: asked of a former one, no
    ["was zhong a current employee of the classified unit?", "Zhong: who this is", /^No\. Zhong had previously worked for a subsidiary/u],
  ] as const)("%s", answersAs);
});
describe("kinds found scoring the blind pair 133", () => {
  it.each([
    // "who is the one described", in Chinese: the question word is no part of the description
    ["谁是失业的那个", "Song: the case", /Song/u],
    // "can you confirm X": X asked back, yes or no
    ["can u confirm qi got 5 years", "Qi: sentence", /^No\. Qi was sentenced to 2 years and 3 months/u],
    ["could you verify that qi got 27 months", "Qi: sentence", /^Yes\./u],
  ] as const)("%s", answersAs);
});
describe("kinds from the blind pair 135 and 137", () => {
  it.each([
    // a list names the cases that fit, and no case the article is silent on
    ["which of them ended up behind bars", "Which cases: sentence", /^Qi\. Qi was sentenced to 2 years and 3 months in prison\.$/u],
    ["which of the suspects got hit with administrative penalties", /^Which cases/u, /^Song\.(?![\s\S]*\bZhong\b)/u],
    // a body of government asked for by name is the one that made the cases known
    ["what department is behind these cases", "Who revealed the cases", /Ministry of State Security/u],
    // a penalty "faced" is the penalty, not the money trouble the suspects faced
    ["what punishment did qi face", "Qi: sentence", /^Qi was sentenced to 2 years and 3 months/u],
    ["what consequences did song face", "Song: sentence", /administrative penalties/u],
    ["what money problems was qi facing", "Qi: motive", /failed investments/u],
    // "this piece" is the article
    ["how many cases are covered in this piece", "How many cases", /^3\b/u],
    // an end of the cited range, in another unit; the unit said last is the one asked for
    ["how many months is the lower end of the cited range", /Counter-Espionage Law/u, /^60 months/u],
    ["how many years is the upper limit of the range, in months", /Counter-Espionage Law/u, /^120 months/u],
    ["how many months is 10 years", /Counter-Espionage Law/u, /^120 months: the 10 years at the top of the cited range\./u],
    // a term the article never gives is converted as given, not swapped for Qi's
    ["how many months is 4 years", "Arithmetic", /^48 months: 4 years, a term the article does not give\./u],
    // "failure" is failing
    ["which guy had a business failure", /^Which cases/u, /^Zhong\./u],
    // the case meant, described after the question
    ["where had zhong worked before? the one with frozen bank accounts", "Zhong: who this is", /subsidiary of a classified unit/u],
    // a case that reveals is doing his deed, not telling of the cases
    ["what kind of information did zhong reveal", "Zhong: what was done", /classified project/u],
    // "at some point" is "ever", of a job
    ["which of the suspects held classified jobs at some point", /^Which cases/u, /^Zhong and Qi\./u],
    // question words listed bare ask for the whole story
    ["quick version pls: who, what, what happened to each", "What the article reports", /./u],
  ] as const)("%s", answersAs);

  it.each([
    ["who was fined, who was jailed, who was apprehended", 3],
    ["short version: who, what, punishment for each", 1],
    ["what did qi used to do, and what about the other two?", 2],
  ])("%s reads as %i questions", (message, count) => {
    expect(splitQuestions(message)).toHaveLength(count);
  });
});
describe("kinds from the blind pair 139 and 141", () => {
  it.each([
    // a term the cited law allows, asked with no end of the range as the subject
    ["could offenders get less than 5 years under the law", /Counter-Espionage Law|law/u, /^No\./u],
    ["under that law can someone get more than 3 years", /Counter-Espionage Law|law/u, /^Yes\./u],
    ["can a person get 8 years under the law", /Counter-Espionage Law|law/u, /^Yes\./u],
    // a case asked for by what its case involved
    ["whose case had a scientific research institution in it", /^Which cases/u, /^Song\./u],
    ["which case involved frozen bank accounts", /^Which cases/u, /^Zhong\./u],
    // a time clause before the question is given, not asked
    ["the guy from the subsidiary, when the agency asked about the unit, what did he tell them he was", "Zhong: the false claim", /leader of the unit/u],
    // a supposed deed, then "is that still illegal"
    ["if someone pledges allegiance to a foreign agency but hands over nothing secret, is that still illegal?", "What happened to those who did that", /^Yes\. The article reports one case like that: Song\./u],
    ["if you pledge allegiance to a spy agency, is it a crime?", "What happened to those who did that", /^Yes\. The article reports 2 cases like that: Qi and Song\./u],
    // the asker's own lead-in before a colon
    ["what I want to know: how long was qi jailed", "Qi: sentence", /2 years and 3 months/u],
    // (not a request before the colon: what follows it is asked, however it is wrapped)
    ["can u help me with my homework: what is 12*12", "Not covered by the article", /./u],
    // "几个月" asks for months, not for a count of cases
    ["齐被剥夺了几个月的政治权利", "Qi: arithmetic", /^12 months/u],
    ["案子里有几个人", "How many cases", /^3\b/u],
  ] as const)("%s", answersAs);
});
describe("kinds found scoring the blind pair 143", () => {
  it.each([
    // a bare "name?" after a which-question asks for the names; after a description it asks who he is
    ["who was the one with frozen bank accounts — name?", /^Which cases|^Zhong/u, /Zhong/u],
    ["which suspect pledged allegiance, names?", /^Which cases/u, /^Qi and Song\.(?![\s\S]*\bZhong\b)/u],
    ["the unemployed one, surname?", "Song: the case", /Song/u],
    // "what's MSS": the body that revealed the cases
    ["quick q, what is the mss", "Who revealed the cases", /Ministry of State Security/u],
    // what became of a case "because of his actions" is his outcome
    ["what happened to qi as a result of his actions", "Qi: outcome", /sentenced to 2 years and 3 months/u],
    // on whose behalf, asked last
    ["qi took the secrets for whom?", "Qi: offence", /on behalf of foreign entities/u],
    // expecting to be paid is wanting money
    ["did zhong expect to be paid", "Zhong: motive", /^Yes\./u],
  ] as const)("%s", answersAs);
});

describe("kinds from the blind pairs 143 and 145, after tuning on 143", () => {
  it.each([
    // what will become of a case is no fact the article gives; what would befall anyone is the law's range
    ["what will happen to zhong next?", "Not covered by the article", /^The article does not say what happened after/u],
    ["what would happen to someone who leaks state secrets abroad", "The Counter-Espionage Law, as cited", /5 to 10 years/u],
    // names of the employers, or of the suspects, plural and with a count between
    ["what are the names of the three men's employers?", "Not covered by the article", /names or kinds of the units/u],
    ["names of the three suspects", "Not covered by the article", /surnames only/u],
    // the law's most, asked in Chinese with 最高能判
    ["这篇文章提到的法律最高能判什么", "The Counter-Espionage Law, as cited", /life imprisonment/u],
    // a bare "name?" in capitals is the same tail
    ["WHO WORKED AT A SUBSIDIARY OF A CLASSIFIED UNIT — NAME?", /^Which cases/u, /^Zhong\./u],
    // a hedge on one's own reading before a statement asked back
    ["idk if i read it right but zhong was never actually a unit leader??", /^Zhong/u, /^Yes\. Zhong falsely claimed/u],
  ] as const)("%s", answersAs);
});
