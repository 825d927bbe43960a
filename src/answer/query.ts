// What a question reads into. Everything after `read` works on this, never on
// the words.
import type { ReadAttribute } from "../data/casebase.js";
import type { DateParts } from "../text/dates.js";

export const KINDS = [
  "greeting", "offtopic", "silent", "arithmetic", "next", "compare", "common", "count", "yesno", "which", "meta", "overview", "value",
] as const;
export type Kind = (typeof KINDS)[number];

export type Op = ">" | ">=" | "<" | "<=" | "=" | "~";

/** A duration: so many months, or a point of the cited ranges scaled ("half the minimum"). */
/** so many months, or a point of the cited range: its bottom, top or midpoint, scaled */
export type Amount = { months: number } | { ref: "min" | "max" | "mid"; factor: number };

/** What a yes/no question (or a claim, or a which-question) asserts of a case. */
export type Predicate =
  /** `upTo`: a span written out ("between 2 and 3 years"), the term at least `amount` and at most this many months */
  | { type: "term"; on: "penalty" | "rights"; op: Op; amount: Amount; upTo?: number }
  | { type: "jailed" }
  /** life imprisonment, or (`on: "rights"`) political rights lost for life */
  /** life imprisonment; `below`: a term less than life ("qi got less than life") */
  | { type: "life"; on?: "rights"; below?: true }
  | { type: "sentenced" }
  | { type: "punished" }
  /** `withJail`: the prison term is asked about too ("a fine on top of jail"), so it is restated beside the fine */
  | { type: "fined"; withJail?: true; alone?: true }
  /** administrative penalties rather than prison */
  | { type: "administrative" }
  | { type: "arrested" }
  /** `still`: at the time of the deeds ("still working there"), which a former employee was not */
  /** `former`: a job said to be in the past ("used to work at", "had once worked"), which an unemployed man may have had */
  /** `stems`: the words said with it, the employer among them ("worked for a subsidiary"), which must fit the case too */
  | { type: "employed"; now: boolean; still?: boolean; former?: boolean; stems?: string[]; either?: [string, string] }
  | { type: "unemployed" }
  /** a man or a woman ("were all three men?", "qi is a woman") */
  | { type: "sex"; value: "male" | "female" }
  | { type: "secrets" }
  /** broke the law, in any way the article says: illegal activities, a crime sentenced, a law violated */
  | { type: "unlawful" }
  | { type: "website" }
  | { type: "range"; where: "within" | "below" | "above" }
  /** one case's two terms against each other: the prison term `op` `factor` times the years without political rights */
  | { type: "terms"; op: ">" | "<" | "="; factor: number }
  /** `also`: "too", "as well": said in addition to what the article says of another case, not instead of it */
  /** `either`: two of the stems joined by "or" or a slash ("a business or investment", "units/projects"): a case fits by one of them */
  | { type: "words"; on: ReadAttribute | null; stems: string[]; before?: boolean; also?: boolean; active?: boolean; either?: [string, string] }
  | { type: "said"; on: ReadAttribute };

export type Arithmetic =
  /** `of`: a point of the cited range converted, not a case's term ("how many months is the 5 year minimum") */
  /** `beside`: a point of the range set beside the term, in the same unit ("qi's time in months vs the 5-year minimum") */
  | { op: "in-units"; unit: "months" | "years" | "weeks" | "days"; of?: Amount; beside?: Amount }
  /** how far the term (or, `of` rights, the years without political rights) is from a target */
  /** `said`: a gap the words state, `sign` +1 when they put the case's term above the target by it, -1 below */
  | { op: "to"; target: Amount; of?: "rights"; said?: number; sign?: 1 | -1 }
  /** the term as a share of a target ("as a percent of the minimum") */
  | { op: "share"; target: Amount; times?: boolean }
  /** prison and lost rights added up, and held against a target where one is named ("still below the minimum?") */
  /** `gap`: how far the total is from the target is what is asked ("how much longer is the top than …") */
  | { op: "sum-rights"; against?: Amount; decimal?: boolean; gap?: true }
  /** the prison term against the years without political rights: how much longer, how many times */
  | { op: "diff-rights" }
  | { op: "ratio-rights" }
  /** the term scaled as a hypothetical says ("if qi's sentence were doubled"), held against a target where one is named */
  | { op: "scaled"; factor: number; against?: Amount; within?: true }
  /** how wide the cited range is: its top less its bottom */
  | { op: "width" }
  /** how many times its bottom the cited range's top is */
  /** `said`: the multiple the words state, of the end named `first` against the other ("the top is twice the bottom") */
  | { op: "range-ratio"; said?: number; first?: "max" | "min" }
  /** the prison term added to a point of the cited range ("add the law's minimum and qi's term together") */
  | { op: "plus"; target: Amount };

export interface Query {
  kind: Kind;
  /** case ids, named or described, in the order the question gives them */
  cases: string[];
  /** how the cases were found */
  via: "named" | "described" | "none";
  /** "all", "any", "none", "only one", or a plain question */
  quantifier: "all" | "any" | "none" | "one" | null;
  attribute: ReadAttribute | null;
  predicate: Predicate | null;
  /** "not": the question or claim negates its predicate */
  negated: boolean;
  /** the content stems a negation reaches ("had no financial difficulties, just greed": financial, difficulties) */
  denied: string[];
  /** "more or less than half the minimum": two directions offered, answered with the one that holds */
  choice: boolean;
  /** "did qi avoid prison?": a verb that denies its object, so a yes/no question's answer is the opposite of the object's */
  avoided: boolean;
  arithmetic: Arithmetic | null;
  /** a term written in the question that is itself the subject ("is 2 years 3 months more than...") */
  subjectTerm: number | null;
  /** a detail the article never gives, by lexicon id */
  silent: string | null;
  /** words describing one case instead of naming it ("the one whose venture failed"), as stems */
  description: string[] | null;
  /** the question's own content words, as stems (names and function words left out) */
  words: string[];
  /** surnames in the question that are no case of the article */
  others: string[];
  /** two cases could be meant by one misspelt word */
  ambiguous: string[];
  /** content words the article and the case base never use: details a claim adds */
  unfamiliar: string[];
  /** of those, the ones said to belong to a case ("Qi's car", "Song's wife") */
  possessed: string[];
  /** "before he could ...": what follows did not happen */
  before: boolean;
  /** with "before": the words ahead of it, which the claim does assert ("met the agents before he was caught") */
  asserted: string[];
  /** "he", "his": a case named earlier in the same message */
  pronoun: boolean;
  /** "the harshest punishment", "the lightest": the case at the top (or, with `lesser`, the bottom) of all */
  superlative: boolean;
  /** a comparison pointing down ("lighter than") */
  lesser: boolean;
  /** a range of years written out ("10 to 15 years"), in months */
  span: { min: number; max: number } | null;
  /** a count the text asserts ("two of them"), not a duration */
  count: number | null;
  /** the count is a floor ("at least two") */
  atLeast: boolean;
  /** the words after "was a", "worked as a": what the text says a case was ("a researcher"), unstemmed */
  identity: string[];
  /** who the sentence's subject is: a case ("Zhong asked the agency…") or the agency ("the agency pledged allegiance to Qi") */
  agent: "case" | "agency" | null;
  /** the subject is the one something was done to ("was approached by a spy", "被策反"), not the doer */
  passive: boolean;
  /** "what happens if you pledge allegiance to a foreign agency": the deed supposed, told of a case as "he", whose consequence is
   * asked: the penalty for it ("what's the sentence for …"), what happens, or whether one can get in trouble for it */
  supposed?: { deed: string; asks: "penalty" | "outcome" | "yesno" };
  /** "was expecting to meet", "planned to", "about to": a deed meant, not done, so what the article says never happened does not deny it */
  intended?: true;
  /** "names only", "just the name": the list asked for bare, without what the article says of the cases left out */
  namesOnly?: true;
  /** "why did qi take the originals home": a reason asked; of a deed, its purpose and the motive behind it both answer */
  why?: true;
  /** "how did zhong try to ease his money problems": what was done for the motive, asked with it */
  means?: true;
  /** "the one whose stuff had secrets in it": the description as written, to be checked of each case when no single case fits its words */
  describedAs?: string;
  /** "qi only photographed the materials": a deed said to be the only one done */
  onlyDeed?: true;
  /** "the cases were only handled in Beijing": a restriction, on a topic the article is silent on, that its nearest words rule out */
  restricted?: true;
  /** "what did zhong do after the agency asked about the unit": the event, as stems, after which the case's next deed is asked */
  after?: string[];
  /** "who said these cases were handled …": who tells it is asked, whatever it tells */
  toldBy?: true;
  /** "frozen by state security": the doer a passive names, as stems; a statement that names no such doer does not bear it out */
  byAgent?: string[];
  /** "sold the secrets to a foreign company": to whom, as stems; a case the article never says passed anything to such a one is not borne out */
  recipient?: string[];
  /** "life is mandatory", "everyone who … gets": a certainty the article's "can face" and "may be" do not give */
  mandatory: boolean;
  /** "who got prison and who didn't", "which had secrets and which didn't": both sides of a which-question asked for */
  bothWays?: true;
  /** "whose sentence isn't mentioned", "which case doesn't say what he got": the cases the article is silent on, asked for */
  unsaid?: true;
  /** "how many suspects in total did they handle nationwide": all the suspects handled, which the article leaves at "several" */
  overall?: true;
  /** "what's the minimum", "the max sentence under that law": one end of the cited range asked for by itself */
  point?: "min" | "max";
  /** "the normal range", "ordinary cases": the standard range only, not the especially severe one */
  ordinary: boolean;
  /** "especially severe cases get 5 to 10 years": the severe band as the subject of a written range */
  severeGetsSpan: boolean;
  /** "the same way", "the same outcome": whether the cases share one value of the attribute */
  same: boolean;
  /**
   * a news outlet named: the article's own publisher ("China Daily ran this"), another ("it's from Xinhua"),
   * another said to have run it too or first ("Xinhua broke this first"), or the publisher asked about ("who published this")
   */
  outlet: "ours" | "other" | "elsewhere" | "asked" | null;
  /** "the article never names the agencies": a claim about what the article gives, so a silent topic settles it */
  coverage: boolean;
  /** a date given for the article's publication ("it came out in December 2024"), as far as the text gives it */
  publishedOn: DateParts | null;
  /** a body named as the revealer that is not the one the article names ("a court announced these cases") */
  authority: boolean;
  /** "does the law only cover stealing": a restriction to what the words name */
  only: boolean;
  /** "stole classified documents", "leaked secret files": materials taken or passed on, said to be secret */
  secretTaken: boolean;
  /** "is reported to", "as far as the article says": about what the article reports, so a case it is silent on does not count */
  reported: boolean;
  /** "was song's punishment criminal like qi's": a case named only to be likened to (its id, where the words show which), not asked about in its own right */
  likened?: string | true;
  /** "unlike qi's", "not like song": the case named is set against, not likened, so no shared value is claimed */
  contrasted?: true;
  /** greetings and thanks around the question; they shape nothing but the tone */
  wrapped: boolean;
  /** asked for a yes or no, whatever kind it reads into ("was song punished more harshly than qi?" compares) */
  polar: boolean;
  /** a yes/no question whose predicate is itself negative, "did zhong never meet them?": yes means the negative holds */
  asksNegative?: true;
}
