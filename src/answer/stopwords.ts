import { stem } from "./read/stem.js";

// Words that carry no topic: dropped before fact search. Also the ordinary
// English words that must never be read as a misspelt surname ("some" is one
// letter from "Song", "chin" one from "Chi").
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so of to in on at by for with from into onto about over under after before
  as than that this these those there here it its it's he him his she her hers they them em their theirs we us wording verbatim
  our you your i me my mine be been being am is are was were do does did doing done have has had having can among amongst
  could would should will shall may might must not no yes any some all each every both either neither one
  ones two what which who whom whose why how when where whether please tell me explain describe know said say
  says just only also very really quite much many more most less least such own same other another up down
  out off again further once ever even still yet too already get got gotten getting give gave thing things something
  anything nothing someone anyone everyone somebody anybody everybody person people man men guy suspect suspects case cases story
  article report news piece writeup question none nor guys dudes folks mr mrs ms sir okay ok lol pls plz wait hmm hm bruh omg wtf smh idk fam yall ong istg deadass lowkey fr
  else through via count tally whats whos hows wheres whys thats theres heres its im ive id dont doesnt didnt isnt wasnt werent arent
  cant couldnt wouldnt shouldnt hasnt havent hadnt wont u ur r y thru tho though although whereas cuz coz becuz bcuz bcoz bc pls kinda sorta like unlike right true correct accurate eh huh yeah yea yep yup innit yo bro dude wise common anymore`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Common English words beyond the stopwords: known words, never read as names, typos or words the article never uses ("want", which idioms produce). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `some song sing sang sung soon son sons long lung king kong chin chip chi chai shin shine thing think
  zone zones song's sting among along strong wrong young among sign sigh high chat chit chill chili
  jungle junk june jump sunk sunny sure chunk church chum chump chung's zing zinc qua quit quiz quick
  soap soup soul sour sound sort soft solo some same sane sank sunk sung sue sum seen seem said
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
  heaviest harshest worst longest shortest biggest severest toughest lightest mildest most least different
  want wants wanted wanting`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Languages and nationalities: capitalised in English, yet no one's name. Read
 * as ordinary words, so "my mom doesn't read English well" asks the same with
 * or without its capitals.
 */
export const PEOPLES_WORDS: ReadonlySet<string> = new Set(
  `english mandarin cantonese chinese french german spanish russian japanese korean italian arabic hindi
  american americans british european europeans asian asians western westerners foreign foreigners`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Plain English verbs and hedges that carry no detail of their own ("wanted
 * to", "hit up", "turned to", "ended up"): a claim that uses them states
 * nothing the article could be silent on. Nouns are never here.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  `want wants wanted wanting hope hoped hoping expect expects expected expecting look looked looking turn turned turning hit hits land landed
  reach reached reaching go went goes going come came coming make made making put puts keep kept seem seemed
  decide decided try tried trying attempt attempted attempting plan planned planning mean meant use used hold holds held holding
  bother bothered end ended wind wound manage managed start started begin began basically apparently
  individual separate distinct walk walks cover covers covered discuss discusses discussed related relate relates connected linked concerned concerning himself herself themselves themself ourselves yourself directly avoid avoided avoiding happen happened happens occur occurred occurs long longer lower higher clarify confirm talk talked talking mention mentioned speak spoke within between inside outside beyond exceed exceeds exceeded told tell tells telling ton tons bunch heaps pick picked picking roughly approximately around nearly almost mark total totally literally actually clearly simply personally lmao lmfao lol fr ngl tbh imo btw heyy hey hi yo also too away anywhere whatsoever against single exception exceptions different sounds sound seems looks specific specifically particular shows show showed need needs needed tied somewhere per refuse refused refusing refuses declined declining rejected rejecting
  act acts acted acting`
    .split(/\s+/u)
    .filter(Boolean),
);

/** The same plain verbs as the stems a query's words are. */
export const LIGHT_STEMS: ReadonlySet<string> = new Set([...LIGHT_WORDS].map((w) => stem(w)));

/** The plain English words of having a job, which name no employer ("worked", "a job"; not "subsidiary"). */
export const JOB_STEMS: ReadonlySet<string> = new Set(
  `job jobs work worked working works employ employed employee employment hired staff position role career occupation`.split(/\s+/u).map((w) => stem(w)),
);
/** the plain words of holding a job ("worked on", "was employed") */
export const HELD_JOB_STEMS: ReadonlySet<string> = new Set(["work", "worked", "working", "employed", "employee"].map((w) => stem(w)));
/** the words of a criminal case in court ("convicted", "charged with a crime"): no administrative penalty is one */
export const CRIMINAL_PROCESS_STEMS: ReadonlySet<string> = new Set(["convict", "convicted", "conviction", "charge", "charged", "crime", "crimes", "criminal", "prosecute", "prosecuted", "prosecution", "guilty", "accused", "trial", "tried", "court"].map((w) => stem(w)));
/** The stopwords as stems, to hold against a statement's stems. */
export const STOP_STEMS: ReadonlySet<string> = new Set([...STOPWORDS].map((w) => stem(w)));
/** words that only place a job in time ("had previously worked", "an employee at the time"): no part of the employer */
export const PAST_STEMS: ReadonlySet<string> = new Set(["previously", "formerly", "once", "past", "before", "used", "time", "then", "moment", "currently", "current", "still"].map((w) => stem(w)));
/** a job said to have ended ("a former employee", "ex-", "quit") */
export const ENDED_JOB_STEMS: ReadonlySet<string> = new Set(["former", "ex", "quit", "resigned", "retired"].map((w) => stem(w)));
/** stems of seeking, losing or lacking a job, or of working with the agency, rather than holding one */
export const NOT_HELD_JOB = /^(?:unemploy|jobless|appl|fire|lost|seek|sought|search|hunt|interview|team|agenc|cooper|collabor|want|tri)/u;
