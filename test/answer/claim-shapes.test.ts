import { describe, expect, it } from "vitest";
import type { Verdict } from "../../src/answer/check.js";
import { claimParts, reportingClaim } from "../../src/answer/read/claims.js";
import { core } from "../helpers/core.js";

const verdict = (claim: string): Verdict | "none" => {
  const r = core().engine.check(claim);
  return r.kind === "claims" ? r.checks[0]!.verdict : "none";
};

// Each verdict from the article alone, one row per shape of claim: the shapes,
// not the sentences, are what these rows pin.
const VERDICTS: Array<[claim: string, expected: Verdict, shape: string]> = [
  ["三个嫌疑人里有一个是女的", "contradicted", "Chinese: 女的 is a woman, and every suspect is a man"],
  ["song's materials were confidential research documents", "contradicted", "materials said to be confidential contained state secrets, which Song's did not"],
  ["qi's materials were confidential", "supported", "materials said to be confidential, of the case whose did"],
  ["state security got Zhong before he could meet anyone from the foreign agency", "supported", "the authorities 'got' a case: caught him"],
  ["song had access to classified stuff", "contradicted", "access to classified material is working on classified projects, which the unemployed man did not"],
  ["none of the suspects actually had access to classified stuff", "contradicted", "access to classified material, of none of them"],
  ["all three had jobs in classified units when they did it", "contradicted", "'when they did it' is a time, not a deed of the agency's"],
  ["the suspects were the ones who reached out, the spy agencies didn't come to them first", "supported", "'the agencies didn't come to them' after a comma is a clause of its own, and being approached first"],
  ["Zhong's business venture flopped and his bank accounts got frozen, that's what pushed him into this", "supported", "'that's what pushed him into this' points back at the cause"],
  ["Qi's startup failed, that's what pushed him into this", "contradicted", "a cause that points back, swapped between cases"],
  ["The suspects were all caught before contacting any foreign agency", "contradicted", "caught before a deed the article says each of them did"],
  ["they were caught before they could contact anyone", "contradicted", "'they' caught before a deed each of them did"],
  ["Qi, unlike Song, actually had real state secrets", "supported", "'X, unlike Y, …': said of X, denied of Y"],
  ["Song, unlike Qi, had real state secrets", "contradicted", "'X, unlike Y, …' of the case it is false of"],
  ["unlike Qi, Song didn't get a prison sentence, he got administrative penalties", "supported", "'unlike Y, …' with two clauses said: Y's share denied of the first"],
  ["unlike Song, Qi didn't go to prison, he got a fine", "contradicted", "'unlike Y, …' with two clauses said, the first false"],
  ["Qi sent material to the agency and Zhong disclosed project info, so both of them actually handed something over", "supported", "'and <case> disclosed …' is a clause of its own, like 'and <case> got …'"],
  ["Qi sent stuff and Zhong leaked project info", "supported", "'and <case> leaked …' is a clause of its own"],
  ["钟被抓时还在涉密单位的下属公司上班", "contradicted", "Chinese: 被抓时 is when, not what is said"],
  ["all three got sentences within the 5-10 year range", "contradicted", "the suspects' own terms held against the range, not the range itself ('5-10' no count of 5)"],
  ["三人中只有齐一个人缺钱", "contradicted", "Chinese: 只有…一个人 is only one, whatever 三人 says"],
  ["文章里三个人中只有齐被判了刑", "supported", "Chinese: only one, of what the article reports (文章里)"],
  ["宋比齐判得重", "contradicted", "Chinese: 比…重 compares, its subject first"],
  ["宋受到的处罚比齐轻", "supported", "Chinese: 比…轻 is the lesser"],
  ["Qi got 2 years 3 months and was released last month", "nei", "a second thing done to the case ('and was released') is a claim of its own"],
  ["Qi's sentence was 2 years 3 months and the law's range is 2 to 5 years", "contradicted", "'and the law's range is …' is a claim about the law, not the case"],
  ["MSS revealed it on Monday, and the law they cite gives 3-7 yrs", "contradicted", "each part checked by its own words: the day belongs to the first"],
  ["hey bot, the guy who was unemployed tried to sell info right? thx!", "supported", "'who was unemployed' keeps the word after its copula in the description"],
  ["Song's trouble was not finding a job while Qi's was losing money on investments", "supported", "'not finding a job' after 'was' is failing to secure one"],
  ["宋某被国家安全机关发现了", "supported", "Chinese: 国家安全机关 are the state security authorities, 发现 is discovered"],
  ["Song got off with nothing since his materials weren't secret", "contradicted", "'got off with nothing' is no punishment"],
  ["齐收了境外机构的钱", "nei", "Chinese: money received from the agency is an amount the article never gives"],
  ["The suspects were approached and lured in by foreign spies", "contradicted", "'approached and lured in by' the agency reverses who reached out"],
  ["Qi wasn't let off with just a slap on the wrist, he went to prison", "supported", "'wasn't let off with' a light penalty is being punished"],
  ["Song didn't actually have any secret materials to hand over", "supported", "'secret materials to hand over' is holding secrets, not a deed"],
  ["the former employee leaked details of a classified project from his old job", "supported", "'from his old job' is the project he had worked on in the past"],
  ["song got canned from his last job", "nei", "'from his last job' after being fired is a job lost, not a project's origin"],
  ["qi and zhong had the same money troubles", "contradicted", "each case's money trouble is its own cause"],
  ["the one who photographed documents ended up with 2 years 3 months", "supported", "'ended up with' a term is a term got, not a place in the article"],
  ["I heard the agency responded fast when zhong reached out, right?", "supported", "'I heard' ahead of a claim is the poster's hedge"],
  ["宋是一名失业男子", "supported", "Chinese: after 是, 一名 is 'a', not a count; 男子 is plain 'man'"],
  ["这几个嫌疑人都是因为经济困难才想出卖国家秘密换钱", "supported", "Chinese: the suspects' attempt to sell secrets is the group's own sentence, not what their materials held"],
  ["zhong tried to sell secrets", "supported", "an attempt to sell secrets is said of every suspect, not swapped to one"],
  ["Zhong tried to sell classified information for money", "supported", "the group's two sentences together: sell classified information, for monetary gain"],
  ["song never tried to sell secrets", "contradicted", "an attempt denied whole is not whether his materials held secrets"],
  ["The maximum penalty under that law is death", "nei", "a penalty the cited law never names, several words after 'penalty'"],
  ["the maximum penalty under that law is caning", "nei", "a penalty the cited law never names is not supported by the rest of it"],
  ["境外机构对钟的联系置之不理", "contradicted", "Chinese: 置之不理 is ignoring; its 不 negates nothing"],
  ["song was in financial trouble", "supported", "money trouble said of the suspects as a group holds of each"],
  ["zhong claimed to be a researcher, not a leader", "contradicted", "X, not Y: the object swapped"],
  ["state security picked zhong up before he met anyone from the agency", "supported", "'picked X up' with the object between verb and particle is an arrest"],
  ["qi got nine quarters of a year in prison", "supported", "a term counted in quarters of a year"],
  ["qi got two years and a quarter", "supported", "'and a quarter' after the years"],
  ["zhong's accounts were ok", "contradicted", "'ok' after 'were' is said of the subject, not a trailing filler"],
  ["zhong's business was fine", "contradicted", "a business 'fine' is one that did well, not a monetary fine"],
  ["the stuff qi had was just publicly available info", "contradicted", "'the stuff X had' is X's materials"],
  ["song's materials were harmless", "supported", "harmless materials hold no secrets"],
  ["the three cases were connected to each other", "nei", "ties between the cases are never given"],
  ["song's trigger was failing to find a job", "supported", "'X's trigger was' points at the motive"],
  ["song claimed to be a researcher with access to critical sci and tech materials", "supported", "'sci' and 'tech' are the article's words shortened"],
  ["qi didn't avoid prison", "supported", "not avoiding is getting: two negations"],
  ["song did not escape punishment", "supported", "not escaping punishment is being punished"],
  ["zhong was a former worker at a subsidiary", "supported", "a worker is an employee"],
  ["song was a worker at a research institution", "contradicted", "'a worker at' claims a job for the unemployed case"],
  ["nah sure, zhong really was a big boss at that unit 🙄", "supported", "sarcasm marked after a reply word"],
  ["钟是被境外情报机构主动找上门的", "contradicted", "Chinese: the agency came to him (找上门), who in fact reached out"],
  ["qi lost a lot on investments, so he tried selling secrets", "supported", "X, so Y: both halves asserted"],
  ["qi got less than life", "supported", "less than life: any term short of it"],
  ["Unlike Qi's stuff, Song's materials had no state secrets", "supported", "unlike X's things, Y's: the subject swapped"],
  ["the song dude just grabbed public info from a research institute and tried to pass it off as valuable", "supported", "'grabbed public info' is no arrest; passing it off as valuable is the false claim"],
  ["state security never caught on to song", "contradicted", "'caught on to' is discovered, not caught"],
  ["the jobless guy's materials were full of classified stuff", "contradicted", "'full of classified stuff' is holding secrets"],
  ["Qi's job involved classified projects", "supported", "a job that involved projects is work on them"],
  ["zhong genuinely was one of the unit's leaders", "contradicted", "'genuinely was' denies the claim was false"],
  ["宋当时是失业状态", "supported", "Chinese: 失业状态"],
  ["thx bot - so the one who posed as a researcher was song?", "supported", "thanks and a hyphen ahead of the claim"],
  ["zhong leaked info about a project he was working on at the time", "contradicted", "work on a project 'at the time', of the former employee"],
  ["zhong was still working on the project", "contradicted", "'still working on', of the former employee"],
  ["qi was still working on classified projects when he sold secrets", "supported", "'still working on', of the employee"],
  ["Song had just been hired somewhere when he contacted the agency.", "contradicted", "'just been hired' is a job"],
  ["qi was hired by the foreign agency", "contradicted", "hired by the agency is recruited by it"],
  ["not one of the three had anything involving state secrets", "contradicted", "'not one of the three' is none"],
  ["zhong was about to meet the agents", "supported", "a meeting in prospect, not one held"],
  ["Qi racked up big financial losses after his investments failed.", "supported", "'racked up' losses is incurring them; 'big' is significant"],
  ["Zhong passed on information about a classified project he had worked on in the past.", "supported", "'passed on' information"],
  ["The piece walks through three separate cases.", "supported", "'walks through' is describes"],
  ["qi got hit harder than song", "supported", "'hit harder' is punished more harshly"],
  ["Zhong's outreach came after his accounts had been frozen.", "supported", "'outreach' is the contact"],
  ["Qi took advantage of his job to secretly copy confidential materials.", "supported", "his job is his position"],
  ["Song spent over a year looking for work.", "nei", "a span of job-hunting the article never gives"],
  ["thx bot — so zhong was apprehended, not just warned?", "supported", "X, not just Y: more than the lesser thing"],
  ["hey casebook, zhong did this to ease money pressure after his business went under, yes?", "supported", "'did this to' gives the purpose"],
  ["Qi is the only one of the three for whom the article reports a prison sentence.", "supported", "'for whom the article reports': what it reports"],
  ["Two of the three lied about the positions they held — Zhong and Song.", "supported", "'the positions they held' after 'lied about' is their claimed positions"],
  // a claim about the cases, then one about what the article leaves out, of the same case
  ["qi lost money on investments, and the article never says how much he lost", "supported", "X, and the article never says Y: Y left out"],
  ["song was unemployed, but the article never mentions which law he broke", "contradicted", "X, but the article never mentions Y: Y said"],
  ["zhong got caught, and the story doesn't say what punishment he got", "supported", "X, and the story doesn't say Y: the pronoun is X's case"],
  ["qi was jailed, yet the article never says whether his materials had secrets", "contradicted", "X, yet never says whether Y: Y's opposite would be saying it too"],
  ["zhong was apprehended, and the article never says whether he was fined", "supported", "X, and never says whether Y: neither Y nor its opposite said"],
  ["qi received a longer sentence than the law's maximum", "contradicted", "a longer sentence than: words between the comparison"],
  ["qi served less prison time than the minimum", "supported", "less prison time than"],
  ["齐和宋的处罚一样", "contradicted", "Chinese: the same"],
  ["齐和宋的处罚不同", "supported", "Chinese: different"],
  ["the suspects were all recruited by foreign agents", "contradicted", "all the suspects, a deed the article says none did"],
  ["song got admin penalties lol not harsh at all 😅", "supported", "a comment before an emoji is no part of the claim"],
  ["the article says qi was paid 50k", "nei", "the article said to give what it is silent on throughout"],
  ["齐因为创业失败缺钱", "contradicted", "Chinese: a motive swapped, its cue word the other case's"],
  ["qi was broke after his investments failed", "supported", "a motive in other words, the case's own"],
  ["这几个案子都是前年发生的", "nei", "Chinese: a year the article never gives"],
  ["song did not have a job", "supported", "'did not have a job' is unemployment itself, not its denial"],
  ["qi didn't have a job", "contradicted", "'didn't have a job' said of the employed case"],
  ["selling secrets to foreigners gets you 2 to 4 years", "contradicted", "what a deed gets anyone: the cited range"],
  ["qi got about 2 years give or take", "supported", "'give or take' is about"],
  ["they grabbed zhong before he met anybody from the agency", "supported", "'anybody' is no detail"],
  ["Song was sentenced under the Data Security Law", "contradicted", "another law, for a case whose law the article gives"],
  ["qi went to prison, unlike song", "supported", "Y, unlike X: X's share denied"],
  ["song went to prison, unlike qi", "contradicted", "Y, unlike X: Y false"],
  ["qi is the only one the story calls an employee on classified projects", "supported", "the only one the article calls X: what it reports"],
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
  ["the article never says how many years zhong got", "supported", "the article's silence, as arithmetic with no term to work from"],
  ["the foreign spies were the ones who made the first move on zhong", "contradicted", "the agency as 'the ones who': its deed claimed plainly"],
  ["the spies weren't the ones who reached out first", "supported", "the agency as 'not the ones who': the same deed, denied"],
  ["境外间谍先联系了钟某", "contradicted", "Chinese: the spies, with no word for agency, as the doer"],
  ["齐是被境外间谍主动策反的", "contradicted", "Chinese passive: done to the case by the agency, which the article says he sought himself"],
  ["song turned down the foreign agency's offer to cooperate", "contradicted", "a verb of refusing denies what follows it"],
  ["song declined to work with the agency", "contradicted", "'declined to' denies what follows it"],
  ["in especially severe cases the max is still under 10 years", "contradicted", "the severe band held below an amount: it reaches life"],
  ["all three were not jailed", "contradicted", "'all … not': none of them, and one was"],
  ["not all of them were jailed", "supported", "'not all': the negation denies the 'all'"],
  ["三个人提供的材料都不涉密", "contradicted", "Chinese 都不: none of them, and Qi's materials held secrets"],
  ["宋提供的材料不涉密", "supported", "Chinese: 不涉密 of materials is holding no secrets"],
  ["song used to work for a subsidiary of a classified unit", "contradicted", "a past job that is another case's, word for word"],
  ["song had once worked at a classified unit", "nei", "a past job of an unemployed man: the article says nothing of it"],
  ["song used to work at the research institute before he lost his job", "nei", "X before Y: X, of the case's own, is what the article never says"],
  ["zhongs business went under and the bank locked up his accounts", "supported", "everyday words: 'locked up his accounts' is frozen, not jailed"],
  ["qi sank money into investments that went bad and lost a lot", "supported", "everyday words: 'sank money into' is investing"],
  ["state security offices around the country dealt with these cases recently", "supported", "everyday words: offices around the country are organs across China"],
  ["5 to 10 years only applies to especially severe cases", "contradicted", "the standard range given to the severe band, the range first"],
  ["Song got a harsher punishment than Qi which makes no sense", "contradicted", "the poster's verdict after the claim ('which makes no sense') denies nothing"],
  ["Qi got a heavier punishment than Song, not even close", "supported", "'not even close' after a comparison is emphasis, not a denial"],
  ["Even though no secrets were involved, Song's voluntary pledge of allegiance still broke the Counter-Espionage Law.", "supported", "a conceded half naming no one is about the case named after it"],
  ["the unemployed guy just got administrative penalties, no prison term mentioned for him", "supported", "what the article leaves out, second, without 'is': 'no X mentioned for him'"],
  ["qi got 27 months, no fine mentioned for him", "supported", "a penalty asked by its kind: a prison term is no fine"],
  ["song got off with just a fine", "nei", "not jailed, but a fine is more than the article says of administrative penalties"],
  ["qi got off with just a fine", "contradicted", "'got off with just a fine' of a case jailed"],
  ["Qi was the only one employed at the time", "supported", "'at the time' places the job; it names no employer"],
  ["zhong claimed to be a leader of the unit, which wasn't true", "supported", "'…, which wasn't true' after a claim is 'falsely'"],
  ["zhong claimed to be a leader, which was true", "contradicted", "'…, which was true' after a claim says he was one"],
  ["lol no, qi's sentence was just 18 months", "contradicted", "a reply's leading 'no,' answers someone, it denies nothing"],
  ["nah you're mixing it up, song and zhong BOTH used the official website", "supported", "'nah you're mixing it up,' is who the reply answers"],
  ["wrong, it was zhong who photographed the documents at home", "contradicted", "'wrong,' ahead of a claim is no part of it"],
  ["replying to @ferret: yeah song still got punished", "supported", "'replying to @name:' is who the reply answers"],
  ["no state secrets were in song's materials", "supported", "'no' with no comma is the claim's own word"],
  ["The MSS revealed the cases on Monday, March 3.", "nei", "the right weekday with a calendar date the article never gives"],
  ["the ministry announced it on Monday morning", "nei", "the right weekday with an hour the article never gives"],
  ["the mss revealed the cases on Tuesday, March 3", "contradicted", "the wrong weekday, whatever the date"],
  ["qi was sentenced by the Beijing No. 1 Intermediate People's Court", "nei", "'No. 1' is no sentence end"],
  ["what song downloaded was all publicly available", "supported", "'what X did was Y' is a statement, not a question"],
  ["what qi got was 5 years", "contradicted", "a pseudo-cleft with a wrong term"],
  ["zhong approached a foreign agency", "supported", "a suspect approaching an agency is his reaching out, not his being approached"],
  ["the agency approached zhong first", "contradicted", "the agency approaching the suspect is what the article says did not happen"],
  ["the foreign agencies did the recruiting", "contradicted", "an agency as the subject, with any verb, is no deed of a suspect's"],
  ["Song broke the law by selling real state secrets", "contradicted", "'broke the law by X-ing': the deed is a claim of its own"],
  ["song broke the law by pledging allegiance", "supported", "'broke the law by X-ing' with his own deed"],
  ["even tho song's stuff wasnt secret he still broke the counter-espionage law by pledging allegiance", "supported", "a concession with no comma before 'he still'"],
  ["even though song's stuff wasn't secret, he still broke the counter-espionage law", "supported", "'he' after a concession is read as the case the concession names"],
  ["齐是失业的那个人", "contradicted", "Chinese: a name said to be the one described"],
  ["宋是失业的那个人", "supported", "Chinese: a name said to be the one described, rightly"],
  ["song claimed to be a journalist", "contradicted", "a role claimed is no question about the article's author"],
  ["qi was let off with a warning", "contradicted", "a warning instead of a sentence, of a case sent to prison"],
  ["song only got a warning", "nei", "a warning among penalties the article never names"],
  ["no city or province is named anywhere in the article", "supported", "'no X is named anywhere in the article' is about what it leaves out"],
  ["there's no mention of a trial for zhong anywhere in the piece", "supported", "'there's no mention of X' is about what it leaves out"],
  ["根据文章，一般情况下可判三到七年。", "contradicted", "Chinese: a range written 'X到Y年', after 'according to the article'"],
  ["zhong was trying to take the pressure off his finances", "supported", "'take the pressure off his finances' is easing financial pressure"],
  ["Song had no job when he tried to cut a deal with the foreign agency", "supported", "'cut a deal with' is working with"],
  ["the foreign agency left zhong on read for months", "contradicted", "'left on read' is ignoring, against the agency's quick reply"],
  ["unlike qi's case, song's didn't involve real state secrets", "supported", "'unlike X's case, Y's …'"],
  ["song didn't actually have access to critical sci-tech materials, he just claimed he did", "supported", "a denial reaches across 'sci-tech'"],
  ["zhong no longer worked at the subsidiary", "supported", "'no longer' of a former employee is true"],
  ["zhong was no longer at the subsidiary when he reached out", "supported", "'was no longer at' an employer is no longer working there"],
  ["qi still worked on classified projects", "supported", "'still' of an employee"],
  ["Qi got caught before he could send anything to the agency.", "contradicted", "'before he could X' where the article says he did X"],
  ["zhong was caught before he could meet the agents", "supported", "'before he could X' where the article says he did not"],
  ["Zhong's bank accounts were frozen as a result of being caught spying.", "contradicted", "a cause put after its effect: 'as a result of' orders like 'after'"],
  ["zhong's bank accounts were frozen because he was caught", "contradicted", "'because' puts the cause first"],
  ["normal cases under the cited law: 1–5 years", "contradicted", "a range written with an en dash"],
  ["fwiw the law they cite only covers overseas organizations, selling to a foreign individual isnt included", "contradicted", "a restriction of the law, then what it is said to leave out"],
  ["the law only punishes STEALING secrets, just providing them to foreigners isn't covered", "contradicted", "'only stealing', with providing said to be left out"],
  ["yo casebook qi got like 5 years didnt he", "contradicted", "a tag 'didnt he' with no question mark asserts, it does not deny"],
  ["三个人里只有一个是通过官方网站联系境外机构的", "contradicted", "Chinese 'only one of the three': the three are the group"],
  ["MSS disclosed four separate cases in this one", "contradicted", "a count of cases said of the ministry's disclosure"],
  ["the MSS revealed three cases", "supported", "the count of cases the article describes"],
  ["song said he was a researcher and he really was one", "contradicted", "'and he really was one' after a claim says he was one"],
  ["qi said he was broke, which was true", "supported", "'which was true' after a true claim keeps it true"],
  ["钟是在和外方人员见面之前被抓获的", "supported", "Chinese: 外方人员 are the foreign agency's personnel"],
  ["song tried offering secret info for money", "supported", "what was offered, not what the materials held"],
  ["song's case didn't involve state secrets but qi's did", "supported", "a bare 'did' after a denied deed says the deed itself"],
  ["qi kept this up for over a year before getting caught", "nei", "how long it went on: the article gives no spans"],
  ["song was unemployed, and had been for over a year", "nei", "'had been for N years' after a state is a span, not a term"],
  ["qi's punishment was just a fine", "contradicted", "'punishment was just a fine' of a case jailed"],
  ["zhong said he was a leader of the unit", "supported", "'said he was' of the case's own words is his claim, not the fact"],
  ["zhong told them he was just a junior clerk", "contradicted", "'told them he was' another role than the one he claimed"],
  ["zhong was still on the payroll at the classified unit when he contacted them", "contradicted", "'on the payroll' is employed, and 'still' is what a former employee was not"],
  ["qi was convicted of illegally purchasing state secrets", "contradicted", "the offence named is the article's, word for word, whatever else the words point at"],
  ["life imprisonment is the default punishment for selling secrets", "contradicted", "'default' is the ordinary range, which life is not"],
  ["the minimum under the cited range is one year", "contradicted", "'under the range' is according to it, not a comparison"],
  ["zhong only passed along public info, nothing about any classified project", "contradicted", "a negation reaches only its own words: the swapped deed stays false"],
  ["the 5-10 year range applies only to chinese citizens", "contradicted", "the cited law narrowed to a group it never names"],
  ["境外机构给钟付了钱", "nei", "Chinese: money paid, which the article never gives"],
  ["what zhong got: administrative penalties, same as song", "nei", "a question answered in the same breath is the claim of its answer"],
  ["the cited range only covers stealing secrets, not providing them", "contradicted", "the range said to cover only some of the conduct the law lists"],
  ["the range is only 5 to 10 years", "supported", "'only' of the range names no conduct, so none is left out"],
  ["investigators collected evidence on zhong and then picked him up", "supported", "everyday words: 'picked him up' is apprehended"],
  ["qi's money hole came from investments that failed", "supported", "everyday words: a 'money hole' is losses"],
  ["qi got let off the hook", "contradicted", "everyday words: 'let off the hook' is avoiding punishment"],
  ["the article never says how many days song was detained", "supported", "the article's silence: no prison term, so no days"],
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
  ["song got the penalties before he ever contacted the foreign agency", "contradicted", "X before Y, where the case base orders Y first"],
  ["zhong reached out to the agency before his venture failed", "contradicted", "X before Y with a pronoun half: his failure came first"],
  ["qi lost money on investments before he contacted the agency", "supported", "X before Y, in the article's order"],
  ["zhong first contacted the agency, and then it responded", "supported", "first X, and then Y, in the article's order"],
  ["the agency responded first, then zhong contacted it", "contradicted", "X first, then Y, the other way round; the case comes from the second half"],
  ["qi pledged allegiance before he lost money on investments", "contradicted", "a deed with no place of its own is placed by the facts it rests on"],
  ["zhong's personal information was later leaked by the agency", "nei", "'later' inside a clause orders nothing"],
  ["zhong was the only one who didn't pledge allegiance", "nei", "only X who didn't P: the negation is each case's own, then 'only' counts"],
  ["song was the only one who didnt go thru a website", "contradicted", "only X who didn't P, where every case did P"],
  ["song is the only one who wasn't sentenced to prison", "nei", "'the only one who' is a quantifier, not a description"],
  ["反间谍法规定的是三到五年", "contradicted", "Chinese range with its unit written once (三到五年)"],
  ["反间谍法规定的是五到十年", "supported", "Chinese range, the cited one"],
  ["life imprisonment is off the table under this law", "contradicted", "'off the table' is 'not possible'"],
  ["宋的材料里有国家秘密, that's why he got busted", "contradicted", "X, that's why Y: both halves asserted"],
  ["qi pledged allegiance on the foreign agency's website, absolute clown", "supported", "a short remark in words the article never uses, after a comma"],
  ["zhong lied and said he was a leader of the unit lmaooo", "supported", "a drawn-out reaction at the end"],
  ["the broke startup guy had his bank accounts frozen rip", "supported", "'rip' at the end is a reaction"],
  ["The foreign agency apprehended Zhong", "contradicted", "the agency said to do what the authorities did"],
  ["the agency punished song", "contradicted", "the agency said to punish a suspect"],
  ["most of them went to prison", "nei", "'most' is at least two: Qi, and Zhong unknown"],
  ["most of them contacted the agency through its website", "supported", "'most' holds when all three did"],
  ["none of the three went through official websites", "contradicted", "'none of the three' counts cases; 'the three' describes no one"],
  ["zhong got less than the guy who photographed documents", "nei", "a description after 'than' is the case it fits"],
  ["qi got more time than the unemployed guy", "supported", "a description after 'than' is the case it fits"],
  ["the law tops out at 10 years, there is no life sentence", "contradicted", "X, there is no Y: a second clause"],
  ["life is what you get in a normal case under this law", "contradicted", "life is the especially severe band, not the ordinary one"],
  ["there were more than three suspects", "nei", "more than the cases described: the article says 'several'"],
  ["the article describes fewer than three cases", "contradicted", "a count with 'fewer than'"],
  ["齐的刑期低于五到十年", "supported", "a Chinese range with a comparison (低于)"],
  ["齐的刑期在五到十年之间", "contradicted", "a Chinese range with 之间"],
  ["song didn't just download public info, he also pledged allegiance", "supported", "'didn't just X' asserts X"],
  ["although he had no real secrets, song still violated the law", "supported", "a concession whose pronoun is the later half's case"],
  ["qi and zhong worked at the same company", "nei", "the same workplace: the article names none"],
  ["song and zhong worked at the same unit", "contradicted", "the same workplace, where one case had no job"],
  ["the guy whose venture failed is the one sentenced to 27 months", "contradicted", "the one + participle: whose deed it was"],
  ["the jobless guy is the one who lost money investing", "contradicted", "an unfamiliar word does not block a deed that is another case's"],
  ["foreign spies contacted the three suspects first", "contradicted", "the agency first, with a longer object"],
  ["qi copied files at work, never took anything home", "contradicted", "X, never Y: a denied deed of the same subject"],
  ["song got off with no punishment whatsoever", "contradicted", "'got off with no X' is 'got no X'"],
  ["the suspects were wealthy", "contradicted", "an opposite the article says of the suspects, in a word it never uses"],
  ["qi earned a lot of money from his investments", "contradicted", "profits from investments are the opposite of losses"],
  ["the foreign ministry made these cases public", "contradicted", "another body said to have revealed the cases"],
  ["it was the MSS that revealed the cases", "supported", "the disclosing body as the subject"],
  ["the MSS first published these on weibo", "nei", "a channel of publication the article never gives"],
  ["the three suspects reached out to the agencies themselves", "supported", "the group sentence, with the suspects as subject"],
  ["the agencies never recruited any of them", "supported", "a denied recruitment is the suspects reaching out"],
  ["qi was recruited by a foreign agency", "contradicted", "recruited by the agency: the suspects reached out"],
  ["bottom line: song got administrative penalties", "supported", "a takeaway lead-in is no part of the claim"],
  ["at least two of the suspects pledged allegiance", "supported", "a count of cases whose words say what they did"],
  ["这部法律最多判十年", "contradicted", "a Chinese claim capping the law at its standard top"],
  ["zhong passed the files to the agents in person", "contradicted", "'in person' is a meeting, which Zhong never had"],
  ["song's stuff wasn't classified, it was public", "supported", "'classified' said of the materials is whether they held secrets"],
  ["qi was 33 months short of the minimum", "supported", "a claimed gap to the law's floor, checked exactly"],
  ["qi was 3 years short of the 5 year minimum", "contradicted", "a claimed gap to a named point, checked exactly"],
  ["qi's jail time plus his 1 year rights ban comes to 3 years 3 months", "supported", "the claimed total is the last term said"],
  ["2 years 3 months plus 1 year for qi makes 4 years", "contradicted", "a sum said wrong is false"],
  ["even with no secrets in his materials, song still got penalized", "supported", "'even with no X, Y': X denied, Y asserted"],
  ["song pulled files off restricted servers", "contradicted", "restricted servers are the opposite of publicly available"],
  ["qi is older than song", "nei", "a comparison on something the article never gives"],
  ["none of the three suspects was apprehended", "contradicted", "'none of the three': the number is the group, the quantifier counts"],
  ["song's case is the third one described", "supported", "where a case sits in the article's order"],
  ["qi's case comes first in the article", "contradicted", "where a case sits in the article's order"],
  ["zhong sought to collaborate with the agency", "supported", "'sought' is 'seeking'"],
  ["song is not the one who got prison", "supported", "the one who P, denied"],
  ["qi pledged allegiance via the agency's website", "supported", "'via' is a plain preposition"],
  ["zhong reached the agency by phone", "contradicted", "an opposite channel is answered with how he made contact"],
  ["qi carried originals out of the office", "supported", "'out of the office' is taking them home"],
  ["zhong got stopped before he could meet anyone", "supported", "'got stopped' is apprehended"],
  ["zhong went looking for foreign collaborators", "supported", "looking for partners is seeking collaboration"],
  ["the one whose startup failed was song", "contradicted", "a cue word with a synonym in some case's own words is content: 'startup' is Zhong's venture"],
  ["song was the first of them to be caught", "nei", "an order in time across cases, which the article never gives"],
  ["there were exactly three suspects altogether", "nei", "the total number of suspects: the article says only 'several'"],
  ["qi got sentenced, not just warned", "supported", "'not just X' after a claim is emphasis"],
  ["钟就是那个创业失败的人", "supported", "a Chinese identity claim, 'A就是那个P的人'"],
  ["qi's financial losses were negligible", "contradicted", "an understatement of 'significant'"],
  ["song is the former employee who claimed to be a leader", "contradicted", "the one who P, with describing words before the noun"],
  ["zhong is the former employee who claimed to be a leader", "supported", "the one who P, with describing words before the noun"],
  ["without a job, song reached out to a foreign agency", "supported", "'without X, Y': X denied of the case the second half names"],
  ["without a job, qi reached out to a foreign agency", "contradicted", "'without X, Y': X denied of the case the second half names"],
  ["it wasn't the agencies recruiting them, the suspects reached out", "supported", "the agency recruiting, denied"],
  ["qi tried to sell classified information to foreign agencies", "supported", "what one sentence says of all the suspects holds of each"],
  ["song sold classified information", "nei", "'sold' is not the suspects' 'tried to sell'"],
  ["the man apprehended before meeting agency personnel was Song", "contradicted", "the deed first, then whose: another case's"],
  ["the one who claimed to be a researcher was Qi", "contradicted", "the one who P was A: P is Song's"],
  ["the one who claimed to be a researcher was Song", "supported", "the one who P was A: P is A's"],
  ["创业失败、银行账户被冻结的是宋", "contradicted", "Chinese: P的是A, P another case's"],
  ["创业失败、银行账户被冻结的是钟", "supported", "Chinese: P的是A, P his own"],
  ["齐投资失败亏了不少钱", "supported", "不少 is 'a lot', no negation"],
  ["the guy who couldn't find a job didn't get prison", "supported", "a negation in the description is not the claim's"],
  ["the job hunter's stuff didn't even contain state secrets", "supported", "a described case's possession"],
  ["song still broke the counter-espionage law even tho nothing he had was secret", "supported", "X even though Y: both asserted"],
  ["qi got prison even though his materials had no secrets", "contradicted", "X even though Y, Y false"],
  ["qi's prison time plus his rights ban is 3 years 3 months", "supported", "a claimed total of prison and rights, summed exactly"],
  ["qi's prison time plus his rights ban is 4 years", "contradicted", "a wrong total"],
  ["qi's prison and rights loss add up to more than 3 years", "supported", "'add up to' is a sum, not 'up to'"],
  ["qi's prison and rights loss add up to less than 3 years", "contradicted", "a total compared"],
  ["lol qi got jail + 1 yr of no political rights", "supported", "'+' lists two terms; 'no political rights' is the rights term, not a negation"],
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
  ["Qi got 2 years 3 months but kept his political rights", "contradicted", "kept his rights: the opposite of being deprived of them"],
  ["Qi got 2 years 3 months and was also fined", "nei", "a penalty added with 'and was also': its own part"],
  ["qi got the maximum ten years since his stuff had real state secrets", "contradicted", "'got the maximum ten years' is a term received, not a cap"],
  ["the ministry said only one of the suspects had financial difficulties", "contradicted", "only one of them, where the article says it of them all"],
  ["every single one of them was broke or in money trouble", "supported", "'every single one' is no count"],
  ["宋当时有一份稳定的工作", "contradicted", "Chinese: having a job, of the unemployed case"],
  ["宋没有工作", "supported", "Chinese: 没有工作 is unemployed, not a negation"],
  ["三个人联系的是同一个境外机构", "nei", "Chinese: the same agency, which the article never says"],
  ["境外机构一直没有回复钟", "contradicted", "Chinese: 境外机构 is the foreign agency, not the research institution"],
  ["the ministry disclosed the cases over the weekend", "contradicted", "the weekend, against the weekday the article gives"],
  ["Song had a steady job when he contacted the agency", "contradicted", "'had a steady job' is employed"],
  ["Song's pledge was made under pressure from the foreign agency, not voluntarily", "contradicted", "'under pressure' is the opposite of voluntary"],
  ["zhong was planning to flee the country", "nei", "a plan to flee is no escape"],
  ["the law the MSS quoted only applies to stealing secrets, not to spying or buying them", "contradicted", "the law with 'only': it covers more conduct"],
  ["illegally purchasing state secrets is one of the listed offenses", "supported", "a conduct the law lists"],
  ["neither qi nor zhong is described as unemployed", "supported", "neither, of what the article describes: its silence is a no"],
  ["the article lays out three cases", "supported", "'lays out' describes: the count of cases"],
  ["qi < 3 yrs", "supported", "the sign '<'"],
  ["qi > 2 years", "supported", "the sign '>' is no markdown quote"],
  ["> qi got 2 years 3 months", "supported", "a quote's leading '>' is markdown"],
  ["qi worked on classified projects for over ten years", "nei", "how long he worked, not a term nor the severe band"],
  ["sung was unemployed when he tried this", "supported", "'when he tried this' only points back"],
  ["Song passed himself off as a researcher with access to critical scientific and technical materials", "supported", "'passed himself off as' is a false claim"],
  ["zong got grabbed before any face to face with the agents", "supported", "'grabbed' is apprehended; 'face to face with' is meeting"],
  ["qi was sentenced to prison, the article came out in december 2024", "supported", "a clause about the publication after a comma is its own part"],
  ["qi was unemployed, the article came out in december 2024", "contradicted", "the publication's date settles only its own part"],
  ["the agency paid zhong", "nei", "the agency as subject, a deed of its own the article never gives"],
  ["the agency sent song documents", "nei", "the agency as subject: not settled by another case's deed"],
  ["the agency gave qi money", "nei", "the agency as subject, with 'gave'"],
  ["the agency handed zhong its info", "contradicted", "the agency given the case's own deed: roles reversed"],
  ["the agency collected zhong's personal info", "supported", "the agency's own deed, as the article says it"],
  ["qi never used the agency's website, he went through an intermediary", "contradicted", "a negation stops at a new subject"],
  ["song did not say he was a leader", "supported", "a negation reaches through a verb of saying"],
  ["people who just illegally buy state secrets aren't covered by that penalty", "contradicted", "'just' inside a who-clause restricts nothing"],
  ["the unemployed guy ended up with prison time like qi", "contradicted", "a description as subject, the named case after 'like'"],
  ["the jobless one went to prison, just like qi", "contradicted", "a description ending at 'went', beside a named case"],
  ["the gap between qi's prison term and his rights ban is 15 months", "supported", "the difference of prison and rights, said"],
  ["qi's prison term is 2 years longer than his rights ban", "contradicted", "the difference of prison and rights, said wrong"],
  ["qi's 1 year without political rights is shorter than his time in prison", "supported", "'than his time in prison': the other term"],
  ["the article never names any of the foreign agencies", "supported", "what the article never names: 'any of the agencies'"],
  ["Qi is the only one of the three whose prison sentence the article actually spells out", "supported", "'the only one whose X the article spells out': of what it reports"],
  ["the article doesn't mention any prison time for song", "supported", "what the article does not say, where it says otherwise"],
  ["the article never says zhong was caught", "contradicted", "what the article does say, said to be missing"],
  ["Qi turned to spying because he couldn't find a job", "contradicted", "'couldn't find a job' of an employee"],
  ["song's money problem was that he couldn't find a job", "supported", "failing to find a job as the money problem"],
  ["offenders in especially serious cases can get more than a decade", "supported", "'a decade' is 10 years"],
  ["so for normal (not especially severe) cases the top end is 10 years", "supported", "a parenthesis of what the cases are not is no negation"],
  ["一般情况下是处五年以上十年以下有期徒刑", "supported", "a Chinese range written 'N年以上M年以下'"],
  ["一般情况下是处三年以上七年以下有期徒刑", "contradicted", "a Chinese range written 'N年以上M年以下', wrong"],
  ["thx for the recap, so zhongs bank accounts got frozen", "supported", "thanks for an earlier answer ahead of the claim"],
  ["Zhong had worked for a subsidiary of a classified unit at some point", "supported", "'had worked' is a former job"],
  ["it was the Ministry of State Security that made these cases public", "supported", "'made public' is revealed"],
  ["这三个人没有一个被抓", "contradicted", "'没有一个' is none, not a negation besides"],
  ["qi is getting out early for good behavior", "nei", "an early release, after what the article reports"],
  ["song is now banned from leaving china", "nei", "a travel ban, after what the article reports"],
  ["Zhong slipped away before the authorities could grab him", "contradicted", "'slipped away' avoids arrest"],
  ["the agency took weeks to get back to zhong", "contradicted", "'took weeks' against 'quickly'"],
  ["the agency in zhong's case was a domestic one", "contradicted", "'domestic' against 'foreign'"],
  ["qi's 2y3m is below the 5 year minimum the MSS quoted", "supported", "the case's own term restated before the comparison"],
  ["qi's 27 months is more than 3 years", "contradicted", "the case's own term restated before the comparison, false"],
  ["zhong worked for a subsidiary", "supported", "'worked for' in the past: a former job held"],
  ["qi worked for a subsidiary", "nei", "a job, but an employer the article never gives the case"],
  ["zhong worked for the classified unit itself, not a subsidiary", "contradicted", "the employer denied is the one the article gives"],
  ["qi was sentenced to death", "contradicted", "a detail ruled out by the penalty the article gives"],
  ["the law allows the death penalty", "nei", "the death penalty, of the law: not in the article"],
  ["qi got less than 3 yrs lol not that harsh tbh", "supported", "a comment after a laugh is no part of the claim"],
  ["every single one of them went through an official website lmao opsec zero", "supported", "a verbless comment after a laugh, with a quantifier"],
  ["pretty sure song didn't get any jail time, just administrative penalties", "supported", "a denial, then ', just X': what was so instead"],
  ["qi didn't get life, just 2 years and 3 months", "supported", "a denial, then ', just X', with a term"],
  ["Qi's employer was punished too", "nei", "a case's associate as the subject: not the case"],
  ["宋是科研机构的研究员", "contradicted", "Chinese identity with a qualifier: what he only claimed to be"],
  ["钟是涉密单位的领导", "contradicted", "Chinese identity: the leader he falsely claimed to be"],
  ["under the law, only especially severe cases get 5 to 10 years", "contradicted", "the standard range given to the severe band"],
  ["the law allows 5-10 years, more in especially severe cases", "supported", "the standard range, and more in severe cases"],
  ["Song worked on classified projects.", "contradicted", "work held by the case the article calls unemployed"],
  ["song applied for over 100 jobs before giving up", "nei", "a job sought, not held, by the unemployed case"],
  ["qi and song both worked on classified projects", "contradicted", "'both' broken by the unemployed case"],
  ["Qi suffered significant losses from failed investments.", "supported", "'suffered' losses for 'incurred' them"],
  ["catching zhong early took care of the potential risks", "supported", "'took care of' for 'eliminating', 'early' for 'before'"],
  ["Zhong's former employer was tied to a classified unit", "supported", "'tied to' a classified unit for 'a subsidiary of' one"],
  ["qi never took anything home, he shot all the photos at the office", "contradicted", "a comma splice with a new 'he' clause: each clause checked"],
  ["qi only photographed stuff at the office and never took anything home", "contradicted", "'… and never …': the denied tail checked on its own"],
  ["qi was a former employee", "contradicted", "a job said to have ended, of the case the article calls an employee"],
  ["state security dug into zhong thoroughly and gathered evidence before picking him up", "supported", "everyday words: 'dug into', 'thoroughly', 'picking him up'"],
  ["qi went on a foreign spy agency's official site to swear loyalty to them", "supported", "everyday words: 'site', 'swear loyalty'"],
  ["qi carried original classified papers home, took photos of them and sent them off to the agency", "supported", "everyday words: 'carried … home'"],
  ["Zhong used to work at a company that sat under a classified unit", "supported", "'sat under' a classified unit for 'a subsidiary of' one"],
  ["thanks bot! so basically qi went to jail and song just got an admin penalty", "supported", "two clauses, the second with 'just' before its verb; 'admin' penalties"],
  ["qi's sentence is below the 5 year minimum of the range the ministry mentions", "supported", "'minimum of the range' is no 'a minimum of N'"],
  ["宋什么处罚都没受到", "contradicted", "Chinese 什么…都没: none at all, a claim and no question"],
  ["the spy agencies made the first move", "contradicted", "the agencies as the subject of 'made the first move'"],
  ["zhong met the spies and then got busted", "contradicted", "two deeds joined by 'and then', the first denied"],
  ["the maximum penalty is death", "nei", "a maximum said to be death: the death penalty is not in the article"],
  ["the article says the maximum penalty is death", "contradicted", "said to be in the article, which gives life imprisonment as its heaviest penalty"],
  ["the article mentions the death penalty", "contradicted", "a claim that the article says what it leaves out, with the law's own words against it"],
  ["nowhere does the article say how much money any of them wanted", "supported", "'nowhere does the article say': what the article leaves out"],
  ["no full names are given for any suspect, only surnames", "supported", "'no X is given for Y': what the article leaves out"],
  ["no prison term is given for qi", "contradicted", "'no X is given for Y', where the article gives it"],
  ["no sentence is mentioned for the man who wanted to meet the foreign agents", "supported", "'no X is mentioned for' a described case the article is silent on"],
  ["the article says exactly how much qi earned selling secrets", "contradicted", "said to say an amount, which the article never gives"],
  ["the article doesn't spell out what Song's administrative penalties actually were", "supported", "'spell out' is a verb of telling; the penalties' details are not given"],
  ["correct me if im wrong but qi's prison term was under three years", "supported", "a hedge before the claim is no part of it"],
  ["all three suspects are men, if i'm reading the pronouns right", "supported", "a hedge after the claim is no part of it"],
  ["only two cases are described in the article, right? zhong and qi", "contradicted", "names after a tag question answer it; they are no claim of their own"],
  ["two of the three were sentenced to prison, the third got off lighter", "nei", "'the third' opens a clause of its own; the first is unsettled while Zhong's sentence is unknown"],
  ["no state secrets were found in qi's possessions, so why'd he go to jail lol", "contradicted", "a question after the claim is asked of it, not claimed"],
  ["ngl i thought the jobless guy would get jail but nope, he was hit with administrative penalties", "supported", "what the poster expected is taken back; what they found is the claim"],
  ["钟创业很成功，不缺钱", "contradicted", "a Chinese second clause that says something of its own is checked on its own (it was a false Supported)"],
  ["三个人都是通过境外情报机关的官网联系上的，真是一点都不隐蔽", "supported", "a Chinese remark after a comma ('真是…') is no part of the claim"],
  ["文章说情节再严重最多也就判十年", "contradicted", "a term with no case, said of how severe the circumstances are, is the law's severe band (it was a false Supported)"],
  ["the law caps it at 10 years, life imprisonment isn't on the table", "contradicted", "a clause after a comma with its own subject and a denied 'is' (it was a false Supported)"],
  ["Zhong sought collaboration with the agency to ease financial pressure", "supported", "the deed and what it was for are each checked"],
  ["zhong did it to ease financial pressure", "supported", "the purpose itself as what is said is not split off"],
  ["The article reports a prison sentence for only one of the three suspects.", "supported", "what the article is said to report stays a claim about what it reports"],
  ["only one of the three is reported as getting a prison sentence", "supported", "'is reported as': about what the article reports"],
  ["song pledged allegiance but qi never did", "contradicted", "'qi never did' stands for the first half's deed, denied"],
  ["境外机构根本没理钟", "contradicted", "没理 is not responding, against 'quickly responded' (it was a false Supported)"],
  ["quick check: qi worked on classified projects", "supported", "'quick check:' is a label, not the claim"],
  ["钟以前在涉密单位的下属单位工作过，后来通过官网联系了境外情报机构，还没来得及和对方见面就被抓了", "supported", "'，还没来得及…' continues the first clause; it is no remark"],
  ["zhong was caught after handing over documents in person, and the agency never even asked him about the unit", "contradicted", "a second half with clauses of its own is each of them (it was a false Supported)"],
  ["zhong handed over documents in person, and the agency never even asked him about the unit", "contradicted", "', and the agency never asked': a clause with its own subject (it was a false Supported)"],
  ["the law says 1-5 years and the worst cases max out at 15, with no life sentences", "contradicted", "', with no life sentences' is a claim beside the rest (it was a false Supported)"],
  ["the unemployed guy got prison and the employee got administrative penalties", "contradicted", "'and the employee got': a described subject opens its own clause (it was a false Supported)"],
  ["qi went to prison but song didn't", "supported", "'song didn't': the first half's deed, denied of the other case"],
  ["齐被判处有期徒刑两年三个月，还挺轻的吧", "supported", "'，还挺轻的吧' is the poster's remark, not a second clause"],
  ["yo casebook, the researcher-impersonator got 2 years 3 months right?", "contradicted", "a hyphened description ('researcher-impersonator') is one description"],
  ["The MSS announcement involved five suspects in total.", "nei", "nothing the article says settles it: no verdict without its words"],
  ["Qi's prison term exceeds his political rights deprivation by 15 months", "supported", "'exceeds … by': the difference after 'by'"],
  ["Qi's prison term exceeds his political rights deprivation by 2 years", "contradicted", "'exceeds … by': a wrong difference"],
  ["The employee on classified projects got off with just an administrative penalty", "contradicted", "a description two cases share words with: the one whose attribute holds them all"],
  // the article's order of cases
  ["the piece opens with song's case", "contradicted", "'opens with' is first in the article"],
  ["the article ends with song's case", "supported", "'ends with' is last in the article"],
  ["The article tells Song's case first and Zhong's case last.", "contradicted", "one place per case, each checked"],
  ["the article tells zhong's case first and song's case last", "supported", "one place per case, each checked"],
  ["the piece runs through the cases in the order zhong, qi, song", "supported", "the order the cases are listed in is the claim"],
  ["the cases go song, then qi, then zhong", "contradicted", "the order the cases are listed in is the claim"],
  // order in time, said several ways
  ["after the agency got back to him, zhong started pretending he was a leader of the unit", "supported", "'after X, Y': the earlier thing first"],
  ["after zhong contacted the agency, his venture failed", "contradicted", "'after X, Y' in the other order"],
  ["qi started selling secrets first and his investments only failed afterwards", "contradicted", "'X first and Y afterwards'"],
  ["song offered to trade the info first and only later failed to get a job", "contradicted", "'and only later'"],
  ["Song contacted the agency while employed and only lost his job afterward.", "contradicted", "what came first is asserted whatever the order"],
  // replies, attributions and quantifiers over things
  ["nah song's materials had no state secrets", "supported", "'nah' opening a reply is no negation"],
  ["replying to above: nah the article is clear, song's materials had no state secrets", "supported", "'the article is clear,' attributes the claim"],
  ["china daily says catching zhong before the meeting effectively eliminated potential risks", "supported", "the publisher named as who says it"],
  ["none of what song tried to hand over was a state secret", "supported", "'none of what' denies of the things, not of the suspects (it was Contradicted)"],
  ["none of the stuff qi sent contained secrets", "contradicted", "'none of the stuff' denies of the things"],
  ["lol ok but song basically got away with administrative penalties, no prison term is mentioned for him", "supported", "'got away with' a penalty is getting only that penalty (it was Contradicted)"],
  // custody is being held, not a prison term
  ["song was taken into custody", "nei", "custody is an arrest, which the article does not report of Song (it was Contradicted)"],
  ["zhong was taken into custody", "supported", "custody is apprehension"],
  ["zhong is still in custody", "nei", "still in custody is after the article"],
  // the story's other outlets, and counts of cases in Chinese
  ["Xinhua broke this story first", "nei", "who else ran the story, or first, is not said"],
  ["this was originally a Xinhua piece", "contradicted", "the article's publisher is China Daily"],
  ["文章一共讲了四个案子", "contradicted", "a count of cases in Chinese"],
  ["国家安全部披露了四起案件", "contradicted", "a count of cases said of the disclosing ministry, in Chinese (it was a false Supported)"],
  ["国家安全部披露了三起案件", "supported", "a count of cases said of the disclosing ministry, in Chinese"],
  ["song told the agency he was a researcher, which wasn't true", "supported", "'told the agency he was …, which wasn't true' is a false claim"],
  ["the agency zhong contacted responded quickly", "supported", "a relative clause with no 'that' inside the subject"],
  ["the agency zhong contacted ignored him", "contradicted", "a relative clause with no 'that' inside the subject"],
  ["qi's investments were in real estate", "nei", "'estate' is no typo of a shorter word ('state')"],
  ["zhong was charged with espionage", "nei", "a charge the article never names for him"],
  ["the article says the penalties also apply to people who illegally purchase state secrets", "supported", "'also apply to' is the cited law's reach (it was Contradicted)"],
  ["pretty sure qi got a bit over 2 years, not sure on the months tho", "supported", "'not sure on the months' is a hedge, not a denial (it was Contradicted)"],
  ["the jobless guy who couldn't find work was zhong", "contradicted", "a describing word before 'guy' in 'the … guy who … was X'"],
  ["the jobless guy who couldn't find work was song", "supported", "a describing word before 'guy' in 'the … guy who … was X'"],
  ["qi got 27 months and is serving his time in a beijing prison", "nei", "'and is serving …' is a clause of its own, with a place the article never gives (it was a false Supported)"],
  ["zhong was convicted of espionage", "nei", "a conviction the article never names for him"],
  // sarcasm the poster marks: the claim meant is the opposite of its words
  ["oh sure, song totally sold real secrets /s", "supported", "'oh sure' and '/s' mark sarcasm"],
  ["yeah right, qi got ten years", "supported", "'yeah right' marks sarcasm"],
  ["sure, zhong really was a big boss at that unit \u{1F644}", "supported", "'sure' with an eye-roll marks sarcasm"],
  ["qi got 27 months /s", "contradicted", "'/s' flips a true claim"],
  ["sure, qi got 27 months", "supported", "a bare 'sure' is agreement, not sarcasm"],
  ["yeah right, zhong was sentenced to life /s", "nei", "sarcasm leaves what the article never says unsaid"],
  // reporting someone is a deed, not the article's telling verb
  ["the research institute reported song to the authorities", "nei", "who reported Song is not said (it was a false Supported)"],
  ["the research institution song downloaded from is the one that reported him", "nei", "'reported him' is a deed the article never gives (it was a false Supported)"],
  // spans of time between the things the article reports
  ["zhong got caught within weeks of contacting the agency", "nei", "a span the article never gives (it was a false Supported)"],
  ["zhong was caught two weeks after he contacted the agency", "nei", "the order holds, the span does not (it was a false Supported)"],
  ["zhong was caught after he contacted the agency", "supported", "the order alone holds"],
  // possessive stuff is the case's materials; ordinary words are no typos
  ["qi's stuff was public info", "contradicted", "'qi's stuff' is his materials"],
  ["this article is boring", "nei", "'boring' is no typo of 'bring' (it was Supported)"],
  // a span of terms, and "N+"
  ["qi's time inside is somewhere between 2 and 3 years", "supported", "a span the law never cites is a term between its ends (it was Contradicted)"],
  ["qi got between 3 and 4 years", "contradicted", "a span the term falls outside"],
  ["qi's sentence was within the 5-10 year range", "contradicted", "the cited range itself is still the range"],
  ["qi's sentence was a bit more than 2 years, not 5+", "supported", "'not 5+' is not at least 5 (it was Contradicted)"],
  // the reason first
  ["because song couldn't land a job, he tried selling info to a foreign agency", "supported", "'because X, Y': both asserted (it was Not in the article)"],
  ["because qi lost his job, he sold secrets", "contradicted", "'because X, Y' with a false reason"],
  ["song's job hunt went nowhere", "supported", "a job hunt that went nowhere is failing to secure a job"],
  // pretending to be someone else
  ["zhong posed as someone he wasn't", "supported", "the negation in 'someone he wasn't' is the relative clause's (it was Contradicted)"],
  ["Zhong and Song both pretended to be more important than they actually were", "supported", "'more important than they were' is a false claim to be someone else"],
  ["qi pretended to be someone important", "nei", "the article gives no false claim of Qi's"],
  // what would have happened, and a case set against another with a clause of its own
  ["if zhong had met the foreign agents he'd have gotten life", "nei", "a counterfactual is no fact the article gives (it was Contradicted)"],
  ["if song hadn't lost his job he wouldn't have done it", "nei", "a counterfactual with a negated condition"],
  ["qi was an insider on classified projects, unlike song who had no job", "supported", "'unlike X who P' says P of X (it was Contradicted)"],
  ["qi was an insider on classified projects, unlike song who had a job", "contradicted", "'unlike X who P' with P false of X"],
  // idioms of being caught with, let off, forced and convicted
  ["qi was caught holding materials containing state secrets", "supported", "'caught holding' is being found with"],
  ["so the MSS let qi walk with just a fine", "contradicted", "'let X walk with just a fine' is X getting only a fine"],
  ["nobody forced song, his pledge of allegiance was voluntary", "supported", "'nobody forced X' is X not being forced"],
  ["qi was the only one convicted of a crime", "nei", "'convicted of a crime' is being sentenced, which the article does not settle for Zhong (it was Contradicted)"],
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
    expect(reportingClaim("the article never says what zhongs sentence was")?.inner).toBe("what zhongs sentence was");
    expect(reportingClaim("qi got ten years")).toBeNull();
  });

  it.each([
    ["the article never says what zhongs sentence was", { inner: "what zhongs sentence was", said: false, asks: true , whether: false }],
    ["nowhere does the article say how much they wanted", { inner: "how much they wanted", said: false, asks: true , whether: false }],
    ["no full names are given for any suspect", { inner: "what full names of any suspect", said: false, asks: true , whether: false }],
    ["the article mentions the death penalty", { inner: "the death penalty", said: true, asks: false , whether: false }],
    ["文章没有说钟被判了多少年", { inner: "钟被判了多少年", said: false, asks: true , whether: false }],
    ["文章里提到了死刑", { inner: "死刑", said: true, asks: false , whether: false }],
    // any verb of the one list of telling verbs, in the forms each shape takes
    ["the story never covers how qi was caught", { inner: "how qi was caught", said: false, asks: true , whether: false }],
    ["the article doesn't go into why song was unemployed", { inner: "why song was unemployed", said: false, asks: true , whether: false }],
    ["the article reveals that qi got 27 months", { inner: "qi got 27 months", said: true, asks: false , whether: false }],
  ])("reads %j as a claim about what the article says", (text, expected) => {
    expect(reportingClaim(text)).toEqual(expected);
  });

  it.each(["qi got ten years", "no state secrets were found in qi's possessions", "no sentence was given to zhong"])("reads %j as a claim about the cases, not the article", (text) => {
    expect(reportingClaim(text)).toBeNull();
  });
});

describe("claims with two clauses joined by when, after or because", () => {
  it("is not supported when one clause fails", () => {
    expect(verdict("qi was trying to ease financial pressure when he reached out by phone")).not.toBe("supported");
  });
});

describe("what a contradicted 'all' says first", () => {
  it("leads with the case that breaks it", () => {
    const r = core().engine.check("qi and song both worked on classified projects");
    expect(r.kind === "claims" ? r.checks[0]!.text : "").toMatch(/^Song was an unemployed man/u);
  });
});

describe("a claim about a described case that fits two", () => {
  it("leads with the case it holds for", () => {
    const r = core().engine.check("the guy who worked on classified projects lost money on investments");
    expect(r.kind === "claims" ? r.checks[0]!.text : "").toMatch(/^Qi incurred/u);
  });
});

describe("claim kinds from the blind sets 73 and 75", () => {
  it.each([
    ["The MSS revealed the cases on March 4", "nei"],
    ["the article came out on 17 December", "supported"],
    ["Zhong was arrested at his home", "nei"],
    ["zhong got caught at the airport", "nei"],
    ["Qi only ever worked on public, non-classified projects", "contradicted"],
    ["Qi worked on unclassified projects", "contradicted"],
    ["song's info came from a classified unit's internal server", "contradicted"],
    ["Zhong contacted the agency through a dating app", "contradicted"],
    ["qi sent the photos through an encrypted messaging app", "nei"],
    ["The Ministry of Public Security was the one that announced these cases", "contradicted"],
    ["the MSS was the one that revealed the cases", "supported"],
    ["Zhong leaked details about a project he was working on at that moment", "contradicted"],
    ["asking for a friend: song's punishment was administrative penalties under the law", "supported"],
    ["the MSS put out these cases on Monday", "supported"],
    ["SONG GOT ADMINISTRATIVE PENALTIES, NOT PRISON", "supported"],
    ["SONG HAD NO REAL ACCESS TO CLASSIFIED STUFF, HE JUST CLAIMED HE DID", "supported"],
    ["qi had real access to classified materials", "supported"],
    ["just providing intel to an overseas individual can land you 5-10 years", "supported"],
    ["the law only covers providing secrets to overseas individuals", "contradicted"],
    ["neither Zhong nor Song was a current employee of a classified unit", "supported"],
    ["none of them used an official website lol, it was all dark web", "contradicted"],
    ["I think Zhong worked at a subsidiary, not the classified unit itself", "supported"],
    ["zhong worked for the classified unit itself", "contradicted"],
    ["I might be wrong but Qi's losses were from investments", "supported"],
    ["zhong got apprehended before meetin the foreign agents", "supported"],
    ["the agency collected zhong's personal info and then asked him for details about the classified unit", "supported"],
    ["the agency asked zhong for details about the classified unit and then collected his personal info", "contradicted"],
    ["The MSS handled exactly three suspects in total", "nei"],
    ["Zhong photographed classified documents too", "nei"],
    ["zhong photographed classified documents", "contradicted"],
    ["qi was only fined", "contradicted"],
    ["qi just got a fine and walked", "contradicted"],
    ["song got a job", "contradicted"],
    ["song landed a job", "contradicted"],
    ["song failed to find a job", "supported"],
    ["Song eventually found a job", "nei"],
    ["Qi's investment losses were tiny", "contradicted"],
    ["qi's property was confiscated", "nei"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 79", () => {
  it.each([
    // documents handed over are a detail the article gives of Qi's materials, not of what Zhong disclosed
    ["Zhong handed over actual documents", "nei"],
    ["Zhong handed over classified documents", "nei"],
    ["Zhong disclosed information about a classified project", "supported"],
    // a negative verb of discovery or punishment
    ["Song went undetected", "contradicted"],
    ["song's efforts went unnoticed", "contradicted"],
    ["Song went unpunished", "contradicted"],
    ["Zhong escaped detection", "contradicted"],
    // "in charge" is the leader he claimed to be
    ["Zhong pretended he was in charge of the unit", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 81", () => {
  it.each([
    // a hedge beside "flat" is chat: the figure is exact
    ["if I remember right qi only got like 2 years flat", "contradicted"],
    ["qi got like 2 years", "supported"],
    // "handed" a term is sentenced to it
    ["Qi was handed around four years", "contradicted"],
    ["qi was handed 2 years and 3 months", "supported"],
    // what will happen later is not in the article
    ["Song will face criminal charges later", "nei"],
    ["zhong will go to prison eventually", "nei"],
    // an important or senior position claimed is the leader Zhong claimed to be
    ["Zhong falsely claimed to hold an important position", "supported"],
    ["Zhong pretended he held a senior position in the unit", "supported"],
    // an administrative slap on the wrist is administrative penalties
    ["song got an administrative slap on the wrist", "supported"],
    // trying or looking for a job is what failing to secure one says; applying somewhere is a detail
    ["song tried to find a job but failed", "supported"],
    ["Song was looking for work", "supported"],
    ["song had applied for jobs at that research institution", "nei"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind sets 83 and 85", () => {
  it.each([
    // the agency as the one who approached first, in any words
    ["The foreign agencies were the ones who made the first approach to the suspects", "contradicted"],
    ["the agencies made first contact with the suspects", "contradicted"],
    ["the suspects made the first approach", "supported"],
    // a span of recent time is a date the article never gives, not a prison term
    ["These cases all happened over the past five years", "nei"],
    // a concession first, then a clause with its reason: each part checked
    ["Even without secrets, Song broke the Counter-Espionage Law because he voluntarily pledged allegiance to a foreign spy agency", "supported"],
    ["even without secrets, song broke the law because he sold state secrets", "contradicted"],
    // a second clause of its own after a comma, denied
    ["The law only applies if you give secrets to foreign governments, individuals don't count", "contradicted"],
    ["handing intelligence to an overseas individual counts too", "supported"],
    // Chinese words for suffering a loss
    ["齐因投资失败蒙受了重大经济损失", "supported"],
    // what drove a case is no ground for his penalty
    ["qi was jailed for losing money on investments", "contradicted"],
    ["song was penalized for being unemployed", "contradicted"],
    // "lack", "free of", "without": the negative
    ["song's materials lacked state secrets", "supported"],
    ["qi's materials lacked state secrets", "contradicted"],
    // what never happened is put in no order
    ["apparently zhong never got to meet the foreign agents face to face because he got caught first", "supported"],
    // "is confirmed to" reports what the article says
    ["only one of the three is confirmed to have had materials with state secrets", "supported"],
    // an early release is what happened afterwards; "for good behaviour" is no life term
    ["Qi was released early for good behaviour", "nei"],
    // turning himself in, against being apprehended after an investigation
    ["Zhong turned himself in", "contradicted"],
    ["qi turned himself in", "nei"],
    // an amount with a thousands comma
    ["Zhong asked the agency for 10,000 dollars", "nei"],
    // fewer than all of what the article says of the suspects as a group
    ["Only one of the three tried to sell info for money", "contradicted"],
    ["only one of them actively reached out", "contradicted"],
    ["at least two of the three had worked on classified stuff at some point", "supported"],
    // a motive that is another case's, after a word that only names the motive
    ["Qi's problem was that he couldn't find a job", "contradicted"],
    // a job got later is after the events; a job got at all is what the article denies
    ["Song eventually got the job he wanted", "nei"],
    ["song got the job he wanted", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 87", () => {
  it.each([
    // a denial likened to another case holds of each ("same as song's"), not of their sameness
    ["Qui's case didn't involve state secrets, same as Song's", "contradicted"],
    ["qi got prison, same as song", "contradicted"],
    ["Song's materials, unlike Qi's, had no state secrets in them", "supported"],
    // "on their own initiative", "of his own accord": actively
    ["the three suspects all reached out on their own initiative", "supported"],
    ["only one of them reached out of his own accord", "contradicted"],
    // a word the group's sentence alone holds, said of one case
    ["zhong reached out actively", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 89", () => {
  it.each([
    // "before he ever took": what never happened, as "before he could" says
    ["Qi was caught before he ever took anything home", "contradicted"],
    ["zhong was caught before he ever met the agents", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claims the review of this session's kinds kept in bounds", () => {
  it.each([
    // one of them, said without "only", is no count of fewer than all: all of them tried, so one of them did
    ["One of the suspects tried to sell classified information to foreign agencies", "supported"],
    // more suspects than the cases told: "several" leaves it open
    ["Five suspects tried to sell classified information to foreign agencies", "nei"],
    // a penalty likened to another case's holds of each
    ["Song didn't go to prison, same as Qi", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind sets 91 and 93", () => {
  it.each([
    // "none of X's stuff": the thing denied, not the cases counted
    ["none of Qi's stuff had state secrets in it", "contradicted"],
    ["none of the suspects had state secrets", "contradicted"],
    // a gain the article never reports
    ["Qi made a lot of money off the secrets he sold", "nei"],
    ["song made money from the agency", "nei"],
    ["Qi did it to make money", "supported"],
    ["qi made money from successful investments", "contradicted"],
    // a month beside the reveal
    ["the MSS revealed the cases in March", "nei"],
    ["the MSS revealed the cases on Monday", "supported"],
    // a doer after "by" must be in the statement
    ["Zhong's bank accounts were frozen by state security", "nei"],
    ["zhong was apprehended by state security authorities", "supported"],
    ["Song's case was also disclosed by the MSS", "supported"],
    ["song was contacted by the agency", "contradicted"],
    ["Song was first contacted by a foreign agent over social media", "contradicted"],
    // a criminal case in court, of administrative penalties
    ["song was charged with a crime", "nei"],
    ["did song get charged with stealing state secrets like qi", "contradicted"],
    // secrecy only pretended
    ["song pretended his stuff was secret", "supported"],
    ["qi pretended the files were secret", "contradicted"],
    // false-claim frames
    ["Song told the agency he had access to critical scientific and technical materials", "supported"],
    ["Song was totally upfront with the agency about who he really was", "contradicted"],
    ["both Zhong and Song falsely claimed to hold positions they didn't have", "supported"],
    // a detail of what never happened; a deed meant is not denied
    ["I heard 钟 met the foreign agents in a hotel before he got caught", "contradicted"],
    ["Zhong had apparently been expecting to meet with personnel from the foreign agency", "nei"],
    // "without" a deed: denied of the first half's subject
    ["song broke the counter-espionage law without handing over a single secret", "supported"],
    ["qi was sentenced without ever taking documents home", "contradicted"],
    // "isn't just" is no restriction
    ["the law isn't just about organizations, giving intelligence to overseas individuals counts too", "supported"],
    ["the law only covers organizations", "contradicted"],
    // "team up" is collaboration; "working again" now is afterwards
    ["the guy whose accounts were frozen went to the agency's website looking to team up", "supported"],
    ["Song is now working again", "nei"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 95", () => {
  it.each([
    // a description over an of-phrase
    ["the former employee of the classified unit's subsidiary disclosed details of a past classified project", "supported"],
    // "were after money" is seeking it
    ["qi was after money", "supported"],
    // revealed by someone other than the body the article names
    ["the cases were first revealed by a foreign newspaper", "contradicted"],
    ["the cases were revealed by the ministry of state security", "supported"],
    // the agency telling him what to do is its own deed, which the article never gives
    ["the agency told Qi exactly which documents to photograph", "nei"],
    ["the agency photographed the documents for qi", "contradicted"],
    // the poster's own answer to his question is the claim
    ["did qi really take stuff home from work to photograph it? pretty sure he did", "supported"],
    ["did song get prison? pretty sure he did", "contradicted"],
    ["did song get prison? i don't think he did", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 97", () => {
  it.each([
    // two deeds of one case, each in its own attribute
    ["song grabbed public info off a research institution and posed as a researcher", "supported"],
    ["song grabbed public info and posed as a leader of the unit", "contradicted"],
    // a planned meeting's place is a detail of what never happened, not a denial of it
    ["zhong's handover with the agents was scheduled for shanghai", "nei"],
    // a gap said against the range's end, checked exactly
    ["the five-year minimum is 2 years 9 months longer than qi's sentence", "supported"],
    ["qi's sentence is 20 months shorter than the five-year minimum", "contradicted"],
    // half a term, said in months
    ["half of qi's prison term comes to 13.5 months", "supported"],
    ["half of qi's prison term is a year", "contradicted"],
    ["half of qi's political rights ban is 6 months", "supported"],
    // trying to sell, as a gerund, is what all of them did
    ["qi tried selling info", "supported"],
    // contact through a person, in English and Chinese
    ["song reached the agency via an acquaintance", "contradicted"],
    ["宋是经熟人介绍联系上境外机构的", "contradicted"],
    // a restriction to one place, against "organs across China"
    ["the cases were only handled in Shenzhen", "contradicted"],
    ["the cases were handled in Shenzhen", "nei"],
    // public sources
    ["song's material came from open sources", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 99", () => {
  it.each([
    // a bare number in the unit the words name
    ["in months, qi's sentence is 30", "contradicted"],
    ["qi's sentence in months is 27", "supported"],
    // which side of a gap is the longer
    ["qi's term is 3 months longer than two and a half years", "contradicted"],
    ["qi's term is 3 months shorter than two and a half years", "supported"],
    ["qi's term is 33 months longer than the five-year minimum", "contradicted"],
    ["the difference between qi's sentence and the ten-year maximum is 93 months", "supported"],
    // the range's end as the subject, the case's term scaled
    ["the five-year minimum is more than twice qi's sentence", "supported"],
    ["the five-year minimum is less than twice qi's sentence", "contradicted"],
    // one end of the range a multiple of the other
    ["the maximum of the normal range is double its minimum", "supported"],
    ["the maximum of the normal range is triple its minimum", "contradicted"],
    // one of two deeds told together, said to be the only one
    ["qi merely copied the materials", "contradicted"],
    ["qi only started photographing after his investments failed", "nei"],
    // the truth told about a role he lied about
    ["zhong was honest about his role at the unit", "contradicted"],
    // a count of one
    ["the article covers just a single case", "contradicted"],
    // all of them after money is the group's motive
    ["all three suspects were after money", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 101", () => {
  it.each([
    // "more than one" is at least two
    ["more than one of the suspects went through an official website", "supported"],
    ["more than one of them was sentenced to prison", "nei"],
    // all the cases handled, beyond the three described
    ["state security handled exactly three cases in total", "nei"],
    // a multiple stated of the prison term against the rights
    ["qi's prison term is four times as long as his political rights deprivation", "contradicted"],
    // a later clause's object pronoun is the first clause's case
    ["zhong reached out, but the agency ignored him", "contradicted"],
    // a motive acted out of, denied
    ["the suspects acted out of patriotism, not money", "contradicted"],
    // materials from a classified source, of a case whose were public
    ["song's documents were taken from a secret facility", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 103", () => {
  it.each([
    // a second clause with its own possessive subject
    ["song had no job and his files contained state secrets", "contradicted"],
    // one figure said to be another
    ["qi's 27 months = 2 years 3 months", "supported"],
    ["qi's 2 years 3 months = 25 months", "contradicted"],
    // so many more months to reach the range's end
    ["qi needs 33 more months to hit the minimum", "supported"],
    ["qi needs 10 more months to reach the minimum", "contradicted"],
    // a count of one case, however it is talked about
    ["the ministry only discussed one case", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind sets 105 and 107", () => {
  it.each([
    // being short of money, however it is said
    ["all three were strapped for cash", "supported"],
    ["qi was never short of money", "contradicted"],
    // another case's cause of money trouble, said of this one
    ["qi's financial pressure came from failing to find a job", "contradicted"],
    // one singled out of the three, where another's outcome is unsaid
    ["of the three suspects, only song got administrative penalties", "nei"],
    // the heaviest the law allows, said to be ten years
    ["the heaviest sentence under the counter-espionage law is ten years", "contradicted"],
    ["根据反间谍法最重判十年", "contradicted"],
    // what the article gives, the article unnamed
    ["none of the suspects is named in full", "supported"],
    ["qi's prison term isn't mentioned", "contradicted"],
    ["文章没提到宋的刑期", "supported"],
    // lying about who they were, when dealing with the agencies
    ["zhong and song both lied about themselves when dealing with the agencies", "supported"],
    // the claim that he led the unit, said to be false
    ["zhong's claim that he headed the unit was false", "supported"],
    ["song pretended to be a researcher, but he wasn't really one", "supported"],
    // telling the agency the truth about his position
    ["zhong told the spies the truth about his position", "contradicted"],
    // evidence collected on a case
    ["investigators collected evidence against zhong", "supported"],
    // losses that cost him a lot, investments that wrecked him
    ["qi's failed investments cost him dearly", "supported"],
    ["qi got burned on investments and tried to sell secrets", "supported"],
    // a motive the article's money motive rules out
    ["zhong did it out of revenge", "contradicted"],
    // a range end said to be a multiple of a case's term
    ["the 10-year top of the range is more than four times qi's term", "supported"],
    ["the top of the range is exactly five times qi's term", "contradicted"],
    // the two terms summed, in Chinese
    ["齐的刑期加上剥夺政治权利总共三十九个月", "supported"],
    // escaping detection
    ["song avoided detection", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind sets 109 and 111", () => {
  it.each([
    // a "he" inside a later clause is the first clause's case, not whoever its words would describe
    ["qi was an employee, and the files he had held no state secrets", "contradicted"],
    // "and he" with no comma opens a clause of its own
    ["song had no job and he handed over real state secrets", "contradicted"],
    // a claim said to be true, of what the article calls false
    ["song's claim of having access to critical materials was genuine", "contradicted"],
    // the name of the website, said to be given
    ["the article mentions the name of the agency's website", "contradicted"],
    // a term said to be exactly an end of the range, "under" the range naming the range
    ["qi's prison term is precisely the maximum under the cited range", "contradicted"],
    // acting on behalf of someone: no detail of its own
    ["qi acted on behalf of foreign entities", "supported"],
    // a range's width said with "top" and "bottom"
    ["the gap between the top and the bottom of the cited range is five years", "supported"],
    // "X's the one who", and "the <word> one is X"
    ["song's the one who got 2 years 3 months", "contradicted"],
    ["the jobless one is qi", "contradicted"],
    // a bare year of "rights" is the years without political rights
    ["qi: 2y3m prison + 1y rights", "supported"],
    // which of two terms a case's term lies nearer
    ["qi's sentence is nearer to 2 years than to 3 years", "supported"],
    ["qi's sentence is closer to 3 years than to 2 years", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind sets 113 and 115", () => {
  it.each([
    // "nobody could get more than X": what the law allows anyone, denied
    ["no one can be given more than ten years under that law", "contradicted"],
    ["nobody could ever get life for this", "contradicted"],
    // several cases' prison terms added up: a term left open leaves the sum open, unless the given ones settle it
    ["zhong and qi's prison terms together come to more than 4 years", "nei"],
    ["together qi and zhong got over 2 years in prison", "supported"],
    ["qi's and song's jail time combined is over 3 years", "contradicted"],
    // two words joined by "or": a case fits by either
    ["Zhong and Qi both hit money trouble when a startup or investments went sour", "supported"],
    // the agency said to be the one that made the cases public
    ["it was the spy agency that disclosed these cases", "contradicted"],
    // getting away without any penalty
    ["song walked away without any punishment whatsoever", "contradicted"],
    // "X's case involved Y": Y is said of X
    ["qi's case involved confidential materials being photographed", "supported"],
    // "were after" is wanting, no time in it
    ["the suspects were after cash", "supported"],
    // the poster pointing at the article after the claim
    ["qi was sentenced to 27 months, that's what the article says", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("more claim kinds from the blind sets 113 and 115", () => {
  it.each([
    // "did this" stands for the case's deeds; the other half settles the claim
    ["qi went down that road after his investments failed", "supported"],
    ["song took this route after his startup went under", "contradicted"],
    // a purpose against the one the article gives
    ["song got in touch with the agency to rat it out", "contradicted"],
    // a slow reply, where the article says quick
    ["the agency kept zhong waiting for weeks before answering", "contradicted"],
    // Chinese: "动了…的念头" is wanting to
    ["宋动了出卖情报的念头", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind set 117", () => {
  it.each([
    // what happened to the agencies is never said
    ["the spy agencies got sanctioned for it", "nei"],
    ["the foreign agency was never punished", "nei"],
    // a second clause with an irregular verb, and a detail the article never gives
    ["qi got 27 months, and he spent his savings on crypto", "nei"],
    // the body's country said with its name
    ["the cases were disclosed by china's ministry of state security", "supported"],
    // a range's width said "from min to max"
    ["from bottom to top the standard range covers 5 years", "supported"],
    // the gap between a case's two terms, equal to one of them
    ["the difference between qi's jail term and his rights deprivation is one year", "contradicted"],
    // where Song's material came from
    ["song took his data from a private firm", "contradicted"],
    // the agency interested in the unit
    ["the spies were curious about zhong's old unit", "supported"],
    // lying about oneself to the agency
    ["zhong lied about himself to the spies", "supported"],
    // a count of an attribute told in full: a case given none is not among them
    ["two of the three misrepresented who they were", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 119 and 121", () => {
  it.each([
    // a man or a woman
    ["zhong is a man", "supported"],
    ["song was a woman", "contradicted"],
    ["all three suspects are men", "supported"],
    // what the article never mentions, "anywhere in the article"
    ["zhong's prison term is not mentioned anywhere in the article", "supported"],
    ["qi's sentence isn't mentioned anywhere in the article", "contradicted"],
    // "what X got", and what happened after an arrest, said to be left out
    ["the article never says what zhong got", "supported"],
    ["the story doesn't say what happened to zhong after his arrest", "supported"],
    // something other than money wanted in return
    ["song offered secrets in return for a new job", "contradicted"],
    ["qi tried to trade classified material for a visa", "contradicted"],
    // "explicitly said", "clearly stated": what the article says
    ["qi is the only one whose materials are clearly stated to contain state secrets", "supported"],
    // Chinese: a job in the past, an employee, secrets stolen, a reason swapped
    ["钟以前在涉密单位的下属公司工作过", "supported"],
    ["齐是涉密项目的工作人员", "supported"],
    ["宋偷了机密材料", "contradicted"],
    ["齐是因为创业失败才联系境外间谍机构的", "contradicted"],
    // a large but vague sum is the article's "significant"
    ["qi lost a sizable amount of money in failed investments", "supported"],
    // the unit a case claimed to lead
    ["the agency asked about the unit zhong claimed he led", "supported"],
    // passing public material off as something else
    ["song tried to pass public data off as secret material", "supported"],
    // "only got" after a description is no "only one"
    ["the guy who photographed papers only got 2 years and 3 months", "supported"],
    // a first part with halves of its own, then "not …"
    ["qi did it because his business failed and his accounts were frozen, not because of investing", "contradicted"],
    // "counted as breaking" the named law
    ["song's pledge counted as violating the counter-espionage law", "supported"],
    // "on his own initiative": voluntary for one, actively for all
    ["song pledged allegiance on his own initiative and broke the counter-espionage law", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 123", () => {
  it.each([
    // an idiom reached only once a typo is mended
    ["qi kept his politicl rights", "contradicted"],
    // the right weekday, with a month the article never gives
    ["the ministry announced the cases on a monday in june", "nei"],
    // how many cases the organs handled: never given, beyond those described
    ["state security handled more than twenty such cases", "nei"],
    // "exactly one year" is a term, not "exactly one" of the cases
    ["qi lost his political rights for exactly one year", "supported"],
    // using one's job: taking advantage of one's position
    ["qi exploited his position to get the documents", "supported"],
    // "explicitly says" is what the article says
    ["qi is the only one the article explicitly says had state secrets", "supported"],
    // "to get paid" is for money
    ["song lied about being a researcher to get paid", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 125", () => {
  it.each([
    // a term and what it is said to come to, each checked
    ["qi was sentenced to 27 months, which is 2 and a half years", "contradicted"],
    ["qi got 27 months, that's 2 years and 3 months", "supported"],
    // an event named by a noun, set in order
    ["zhong's accounts were frozen after his apprehension", "contradicted"],
    // Chinese: lying, denied
    ["宋没有说谎", "contradicted"],
    // financial pressure said of all three
    ["all of them were under financial pressure", "supported"],
    // "under pressure" is no coercion unless someone applied it
    ["zhong's failed venture put him under a lot of pressure", "supported"],
    // identified by surname only
    ["the article refers to the suspects only by their family names", "supported"],
    // "it" after the agency is the agency, its reply to that case
    ["qi reached out to the agency and it never answered", "nei"],
    ["zhong wrote to the agency but it never got back to him", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds found while reviewing pair 125", () => {
  it.each([
    // a manner word the article says of all the suspects is not another case's deed swapped
    ["qi pledged allegiance voluntarily", "nei"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 127 and 129", () => {
  it.each([
    // a job presupposed ("his job") of a case the article calls unemployed
    ["song got the documents through his job", "contradicted"],
    ["song was sacked from his job", "nei"],
    // when the loss of political rights ran, against the prison term: not said
    ["qi's loss of political rights only began once he got out of jail", "nei"],
    ["qi lost political rights during his prison term", "nei"],
    // two things in the same week or month: a span the article never gives
    ["zhong was picked up the very same week he wrote to the agency", "nei"],
    // a debt, an amount of money, where a job was sought: not said
    ["钟欠了一大笔债", "nei"],
    ["齐从境外机构收了三万元", "nei"],
    ["song hunted for jobs online without luck", "nei"],
    // a project he was never involved in, against one he had worked on
    ["Zhong leaked details of a project he was never involved with", "contradicted"],
    ["Zhong revealed a project he was involved in before", "supported"],
    // another law named as the one the article cites
    ["The sentencing ranges come from the Anti-Espionage Act", "contradicted"],
    ["the MSS cited the National Security Law", "contradicted"],
    ["the ranges come from china's counter-espionage law", "supported"],
    // a gap between the term and the rights ban, said in Chinese
    ["齐的刑期比剥夺政治权利多15个月", "supported"],
    ["qi's prison term exceeds his rights ban by 12 months", "contradicted"],
    // money lost on a failed business is the venture that failed
    ["zhong and qi both lost money on a failed business or investments", "supported"],
    // a case, then the one the article's word describes
    ["qi is the jobless one", "contradicted"],
    ["song is the one the article calls unemployed", "supported"],
    // another case's employer, word for word
    ["qi worked for a subsidiary of a classified unit", "contradicted"],
    // coerced, against a pledge the article calls voluntary
    ["Song pledged allegiance under pressure from his handlers", "contradicted"],
    // a deed of his, but not the offence the article names
    ["Qi was jailed for pledging allegiance", "nei"],
    // money from the agencies: the suspects' motive, so each one's
    ["qi wanted money from the foreign spies", "supported"],
    // made up, said of himself: a false claim
    ["zhong made it up that he led the unit", "supported"],
    ["the guy whose accounts were frozen is the one who said he was a unit leader", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 131", () => {
  it.each([
    // months past a number of years is the term they make
    ["qi got three months past the two year mark", "supported"],
    ["qi got four months past the two year mark", "contradicted"],
    // "找工作没找到" is failing to find a job, no denial of the rest
    ["宋找工作没找到就想靠卖情报赚钱", "supported"],
    // the base range is the ordinary one
    ["the core range under the law tops out at 10 years", "supported"],
    // cases counted, whatever the verb
    ["just two cases were disclosed", "contradicted"],
    // the right day, another body
    ["the police announced these cases on Monday", "contradicted"],
    ["公安部周一通报了这些案件", "contradicted"],
    // "the only X one": an "only" claim, and Zhong's present job is unsaid
    ["song was the only jobless one", "nei"],
    // the agency as the doer is no deed of the suspects
    ["The foreign agency offered to pay Zhong", "nei"],
    // "one of them", without "only", is one at least
    ["one of them reached the agency through its website", "supported"],
    ["only one of them reached the agency through its website", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds found in CI this session", () => {
  it.each([
    // a "when" clause, then a main clause with no comma between: a statement, whatever hedge follows it
    ["when zhong contacted the agency he was looking for collaboration, if i'm not mistaken", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 135 and 137", () => {
  it.each([
    // ages and decades are details the article never gives, even of all three
    ["all three were men in their 30s", "nei"],
    ["the suspects were all caught back in the 2010s", "nei"],
    // telling the truth about a role denies the false claim, of each case named
    ["Song and Zhong both told the truth about their identities", "contradicted"],
    ["zhong didn't tell the truth about his position", "supported"],
    // a term, and a wrong figure it is said to come to
    ["qi's prison term was 2 years 3 months, so 33 months", "contradicted"],
    ["qi's prison term was 2 years 3 months, so 27 months", "supported"],
    // "the one whose … did not …": the case it is false of
    ["Song is the one whose materials didn't contain any state secrets", "supported"],
    ["Qi is the one whose materials had no state secrets", "contradicted"],
    // a concession after the claim: that the case had none
    ["song still broke the law, even without any state secrets", "supported"],
    ["qi broke the law, even without state secrets", "contradicted"],
    // not being approached is reaching out of their own accord
    ["the suspects contacted the agencies rather than being recruited", "supported"],
    ["Song actively contacted the agency", "supported"],
    // a gap said last, after "between … and …" or "minus"
    ["the difference between qi's jail term and five years is 33 months", "supported"],
    ["10 years minus qi's term comes to 90 months", "contradicted"],
    // "N cases involved X": N of the suspects did X
    ["two of the three cases involved a suspect lying about who he was", "supported"],
    ["one of the cases involved a suspect copying documents", "supported"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});
describe("claim kinds from the blind pair 139 and 141", () => {
  it.each([
    // a term the cited law allows: below its bottom, no; within it, yes
    ["offenders can get under 3 years", "contradicted"],
    ["under the law people can get 7 years", "supported"],
    ["一般情况下可判处三年以下有期徒刑", "contradicted"],
    // one value said equal to another is compared, not likened
    ["Qi's punishment was exactly the same as Song's", "contradicted"],
    // how often is a detail the article never gives
    ["song reached out to the agency more than once", "nei"],
    // "genuinely" is "really", not "genuine secrets"
    ["Song was genuinely a researcher at the institution", "contradicted"],
    // public information is not what Qi copied
    ["Qi only copied public documents", "contradicted"],
    ["yeah right, qi's stuff was totally harmless public info /s", "supported"],
    // caught before meeting them, in Chinese
    ["钟某在和境外人员见面之前就被捕了", "supported"],
    // the asker's own lead-in and hedge
    ["just checking what I remember: qi got 27 months", "supported"],
    ["my understanding is that song got administrative penalties", "supported"],
    // a deed with "anything" after "before he" never happened, as with "before he could"
    ["zhong got arrested before he met any agents", "supported"],
    ["qi was arrested before he handed over anything", "contradicted"],
    // "totals" is a total
    ["qi's jail time plus the rights ban totals 39 months", "supported"],
    ["qi's jail time plus the rights ban totals 3 years", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("claim kinds from the blind pair 145", () => {
  it.each([
    // an announcement is a clause of its own, so a wrong day in it is not lost behind the other clause
    ["The MSS announced the cases on Tuesday, and Qi got 27 months", "contradicted"],
    ["the ministry reported the cases on monday and song got admin penalties", "supported"],
    // one attribute's words threaded through another's make no deed the article gives
    ["Zhong gave the foreign agency his bank account details", "nei"],
    ["song downloaded public stuff and pretended to be a researcher", "supported"],
    // materials "from his own job" say he had one
    ["song used classified materials from his own job", "contradicted"],
    ["Song tried to sell classified materials he stole from his employer", "contradicted"],
    // a job left is not a job held
    ["song was fired from his job at the research institution", "nei"],
    // the subject set first and taken up by a pronoun
    ["the zhong guy, he got his accounts frozen after his business failed", "supported"],
    ["qi, he got 27 months", "supported"],
    // taking the initiative, reaching out oneself: what "actively reached out" says
    ["The suspects took the initiative and reached out to the agencies themselves.", "supported"],
    ["Zhong reached out himself", "supported"],
    // "it's classified" is secrecy claimed, as "it was classified" is
    ["Song pretended it's classified", "supported"],
    // rights "were taken": the lost rights, not the prison term
    ["qi's rights were taken for one year", "supported"],
    ["qi's rights were taken for 2 years", "contradicted"],
  ] as const)("%s is %s", (claim, expected) => {
    expect(verdict(claim)).toBe(expected);
  });
});

describe("a sentence that only closes the poster's summary", () => {
  it.each(["that's the story", "that's about it", "thats all"])("%s is nothing to check", (text) => {
    expect(core().engine.check(text).kind).toBe("none");
  });
  it("leaves the claim before it as the only one", () => {
    const r = core().engine.check("qi got 27 months. that's the story");
    expect(r.kind === "claims" ? r.checks.map((c) => c.verdict) : r.kind).toEqual(["supported"]);
  });
});
