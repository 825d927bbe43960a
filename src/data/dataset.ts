import type { FactRecord, Penalty, Provision, Publication, Topic } from "./schema.js";
import type { AttrKey, CaseAttributes, Lexicon } from "./casebase.js";

/** A fact as the engine uses it: the record plus where it sits. */
export interface Fact extends FactRecord {
  /** the case it belongs to, or null for article-level facts */
  caseId: string | null;
  /** index into Article.paragraphs of the paragraph holding the quote */
  paragraph: number;
}

export interface Spelling {
  spelling: string;
  system: string;
}

export interface Case {
  id: string;
  surname: string;
  order: number;
  spellings: Spelling[];
  summary: string;
  outcome: { kind: "apprehended" | "sentenced" | "administrative"; fact: Fact };
  penalty:
    | { kind: "prison"; years: number; months: number; fact: Fact }
    | { kind: "administrative" | "not-reported"; fact: Fact };
  politicalRights: { years: number; fact: Fact } | null;
  charge: Fact | null;
  facts: Fact[];
}

export interface Article {
  id: string;
  title: string;
  text: string;
  /** the article split on line breaks; paragraphs[0] is the headline */
  paragraphs: string[];
  disclosedBy: string;
  disclosedByShort: string;
  /** the country the body belongs to, in the words a claim may say with its name */
  disclosedIn?: string[];
  disclosedWhen: string;
  date: string | null;
  /** from the publication, not the article's text: publisher, author, date, URL, the day the cases were revealed */
  publication: Publication;
  facts: Fact[];
}

export interface Law {
  name: string;
  citedBy: string;
  provisions: Array<Omit<Provision, "quote"> & { quote: string; fact: Fact }>;
}

export interface Dataset {
  /** short content hash of every data file, reported by /about and /healthz */
  version: string;
  article: Article;
  cases: Case[];
  law: Law;
  /** every fact: article-level, then each case's, then the law's */
  facts: Fact[];
  factById: Map<string, Fact>;
  caseById: Map<string, Case>;
  /** the typed case base: every case's attributes, by case id */
  attributes: Map<string, CaseAttributes>;
  /** each case's attributes in the order the article says they happened (groups: no order between them) */
  sequence: Map<string, AttrKey[][]>;
  /** attributes the article tells in full: a case it gives none of is no case that has one */
  toldInFull: Set<AttrKey>;
  /** the article's own vocabulary: what words point at which attribute, what it never says */
  lexicon: Lexicon;
}

export type { Topic, Penalty, Publication };
