import { describe, expect, it } from "vitest";
import type { Verdict } from "../../src/answer/check.js";
import { claimParts, silenceClaim } from "../../src/answer/read/claims.js";
import { core } from "../helpers/core.js";

const verdict = (claim: string): Verdict | "none" => {
  const r = core().engine.check(claim);
  return r.kind === "claims" ? r.checks[0]!.verdict : "none";
};

// Each verdict from the article alone, one row per shape of claim: the shapes,
// not the sentences, are what these rows pin.
const VERDICTS: Array<[claim: string, expected: Verdict, shape: string]> = [
  ["zhong claimed to be a researcher, not a leader", "contradicted", "X, not Y: the object swapped"],
  ["Song was issued administrative penalties, not a prison term", "supported", "X, not Y: both halves hold"],
  ["song got in touch with the agency by phone instead of through its website", "contradicted", "X instead of Y: from the preposition"],
  ["Qi did it for ideological reasons, not money", "contradicted", "X, not Y: after 'for'"],
  ["it was qi, not song, who posed as a researcher", "contradicted", "it was A, not B, who P"],
  ["zhong got sentenced to 2y3m, not qi", "contradicted", "X, not <surname>: the subject swapped"],
  ["Qi got prison time while Song got administrative penalties", "supported", "X while Y: both hold"],
  ["Qi just got administrative penalties instead of jail", "contradicted", "administrative penalties are not prison"],
  ["the guy who copied classified files got off with just administrative penalties", "contradicted", "described case, administrative"],
  ["the one who claimed to be a unit leader got 2 years 3 months too", "nei", "described case whose term the article never gives"],
  ["the one who couldnt find a job pretended to be a researcher", "supported", "the description ends at the main verb"],
  ["qi's the unemployed one", "contradicted", "named case with 'the X one'"],
  ["qi got 2 and a half years", "contradicted", "N and a half years"],
  ["qi got roughly two and a quarter years", "supported", "N and a quarter years, about"],
  ["the max punishment mentioned in the article is 10 years", "contradicted", "a cap, while severe cases get more"],
  ["the article says especially severe cases start at 20+ years", "contradicted", "a floor of the severe range"],
  ["qi made 50k selling secrets", "nei", "a sum of money"],
  ["那个无业的人被罚款五千元", "nei", "Chinese description and a sum"],
  ["那个无业的人提供的材料里含有国家秘密", "contradicted", "Chinese description, state secrets"],
  ["拍机密资料的那个人被判了十年", "contradicted", "Chinese description after the clause"],
  ["zhong met up with foreign agents before he got caught", "contradicted", "'before': what comes ahead of it is asserted"],
  ["zhong was caught before he could meet the agents", "supported", "'before he could': what follows did not happen"],
  ["qi was acquitted", "contradicted", "an antonym of sentenced"],
  ["zhong's business was thriving when he reached out", "contradicted", "an antonym of failed"],
  ["the suspects were all financially comfortable", "contradicted", "an antonym, said of all"],
  ["Song was fined", "nei", "a fine the article never mentions"],
  ["qi's investments went south", "supported", "an idiom for failed"],
  ["Song was a researcher at the institute", "contradicted", "the identity he only claimed, said as what he was"],
  ["song didn't break any law", "contradicted", "broke the law: the article says each case did"],
  ["qi's bank accounts were frozen", "contradicted", "a circumstance's cue word ('frozen') is matched, not waved through"],
  ["song pledged allegiance and got 2 years for it", "contradicted", "a deed and a penalty joined by 'and got'"],
  ["in especially severe cases life imprisonment is mandatory", "contradicted", "a certainty where the law says 'may be'"],
  ["the agency pledged allegiance to qi", "contradicted", "the roles reversed: the agency doing Qi's deed"],
  ["so basically zhong got stopped before any meetup, qi got prison, and song got admin penalties", "supported", "a list of clauses, one per subject"],
  ["Zhong is the one who claimed to be a leader and Song is the one who claimed to be a researcher", "supported", "two clauses joined by 'and', each with its subject"],
  ["song told them he had access to critical scientific and technical materials, which was a lie", "supported", "a relative clause after a comma is no new clause"],
  ["the article calls song's pledge of allegiance voluntary", "supported", "'the article calls' is who says it"],
  ["Zhong pretend he is boss of the unit, but it is not true", "supported", "'but it is not true' after a pretence is emphasis"],
  ["Zhong asked the foreign agency for details about the classified unit", "contradicted", "the roles reversed: Zhong doing the agency's asking"],
  ["Zhong got a quick response from the agency", "supported", "a case as the subject of what he received is no reversal"],
  ["the agency Song contacted was Taiwanese", "nei", "a relative clause after the agency is no reversal"],
  ["the top of the normal range is 10 years", "supported", "the standard range's own top"],
  ["the law caps it at 10 years no matter how bad the case is", "contradicted", "'no matter' is no negation"],
  ["Qi was sentenced for illegally purchasing state secrets", "contradicted", "the offence, not whether secrets were involved"],
  ["qi was jailed for espionage", "supported", "espionage: stealing secrets for foreign entities"],
  ["the agency took forever to respond to zhong", "contradicted", "an idiom for slowly"],
  ["zhong's business was doing great when he reached out", "contradicted", "an idiom for thriving"],
  ["the authorities failed to gather evidence against zhong", "contradicted", "an idiom: no evidence gathered"],
  ["Song's efforts went unnoticed by the authorities", "contradicted", "an idiom: not discovered"],
  ["song uploaded publicly available info to the research institution", "contradicted", "uploaded: the opposite of downloaded"],
  ["Zhong disclosed info about a project he was currently working on", "contradicted", "'currently' against a past project"],
  ["qi was still an employee when he did this", "supported", "'when he did this' only points back"],
  ["the article covers five cases", "contradicted", "a count of the article's cases"],
  ["zhong contacted the agency by email", "contradicted", "another channel than the website"],
  ["Qi sent the photos to the agency by email", "nei", "how materials were sent is never said"],
  ["宋冒充科研人员", "supported", "Chinese: the longest word, 科研人员"],
  ["the suspects were all rich and just greedy", "contradicted", "antonyms of money trouble, of the group"],
  ["qi got 2 years 3 months plus 3 years without political rights", "contradicted", "'without political rights' is the rights term, no negation"],
  ["Qi got 1 year of prison and 2 years 3 months without political rights", "contradicted", "two terms split at the last 'and'"],
  ["the ministry said the suspects tried to buy secrets from foreign agencies", "contradicted", "an antonym of selling, said of the suspects"],
  ["齐是根据反间谍法判刑的", "nei", "Chinese: sentenced under which law"],
  ["宋的行政处罚包括拘留", "nei", "Chinese: a detention the article never mentions"],
  ["the agency actually received qi's photos", "nei", "what the agency received is never said"],
  ["qi only started copying materials after his investments went bad", "nei", "when a deed began is never said"],
  ["none of them broke the law", "contradicted", "broke the law, of every case"],
  ["song claimed to be a researcher", "supported", "the false claim itself"],
  ["Song downloaded publicly available information from a scientific research institution", "supported", "'research' is no researcher"],
  ["at least two of the three lied about who they were", "supported", "a count of them, not all of them"],
  ["zhong was still working at the subsidiary when he contacted the agency", "contradicted", "a former employee 'still' working there"],
  ["Qi didn't have a job when he did this", "contradicted", "a negated job: unemployed"],
  ["zhong's bank accounts were fine, he just wanted extra cash", "contradicted", "accounts 'fine': not frozen"],
  ["the song guy was pressured into pledging allegiance, it wasn't voluntary", "contradicted", "a comma splice: two clauses, one case"],
  ["Qi was caught before he could send anything, so he was only given administrative penalties", "contradicted", "'he' in the second clause is the first clause's case"],
  ["the guy who lost money investing only got a fine", "contradicted", "'only a fine': not prison"],
  ["qi kept sending photos over several months", "nei", "a span with no number is no term"],
  ["two years three months prison + 1 yr deprivation of political rights for Qi", "supported", "'+' joins two terms"],
  ["钟以前在涉密单位的下属公司工作过", "supported", "Chinese: former employment at a subsidiary"],
  ["under the counter-espionage law the max you can get is 10 years, nothing more", "contradicted", "'under the law' is no comparison; 'nothing more' no negation"],
  ["钟成功和外国情报人员见了面", "contradicted", "Chinese: a meeting that did not happen"],
  ["foreign spies approached the suspects first", "contradicted", "the agencies as the subject: the roles reversed"],
  ["zhong never met the foreign agents", "supported", "a negated deed the article says did not happen"],
  ["qi's political rights deprivation lasted longer than his prison term", "contradicted", "one case's two terms, the rights named first"],
  ["qi's prison sentence was more than double the length of his rights deprivation", "supported", "one case's two terms, with a factor"],
  ["qi's investmants paid off big time", "contradicted", "an idiom for succeeded"],
  ["song couldn't land a job", "supported", "a negated verb of getting a job: failing to secure one"],
  ["zhong got away", "contradicted", "an idiom for avoiding arrest"],
  ["zhong lied about who he was", "supported", "an idiom for a false claim"],
  ["zhong was spying for the US", "nei", "a country the article never names"],
  ["zhong received money from the agency", "nei", "a payment the article never mentions"],
  ["the article never says what zhongs sentence was", "supported", "the article's silence, as a question"],
  ["the article doesn't say what qi got", "contradicted", "the article's silence, where it does say"],
  ["Qi wanted to make money by selling state secrets", "supported", "plain verbs are no details"],
  ["zhong hit up a foreign intel agency on its official site", "supported", "slang and synonyms"],
  ["the MSS said the suspects wanted monetary gain", "supported", "who says it is not part of the claim"],
  ["Facing money trouble, the suspects went to the agencies offering state secrets, per the ministry", "supported", "who says it is not part of the claim"],
  ["according to the article, qi got ten years", "contradicted", "who says it is not part of the claim"],
  ["qi got 2 years and 3 months and lost his rights for a year", "supported", "each term against its own attribute"],
  ["Qi got 1 year in prison and lost political rights for 2 years and 3 months.", "contradicted", "each term against its own attribute"],
  ["Qi's 27-month prison term came with one year of political rights deprivation.", "supported", "each term against its own attribute"],
  ["齐某被判处有期徒刑二年三个月，并剥夺政治权利一年。", "supported", "each term against its own attribute"],
  ["齐某被判了两年多", "supported", "a comparison in Chinese"],
  ["齐被判了不到三年", "supported", "a comparison in Chinese"],
  ["齐被判了超过五年", "contradicted", "a comparison in Chinese"],
  ["根据反间谍法，这类行为最高只能判十年。", "contradicted", "a comparison in Chinese"],
  ["文章说情节特别严重的最多判十年，没有无期", "contradicted", "a comparison in Chinese"],
  ["It's false that Zhong was never caught.", "supported", "denial, concession, unlike, shared deed, antonym"],
  ["It's not true that Song faced no consequences at all.", "supported", "denial, concession, unlike, shared deed, antonym"],
  ["Unlike Song, Qi actually had materials with state secrets in his possession.", "supported", "denial, concession, unlike, shared deed, antonym"],
  ["zhong also pledged allegiance to the agency", "nei", "denial, concession, unlike, shared deed, antonym"],
  ["song's pledge of allegiance was perfectly legal since he had no secrets", "contradicted", "denial, concession, unlike, shared deed, antonym"],
  ["Song had been jobless for more than a year.", "nei", "a duration that is a term only of a penalty"],
  ["Qi had been working with the foreign agency for two years before being caught.", "nei", "a duration that is a term only of a penalty"],
  ["the investigation into qi took two years", "nei", "a duration that is a term only of a penalty"],
  ["qi got ten years", "contradicted", "a duration that is a term only of a penalty"],
  ["the same foreign agency was involved in all three cases", "nei", "sameness or a count the case base never holds"],
  ["Song tried to contact more than one foreign agency.", "nei", "sameness or a count the case base never holds"],
  ["qi photographed several documents", "nei", "sameness or a count the case base never holds"],
  ["zhong was trying to ease financial pressure when he reached out to foreign intel", "supported", "X when Y: both hold"],
  ["the law applies to handing secrets to overseas individuals, not just organizations", "supported", "'not just' adds, it does not deny"],
  ["钟某在被抓之前已经和境外间谍人员见过面了。", "contradicted", "in Chinese, what follows 之前 is asserted"],
  ["the agency offered song some kind of job", "nei", "the agency as subject: what it did to a case the article does not say"],
  ["qi and song both worked for the same classified unit", "contradicted", "the same value of a typed attribute, named cases"],
  ["song tried again after being penalized", "nei", "a later deed ('again') the article never reports"],
  ["wasn't qi deprived of political rights for life??", "contradicted", "a negative question asserts the positive"],
  ["only zhong pledged allegiance, the other two didn't", "contradicted", "'only X', with 'the other two didn't' as its emphasis"],
  ["钟冒充的是研究员，不是领导", "contradicted", "Chinese: a false claim swapped between cases"],
  ["song contacted the agency in person", "contradicted", "contact in person, where the article says through a website"],
  ["zhong got caught before he could meet any of the foreign agents in person", "supported", "'in person' of a meeting stays a meeting"],
  ["all three had state secrets in their materials", "contradicted", "a typed predicate over all: case by case, not the general sentences"],
  ["法律规定最多只能判十年", "contradicted", "Chinese: a cap on the cited law"],
  ["only one of them went to prison", "nei", "only one, with a case the article is silent on"],
  ["only one of the three is reported to have gotten an actual prison sentence, and that's qi", "supported", "only one, of what the article reports"],
  ["the guy whose startup failed is the one who got 27 months", "contradicted", "A is the one who P: whose deed it was"],
  ["it was qi who claimed to be a leader of the unit", "contradicted", "it was A who P"],
  ["qi is the one who got 27 months", "supported", "A is the one who P, right"],
  ["neither zhong nor song lied about their identity", "contradicted", "neither A nor B: 'nor' is no word to match"],
  ["none of these guys had any money problems", "contradicted", "none of the suspects, of the group's motive"],
  ["song went totally undetected", "contradicted", "went undetected, with an adverb between"],
  ["song basically walked, zero punishment", "contradicted", "'walked', 'zero': no punishment"],
  ["Zhong was honest about his position at the unit", "contradicted", "honest about: no false claim"],
  ["the article walks through three separate cases", "supported", "a count of the cases in plain verbs"],
  ["Sung pretended to be a researcher to look legit", "supported", "a purpose clause ('to look legit') asserts nothing"],
  ["song wanted to swap classified info for money", "supported", "slang for the article's verb (swap: trade)"],
  ["china daily ran this story", "supported", "the publisher, from the publication metadata"],
  ["this article is from xinhua", "contradicted", "another outlet named as the publisher"],
  ["a court announced these cases, not the MSS", "contradicted", "another body named as the one that revealed the cases"],
  ["这些案件是公安部公布的", "contradicted", "Chinese: another body named as the revealer"],
  ["zhong got caught after handing over documents at a meeting", "nei", "what the article says did not happen ('before he could meet') bears out no claim"],
  ["Zhong was only caught after he'd already met with agency personnel.", "contradicted", "a pronoun half about a deed that did not happen"],
  ["the foreign agency figured out song was lying", "nei", "the agency as subject of a verb of finding out"],
  ["the MSS said these cases were handled years ago", "nei", "'years ago' is a time, not a term"],
  ["in especially severe cases it can go all the way to life", "supported", "'all the way' is no quantifier"],
  ["the normal range under the law is 10 to 15 years", "contradicted", "a range written out against the cited one"],
  ["qi was convicted of bribery", "contradicted", "convicted of: the offence"],
  ["the ministry said the suspects were well off financially", "contradicted", "well off: the opposite of the group's money trouble"],
  ["song got the harshest punishment of the three that the article reports", "contradicted", "a superlative of one case against every case"],
  ["qi got the harshest punishment of the three the article reports", "supported", "a superlative of what the article reports"],
  ["qi's prison term was at least 2 years", "supported", "'at least' is a bound, not a superlative"],
  ["qi just downloaded publicly available info", "contradicted", "a deed of another case's, where the case has deeds of its own: swapped"],
  ["zhong's money problems came from not being able to find a job", "contradicted", "'not being able to' is no contrast; another case's motive"],
  ["qi was still an employee when he did all this", "supported", "'when he did all this' only points back"],
  ["authorities gathered evidence on zhong through a thorough investigation", "supported", "the investigation before the arrest is the outcome"],
  ["zhong's bank accounts got frozen after he was arrested", "contradicted", "X after Y, where the case base orders Y after X"],
  ["song lost his job after he contacted the agency", "contradicted", "X after Y: his joblessness came first"],
  ["zhong contacted the agency after his venture failed", "supported", "X after Y, in the article's order"],
  ["qi was jailed after he pledged allegiance", "supported", "X after Y: the penalty last"],
  ["song stole classified documents from the research institution", "contradicted", "secret materials taken, where the case's materials held no secrets"],
  ["song offered classified info for money", "supported", "what he offered is not what he took"],
  ["Qi was stripped of political rights for two years on top of prison", "contradicted", "'on top of' is no maximum"],
  ["qi was convicted for stealing state secrets on behalf of foreign entities", "supported", "'convicted' points at the offence, no word to match"],
  ["all three contacted the same foreign intelligence agency", "nei", "the same agency, with words between: the article never says"],
  ["the suspects were well off and didn't need the money", "contradicted", "an opposite outside the negation's reach: denied twice, not flipped"],
  ["the suspects had plenty of money and were not in financial trouble", "contradicted", "a group motive denied in both halves"],
  ["qi was not acquitted", "supported", "the negation reaches the opposite word"],
  ["三个人都没有经济困难", "contradicted", "都没有 is the quantifier none, not a second negation"],
  ["qi and song got the same punishment", "contradicted", "same penalty: equal weights, not a heavier one"],
  ["Zhong met the agency's people before he was caught", "contradicted", "the asserted deed before 'before' is one the article says he never did"],
  ["钟在被抓之前已经和境外特工见过面了", "contradicted", "Chinese: in 在A之前B, B is asserted"],
  ["钟在与境外间谍人员见面前就被抓了", "supported", "Chinese: 见面前就 is 'before meeting'"],
  ["qi got more than a year of rights taken", "contradicted", "'rights taken' is the rights term, not the prison term"],
  ["in especially severe cases the law says more than 15 years or life", "contradicted", "the severe band stated whole with a wrong floor"],
  ["every one of them was working at a classified unit at the time", "contradicted", "'every one' is a quantifier, not a count of one"],
  ["only qi actually went to prison", "nei", "only X: another case the article is silent on could be one too"],
  ["qi is the only one whose prison term the article actually gives", "supported", "only X, of what the article reports"],
  ["宋收到了境外机构的钱", "nei", "Chinese: money received, a detail the article never gives"],
  ["钟是在上海被抓的", "nei", "Chinese: a place the article never gives"],
  ["qi's bank accounts were frozen too", "nei", "another case's motive said 'too': added, not swapped"],
  ["zhong's money problems came from not being able to find a job", "contradicted", "another case's motive given as the cause: swapped"],
  ["the article came out in december 2024", "supported", "publication month and year, from the metadata"],
  ["this article was published in 2023", "contradicted", "publication year, from the metadata"],
  ["文章是2024年12月发表的", "supported", "Chinese publication date"],
  ["the cases were revealed in 2024", "nei", "a date for the events, not the publication"],
  ["the article never names the foreign agencies", "supported", "what the article gives: a topic it is silent on"],
  ["the article gives the suspects' full names", "contradicted", "what the article gives: a topic it is silent on, said to be given"],
];

describe("claim verdicts by shape", () => {
  it.each(VERDICTS)("%s -> %s (%s)", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim parts", () => {
  it("splits 'X, not Y' into X and a negated Y read against X", () => {
    expect(claimParts("zhong claimed to be a researcher, not a leader")).toEqual([
      { text: "zhong claimed to be a researcher", negated: false, partial: false },
      { text: "a leader", negated: true, partial: true },
    ]);
  });

  it("keeps a plain negation whole ('did not')", () => {
    expect(claimParts("qi did not get life")).toHaveLength(1);
  });

  it("keeps 'not just' whole: it adds, it does not contrast", () => {
    expect(claimParts("the law applies to handing secrets to overseas individuals, not just organizations")).toHaveLength(1);
  });

  it("reads 'it was A, not B, who P' as A P and not B P", () => {
    expect(claimParts("it was qi, not song, who posed as a researcher").map((p) => [p.text, p.negated])).toEqual([
      ["qi posed as a researcher", false],
      ["song posed as a researcher", true],
    ]);
  });

  it("finds what a claim says the article leaves out", () => {
    expect(silenceClaim("the article never says what zhongs sentence was")).toBe("what zhongs sentence was");
    expect(silenceClaim("qi got ten years")).toBeNull();
  });
});

describe("claims with two clauses joined by when, after or because", () => {
  it("is not supported when one clause fails", () => {
    expect(verdict("qi was trying to ease financial pressure when he reached out by phone")).not.toBe("supported");
  });
});
