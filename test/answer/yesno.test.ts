import { describe, expect, it } from "vitest";
import { runCommand } from "../../commands/run.js";
import { core } from "../helpers/core.js";

const answer = (q: string) => runCommand(core(), "ask", { question: q }).reply.embeds[0]!.description ?? "";
const lead = (q: string): string => {
  // the answer opens in bold (issue 12): read past the markers
  const text = answer(q).replace(/^\*\*/u, "");
  if (/^Yes\b/u.test(text)) return "yes";
  if (/^No\b/u.test(text)) return "no";
  if (/^The article does not say\b/u.test(text)) return "unknown";
  return text.slice(0, 60);
};

// Each expected yes, no or "the article does not say", from the article alone.
const TABLE: Array<[question: string, expected: "yes" | "no" | "unknown"]> = [
  ["both the jobless guy and the investment guy pledged allegiance right?", "yes"],
  ["qi get the death penalty?", "no"],
  // a statement asked back, any past verb, its subject a "with" description
  ["the one with the frozen accounts spilled info about a project he worked on?", "yes"],
  ["the guy with the failed investments disclosed info about a project?", "no"],
  ["zhong didn't go through the official website like the others, did he?", "yes"],
  ["did all three meet the spies", "no"],
  ["was song executed", "no"],
  ["did zhong get the death penalty", "unknown"],
  ["the unemployed guy and the failed-investment guy — did both of them contact agencies through official websites?", "yes"],
  ["did the former subsidiary guy get sentenced to 2 years and 3 months", "unknown"],
  ["Is Qi's sentence more than 2 years?", "yes"],
  ["did zhong claim any fake title when chatting w the agency", "yes"],
  ["did zhong pretend to be someone when he contacted the agency", "yes"],
  ["did song pretend to be a leader when he contacted the agency", "no"],
  ["zhong went to the spies because his business failed, right?", "yes"],
  ["did qi sell secrets because he lost money on investments", "yes"],
  ["did qi sell secrets because he couldn't find a job", "no"],
  // what a case was punished for, without the punishing words
  ["was song punished for pledging allegiance?", "yes"],
  ["wasn't qi punished for stealing state secrets on behalf of foreign entities?", "yes"],
  ["was qi sentenced for stealing state secrets?", "yes"],
  // the law's own penalty, said with a possessive, is the cited law's
  ["can the law's penalty go above 10 years?", "yes"],
  ["did qi fail to secure a job", "no"],
  ["did the foreign agency take zhong's personal info? ty", "yes"],
  ["was song punished more harshly than qi?", "no"],
  ["did qi get a harsher penalty than song", "yes"],
  ["and the fake researcher, did he use the same contact method as zhong?", "yes"],
  ["did qi and song have the same job situation?", "no"],
  ["did the foreign agency ever write back to song?", "unknown"],
  ["the guy who said he was a researcher — was his pledge against the law?", "yes"],
  ["the one with the failed startup — did he end up in prison?", "unknown"],
  ["in especially severe cases could someone get life?", "yes"],
  ["in the most serious cases, can it be 12 years?", "yes"],
  ["did the suspects go to the agencies actively or passively?", "yes"],
  ["under normal circumstances can the law give more than 10 years?", "no"],
  ["does illegally purchasing secrets fall under that law?", "yes"],
  ["is qi's jail time plus his rights ban under 4 years?", "yes"],
  ["qi's 27 months plus his 12 month rights ban, is that more than 3 years?", "yes"],
  ["did qi lose his political rights forever?", "no"],
  ["did qi get his political rights taken away", "yes"],
  ["the one who invested badly, did he also get his political rights taken away?", "yes"],
  ["did song contact the agency before he got penalties?", "yes"],
  ["did qi pledge allegiance before he lost money?", "no"],
  ["宋有没有坐牢", "no"],
  ["齐是不是被判了十年", "no"],
  ["did the qi dude get deprived of political rights or nah", "yes"],
  ["Did Qi get less than 5 years?", "yes"],
  ["qi got 27 months right?", "yes"],
  ["was this published in 2024?", "yes"],
  ["did zhong meet the agents before he was caught", "no"],
  ["did zhong disclose anything to the foreign agency before he was caught?", "yes"],
  ["did qi take documents home before he was sentenced", "yes"],
  ["zhong's materials had no state secrets in them, that's what the article says, right?", "no"],
  ["was zhong ever in contact with the agency in person?", "no"],
  ["did zhong and qi both work on classified projects at some point?", "yes"],
  ["did the agency ask zhong for details on the unit? just checking", "yes"],
  ["qi's stuff did contain actual state secrets right? unlike the other guy", "yes"],
  ["so the researcher-pretender basically got off with administrative stuff?", "yes"],
  ["so the guy who photographed the documents was sentenced to 27 months total, yeah?", "yes"],
  ["did the suspects reach out to the agencies themselves?", "yes"],
  ["is it true that the suspects went looking for the agencies, not the other way around?", "yes"],
  ["is it true that qi got 3 years?", "no"],
  ["did this come out in november?", "no"],
  ["if they doubled qi's sentence would he still be below 5 years", "yes"],
  ["if qi's term was tripled would it exceed the max", "no"],
  ["Is Qi's prison term longer than two years?", "yes"],
  ["Did Qi get more than 3 years?", "no"],
  ["did qi get at least 27 months", "yes"],
  ["did qi get at least 28 months", "no"],
  ["did qi get at most 2 years", "no"],
  ["did qi get about two years", "yes"],
  ["was qi sentenced to 10 years", "no"],
  ["Was Qi deprived of his political rights?", "yes"],
  ["was qi deprived of political rights for more than 2 years", "no"],
  ["was qi deprived of political rights for longer than his prison term?", "no"],
  ["is qi's prison term longer than his rights deprivation", "yes"],
  ["was qi's prison term more than twice his political rights ban", "yes"],
  ["was zhong's prison term longer than his rights deprivation", "unknown"],
  ["did qi bring classified documents home?", "yes"],
  ["did all three reach the agencies the same way?", "yes"],
  ["did all of them contact the spies", "yes"],
  ["is 10 years the max?", "no"],
  ["is 10 years the most you can get?", "no"],
  ["did the foreign agencies make the first contact with the suspects?", "no"],
  ["was the agency zhong contacted the same one qi contacted?", "unknown"],
  ["did all three suspects have money problems?", "yes"],
  ["anyone get over 10 years?", "no"],
  ["was song a researcher?", "no"],
  ["did song break the law", "yes"],
  ["yo qi got life?? 😳", "no"],
  ["bruh the qi guy really took classified docs HOME?? 💀", "yes"],
  ["wait so zhong got caught b4 he met them?? W for the mss", "yes"],
  ["did song's stuff have any state secrets in it", "no"],
  ["did zhong tell the truth about his position at the unit?", "no"],
  ["was song's institution a university?", "unknown"],
  ["was qi's job related to classified work or no?", "yes"],
  ["did zhong do anything illegal", "yes"],
  ["had zhong himself worked on any classified project?", "yes"],
  ["were any of the suspects women?", "no"],
  ["is song's case the one where the pledge is described as voluntary?", "yes"],
  ["is five years the minimum?", "yes"],
  // the end of the range named is compared with the amount, not the amount with every end
  ["is the minimum more than 5 years", "no"],
  ["is the minimum under 8 years", "yes"],
  ["is the maximum less than 8 years", "no"],
  ["is the maximum more than 10 years", "yes"],
  // above the standard top, a term the especially severe band allows; not in ordinary cases
  ["can you get 15 years under the law", "yes"],
  ["can you get 15 years in ordinary cases", "no"],
  ["did the agency approach qi first?", "no"],
  ["Did Song go to prison?", "no"],
  ["was song jailed", "no"],
  ["Was Zhong sentenced to prison?", "unknown"],
  ["was zhong jailed", "unknown"],
  ["was zhong arrested", "yes"],
  ["Did Song's materials contain state secrets?", "no"],
  ["did qi's possessions include state secrets", "yes"],
  ["did zhong's information contain state secrets", "unknown"],
  ["was song unemployed", "yes"],
  ["was qi unemployed", "no"],
  ["did zhong contact the agency through its official website", "yes"],
  ["did all three contact the agencies through official websites", "yes"],
  ["was anyone sentenced to life", "no"],
  ["Did zhong claim to be a leader of the unit?", "yes"],
  ["did zhong claim to be a researcher", "no"],
  ["was song really a researcher", "no"],
  ["Is Qi's sentence within the cited range?", "no"],
  ["Is 7 years within the cited range?", "yes"],
  ["would a 12 year sentence be inside the cited range", "no"],
  ["Is 2 years 3 months more than half the minimum?", "no"],
  ["did song violate the counter-espionage law", "yes"],
  ["did the agency respond to zhong", "yes"],
  ["Did Zhong meet the foreign agency's personnel?", "no"],
  // a verb that denies its object: the answer is the opposite of the object's
  ["did qi get away with it?", "no"],
  ["did song avoid prison", "yes"],
  ["did zhong avoid arrest", "no"],
  ["did song escape punishment", "no"],
  // what a description says of the case is not what the question asks of him
  ["the person who lied about being a leader, had he ever worked on a classified project?", "yes"],
  ["did the foreign agency ever answer song?", "unknown"],
  // the publisher is publication metadata; another outlet or body is a no
  ["is this from xinhua?", "no"],
  ["did china daily publish this", "yes"],
  ["did a court announce these cases?", "no"],
  // a statement asked with one question mark
  ["so qi literally took the docs home lol?", "yes"],
  ["song got administrative penalties?", "yes"],
  // a topic set before the question
  ["ok so for qi, did he use his position at work to get the materials?", "yes"],
  ["did zhong meet the spies", "no"],
  ["the guy whose startup failed - did he ever actually meet the spies", "no"],
  // a restriction ("only") against what the law covers
  ["Does the law only cover stealing secrets?", "no"],
  ["does the law only cover stealing, spying, purchasing and providing", "yes"],
  ["is it only life in the most severe cases", "no"],
  // a described case under the cited law
  ["did the jobless one's offense fall under the counter-espionage law?", "yes"],
  // whose deed it was
  ["was it zhong who got 2 years and 3 months?", "no"],
  ["was it qi who got 27 months", "yes"],
  ["the guy with the frozen bank accounts, is he the one who pledged allegiance on the website?", "no"],
  ["was the guy who couldn't get a job the one who lied about being a researcher?", "yes"],
  ["is the guy who made bad investments the same person who photographed documents at home?", "yes"],
  // the body that revealed the cases
  ["was it the ministry of state security that made these cases public?", "yes"],
  ["was it the police that made these cases public?", "no"],
  // the agencies as the subject: the suspects reached out, not the agencies
  ["were the spy agencies the ones who made the first move?", "no"],
  ["did the spy agencies make the first move?", "no"],
  // a statement asked back in two parts, one of which the article denies
  ["so zhong met the spies and then got busted?", "no"],
  ["bro did qi get life imprisonment", "no"],
  // a concession is given, not asked
  ["did the one who couldn't find a job get punished even though nothing he had was secret?", "yes"],
  ["hey, did song break the law even though he had no secrets? thanks", "yes"],
  ["did the unemployed one pull his info from a scientific research institution?", "yes"],
];

describe("yes/no answers follow the question's own predicate", () => {
  it.each(TABLE)("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("directional: moving the predicate moves the answer", () => {
  it.each([
    ["did qi get more than 2 years", "did qi get more than 3 years"],
    ["did qi get at least 27 months", "did qi get at least 28 months"],
    ["did qi get less than 3 years", "did qi get less than 2 years"],
    ["was qi deprived of political rights for at least 1 year", "was qi deprived of political rights for at least 2 years"],
  ])("%s is yes; %s is no", (yes, no) => {
    expect(lead(yes)).toBe("yes");
    expect(lead(no)).toBe("no");
  });
});

describe("\"the article does not say\" is never turned into a no", () => {
  it.each(["was zhong sentenced", "did zhong get more than 5 years", "did zhong get life", "was zhong fined", "was song fined"])("%s", (q) => {
    expect(lead(q)).toBe("unknown");
  });
});

describe("a 'does not say' names the case the article does say it of", () => {
  it.each([
    ["did the former subsidiary guy get sentenced to 2 years and 3 months", "Qi"],
    ["so the one who lost his investments also got his bank accounts frozen, right?", "Zhong"],
  ])("%s -> %s", (q, who) => {
    expect(lead(q)).toBe("unknown");
    expect(answer(q)).toContain(`The article says that of ${who}.`);
  });
});

describe("a part that asks after a refused one is no question of its own", () => {
  it.each(["what about that case where a chinese engineer spied for mi6, what happened there", "has zhong gone to trial yet, what happened after", "saw a story about a similar case last year, what did that guy get"])("%s", (q) => {
    const reply = core().engine.ask(q);
    expect(reply.status).toBe("not-covered");
    expect(reply.text).not.toMatch(/2 years and 3 months/u);
  });
});

describe("a yes/no question whose predicate is negative is answered of the negative", () => {
  it.each([
    ["did zhong never meet the agents?", "yes"],
    ["did qi have no access to classified projects?", "no"],
    // (a negation only of the asking, a tag after a statement, or Chinese A-not-A asks the positive)
    ["didn't qi go to prison?", "yes"],
    ["qi never pledged allegiance, did he?", "yes"],
    ["钟有没有和外国间谍见面？", "no"],
    // (a statement asked whole carries its negation: "is it true that …", "… though?")
    ["is it true zhong never got to meet the foreign agency personnel", "yes"],
    ["is it true that qi didn't go to prison", "no"],
    ["qi didn't go to prison?", "no"],
    ["zhong wasn't actually a leader of that unit though?", "yes"],
    // (a "right?" tag asks whether the statement holds; a verb tag asks the verb)
    ["So Zhong never got to meet the foreign agents, right?", "yes"],
    ["the foreign agency didn't respond to zhong, right?", "no"],
    ["Zhong didn't make anything up about himself, right?", "no"],
    // (a negation only of a later part asks nothing of its own)
    ["the jobless guy got administrative penalties and no prison, that right?", "yes"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("arithmetic held against another term asks of the term named first", () => {
  it("was qi's 1 year political rights ban less than half his prison term? -> yes", () => {
    expect(lead("was qi's 1 year political rights ban less than half his prison term?")).toBe("yes");
  });
});

describe("a term held against life", () => {
  it.each([
    ["did qi get less than life?", "yes"],
    ["did qi get life?", "no"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("a yes/no of what a case only claimed to be", () => {
  it.each([
    ["was zhong a leader of the unit like he claimed?", "no"],
    ["did zhong really hold a leadership role at the unit", "no"],
    ["the former employee of the subsidiary — was he really a leader of the classified unit like he told them?", "no"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("money trouble asked of a case without naming its cause", () => {
  it.each([
    ["did qi and song both have money problems", "yes"],
    ["did song have money problems", "yes"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("the cited law asked of its ends", () => {
  it.each([
    ["so 10 years is the absolute max?", "no"],
    ["does the law cover giving secrets to overseas individuals too, or just organizations?", "yes"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("Chinese yes/no asked A-not-A", () => {
  it.each([
    ["宋某有没有被国家安全机关发现", "yes"],
    ["齐某是不是因为投资失败才动了歪心思？", "yes"],
    ["嗨，想问下宋某有没有违反反间谍法？", "yes"],
  ])("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("the agency's pace", () => {
  it("'take its time answering' is slow, which the article contradicts", () => {
    expect(lead("Did the agency take its time answering Zhong?")).toBe("no");
  });
});

describe("yes/no answers that were false, by kind", () => {
  it.each([
    // (the group's sentences say nothing of the suspects' jobs; each case's job is typed)
    ["did all three work on classified stuff", "no"],
    // (a statement asked whole, its negation and all, of the cited law)
    ["is it true that the law doesn't cover illegally purchasing state secrets?", "no"],
    ["life imprisonment isn't possible under the law, right?", "no"],
    ["so life imprisonment isn't possible under the law?", "no"],
    // (the arrest as a time clause: what is asked is the meeting)
    ["钟某被抓的时候见到境外人员了吗？", "no"],
    ["had zhong met foreign agency personnel when he was arrested?", "no"],
    // (done to the case by the agency: the suspects reached out themselves)
    ["was qi approached by the agency?", "no"],
    ["was qi recruited by the agency?", "no"],
    ["were any of them recruited by the agencies?", "no"],
    ["was the jobless guy recruited by the spies?", "no"],
    ["did the agency go after qi?", "no"],
  ] as const)("%s: %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
  it("a no to 'all three' leads with the case it fails on", () => {
    expect(answer("did all three work on classified stuff")).toMatch(/^\*\*No\. Song was an unemployed man/u);
  });
});

describe("yes/no answers that were false, by kind, from a second blind set", () => {
  it.each([
    // (taking long to respond is slow; the agency responded quickly)
    ["DID THE FOREIGN AGENCY TAKE LONG TO RESPOND TO ZHONG", "no"],
    ["did the agency take long to get back to zhong", "no"],
    // (whether he said it is whether he claimed it, false or not)
    ["DID SONG SAY HE HAD ACCESS TO CRITICAL TECH MATERIALS", "yes"],
    ["did song say he was a researcher", "yes"],
    // (taking materials out of the workplace is taking them home)
    ["Qi never removed classified materials from his workplace, right?", "no"],
    ["did qi take documents out of his office?", "yes"],
    // ("I believe" is a hedge)
    ["I believe authorities confirmed Qi's possessions had state secrets in them, right?", "yes"],
  ] as const)("%s: %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});

describe("a negation the idioms make is the question's own predicate", () => {
  it.each([
    ["did zhong tell the truth about his role at the unit?", "no"],
    ["did song tell the agency the truth about his job?", "no"],
  ] as const)("%s -> %s", (question, expected) => {
    expect(lead(question)).toBe(expected);
  });
});
