// The typed case base: what the article says about each case, one attribute at
// a time, each value with the facts (quotes) it rests on, or a note that the
// article is silent. Also the article's own vocabulary (lexicon.json), so the
// code that reads questions holds no word of this article.
import { readFileSync } from "node:fs";
import path from "node:path";
import { stemmer } from "stemmer";
import { z } from "zod";
import type { Fact } from "./dataset.js";
import { describeIssue } from "./errors.js";

const text = z.string().trim().min(1, "is empty");
const factIds = z.array(z.string()).default([]);

/** An attribute the article gives (value + our one-sentence statement) or is silent on (a note saying so). */
const attr = <V extends z.ZodType>(value: V) =>
  z.discriminatedUnion("said", [
    z.strictObject({ said: z.literal(true), value, statement: text, facts: factIds.refine((a) => a.length > 0, "needs at least one fact") }),
    z.strictObject({ said: z.literal(false), note: text, facts: factIds }),
  ]);

export const EMPLOYMENT = ["former-employee", "employee", "unemployed"] as const;
export const OUTCOMES = ["apprehended", "sentenced", "administrative"] as const;
export const SEXES = ["male", "female"] as const;

const CaseAttributesSchema = z.strictObject({
  employment: attr(z.enum(EMPLOYMENT)),
  moneyTrouble: attr(text),
  contact: attr(z.strictObject({ channel: z.enum(["official-website", "other"]), with: text })),
  falseClaim: attr(text),
  actions: attr(z.array(text).min(1)),
  secrets: attr(z.boolean()),
  /** whether the article says the case acted against the law (illegal activities, a crime sentenced, a law violated) */
  unlawful: attr(z.boolean()),
  agency: attr(text),
  outcome: attr(z.enum(OUTCOMES)),
  penalty: attr(
    z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("prison"), months: z.number().int().min(1) }),
      /** `fine`: whether the article says the penalties included a fine; left out where it does not say */
      z.strictObject({ kind: z.literal("administrative"), fine: z.boolean().optional() }),
    ]),
  ),
  rights: attr(z.strictObject({ months: z.number().int().min(1) })),
  offence: attr(text),
  law: attr(text),
  /** what the article says did not happen ("apprehended him before he could meet ..."), in words to match */
  notDone: attr(z.array(text).min(1)),
  /** a man or a woman, as the article's words show it ("an unemployed man", "he"); an article may leave it out */
  sex: attr(z.enum(SEXES)).default({ said: false, note: "The article does not say whether this suspect is a man or a woman.", facts: [] }),
});

const AttrKeySchema = z.enum(Object.keys(CaseAttributesSchema.shape) as [keyof typeof CaseAttributesSchema.shape, ...Array<keyof typeof CaseAttributesSchema.shape>]);

export const AttributesFileSchema = z.strictObject({
  article: z.string(),
  cases: z.record(z.string(), CaseAttributesSchema),
  /**
   * For each case, its attributes in the order the article says they happened,
   * a group for those it gives no order between: what "X after Y" is checked on.
   * An attribute left out has no place in time the article gives.
   */
  sequence: z.record(z.string(), z.array(z.array(AttrKeySchema).min(1))).default({}),
  /**
   * Attributes the article tells in full wherever it tells them: a case it gives
   * none of is no case that has one ("who pretended to be a researcher" leaves
   * out a case with no false claim told), though not one shown to lack it.
   */
  toldInFull: z.array(AttrKeySchema).default([]),
});

const regex = z.string().refine((s) => {
  try {
    new RegExp(s, "u");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

const Cue = z.strictObject({ words: z.array(text).default([]), phrases: z.array(regex).default([]), zh: z.array(text).default([]) });

export const READ_ATTRIBUTES = [
  "penalty", "outcome", "moneyTrouble", "contact", "falseClaim", "actions", "secrets", "employment", "agency",
  "rights", "offence", "law", "sex", "lawRange", "lawSevere", "lawConduct", "source", "title", "date", "overview", "cases",
] as const;
/** What a question can be about: a case attribute, the cited law, or the article itself. */
export type ReadAttribute = (typeof READ_ATTRIBUTES)[number];

export const LexiconSchema = z.strictObject({
  article: z.string(),
  names: z.record(z.string(), z.strictObject({ han: z.array(text) })),
  // every attribute's cues; an article's lexicon may leave out the ones its questions never need (an empty entry)
  attributes: z.strictObject(Object.fromEntries(READ_ATTRIBUTES.map((k) => [k, Cue.default({ words: [], phrases: [], zh: [] })])) as Record<ReadAttribute, z.ZodDefault<typeof Cue>>),
  // `near`: the facts of the nearest thing the article does say, given after the refusal
  silent: z.array(z.strictObject({ id: z.string(), patterns: z.array(regex).min(1), zh: z.array(text).default([]), says: text, near: z.array(z.string()).default([]),
    // the nearest facts settle it: a claim that the article says it is false ("the article says the maximum is death": it gives life)
    nearSettles: z.boolean().default(false),
    // a restriction the nearest facts rule out: "the cases were only handled in Beijing" against "organs across China"
    restrictionDenied: z.array(regex).default([]),
    // what the refusal is about, whatever the words would score ("how did they uncover what zhong was doing": how it ended, not his deeds)
    about: z.enum(READ_ATTRIBUTES).optional(),
    // of a case whose value of one of these the article gives, the detail is ruled out, not unsaid ("qi was sentenced to death")
    excludedBy: z.array(z.enum(Object.keys(CaseAttributesSchema.shape) as [keyof typeof CaseAttributesSchema.shape, ...Array<keyof typeof CaseAttributesSchema.shape>])).default([]) })),
  synonyms: z.record(z.string(), z.array(text)),
  /** Chinese words and the English word they are matched as ("领导": "leader") */
  zh: z.record(z.string(), text).default({}),
  /** a word of a claim and the article's words it cannot stand beside ("acquitted": "sentenced") */
  antonyms: z.record(z.string(), z.array(text)).default({}),
  /**
   * Idioms read as the article's plain words before anything else is read
   * ("went south": failed; "couldn't land a job": failed to secure a job), so
   * a phrase's negation or slang does not flip or hide what it says. An
   * idiom read as nothing ("described as") is phrasing only.
   */
  idioms: z.array(z.strictObject({ pattern: regex, as: z.string() })).default([]),
  /**
   * Verbs of what the article says the suspects did as a group ("attempted to
   * sell", "reached out to offer"): a deed in these words, said of the group,
   * holds of each case ("qi tried to sell secrets to foreigners").
   */
  groupDeeds: z.array(text).default([]),
  /** news outlets other than the article's publisher: "this is from Xinhua" names another */
  outlets: z.array(text).default([]),
  /** bodies other than the one the article says revealed the cases ("a court", "公安部") */
  authorities: z.array(text).default([]),
  /**
   * English words one letter from a word of this lexicon that are words of
   * their own ("boring", "treason", "nearly"): never read as a typo of it.
   * Written by `npm run data:ordinary` from a dictionary.
   */
  ordinary: z.array(text).default([]),
});

type CaseAttributesRecord = z.infer<typeof CaseAttributesSchema>;
export type AttrKey = keyof CaseAttributesRecord;
export type Lexicon = z.infer<typeof LexiconSchema>;

type Linked<A> = A extends { said: true; value: infer V; statement: string }
  ? { said: true; value: V; statement: string; facts: Fact[] }
  : { said: false; note: string; facts: Fact[] };

/** Every attribute of one case, facts linked. */
export type CaseAttributes = { [K in AttrKey]: Linked<CaseAttributesRecord[K]> };
export type Attribute<K extends AttrKey> = CaseAttributes[K];
export type AttrValue<K extends AttrKey> = Extract<CaseAttributes[K], { said: true }>["value"];

export const ATTRIBUTE_FILES = { attributes: "attributes.json", lexicon: "lexicon.json" } as const;

function readJsonFile(dir: string, file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  } catch (err) {
    problems.push(`${path.join(dir, file)}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : (err as Error).message}`);
    return undefined;
  }
}

/**
 * Reads attributes.json and lexicon.json beside the other data files and links
 * every fact id; problems are pushed, so data:check lists them all.
 */
export function loadCaseBase(
  dir: string,
  caseIds: readonly string[],
  factById: ReadonlyMap<string, Fact>,
  problems: string[],
): { attributes: Map<string, CaseAttributes>; lexicon: Lexicon; sequence: Map<string, AttrKey[][]>; toldInFull: Set<AttrKey> } | undefined {
  const attrName = path.join(path.basename(dir), ATTRIBUTE_FILES.attributes);
  const lexName = path.join(path.basename(dir), ATTRIBUTE_FILES.lexicon);
  const rawAttr = readJsonFile(dir, ATTRIBUTE_FILES.attributes, problems);
  const rawLex = readJsonFile(dir, ATTRIBUTE_FILES.lexicon, problems);
  // parsed once, without zod's compiled fast path (see PARSE_ONCE in load.ts)
  const a = rawAttr === undefined ? undefined : AttributesFileSchema.safeParse(rawAttr, { jitless: true });
  const l = rawLex === undefined ? undefined : LexiconSchema.safeParse(rawLex, { jitless: true });
  if (a && !a.success) for (const i of a.error.issues) problems.push(describeIssue(attrName, i));
  if (l && !l.success) for (const i of l.error.issues) problems.push(describeIssue(lexName, i));
  if (!a?.success || !l?.success) return undefined;

  l.data.silent.forEach((topic, i) => {
    for (const fid of topic.near) if (!factById.has(fid)) problems.push(`${lexName}: silent[${i}].near refers to unknown fact "${fid}"`);
    if (topic.restrictionDenied.length && !topic.near.length) problems.push(`${lexName}: silent[${i}].restrictionDenied needs the facts that deny it in silent[${i}].near`);
  });
  const attributes = new Map<string, CaseAttributes>();
  for (const id of caseIds) {
    const rec = a.data.cases[id];
    if (!rec) {
      problems.push(`${attrName}: cases.${id} is missing (every case needs its attributes)`);
      continue;
    }
    const linked: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rec)) {
      const facts = value.facts.map((fid) => {
        const f = factById.get(fid);
        if (!f) problems.push(`${attrName}: cases.${id}.${key}.facts refers to unknown fact "${fid}"`);
        return f;
      });
      linked[key] = { ...value, facts: facts.filter((f): f is Fact => f !== undefined) };
    }
    attributes.set(id, linked as CaseAttributes);
  }
  for (const id of Object.keys(a.data.cases)) {
    if (!caseIds.includes(id)) problems.push(`${attrName}: cases.${id} is not a case in cases.json`);
  }
  for (const id of Object.keys(l.data.names)) {
    if (!caseIds.includes(id)) problems.push(`${lexName}: names.${id} is not a case in cases.json`);
  }
  // an antonym the case base itself uses (by stem: "lawful" is "law") would make it contradict itself
  const said = new Set(
    [...attributes.values()].flatMap((c) => Object.values(c).flatMap((v) => (v.said ? (v.statement.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stemmer(w)) : []))),
  );
  for (const word of Object.keys(l.data.antonyms)) {
    if (said.has(stemmer(word.toLowerCase()))) problems.push(`${lexName}: antonyms.${word} reads as a word the case base itself uses ("${stemmer(word.toLowerCase())}")`);
  }
  // the reader keys synonyms by stem, so two keys of one stem would silently drop one's words
  for (const field of ["synonyms", "antonyms"] as const) {
    const byStem = new Map<string, string>();
    for (const word of Object.keys(l.data[field])) {
      const s = stemmer(word.toLowerCase());
      const first = byStem.get(s);
      if (first !== undefined) problems.push(`${lexName}: ${field}.${word} is the same word as ${field}.${first} ("${s}"); merge them`);
      else byStem.set(s, word);
    }
  }
  for (const id of Object.keys(a.data.sequence)) {
    if (!caseIds.includes(id)) problems.push(`${attrName}: sequence.${id} is not a case in cases.json`);
  }
  return { attributes, lexicon: l.data, sequence: new Map(Object.entries(a.data.sequence)), toldInFull: new Set(a.data.toldInFull) };
}
