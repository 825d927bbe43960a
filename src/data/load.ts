import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { PROJECT_ROOT } from "../root.js";
import { squash } from "../text/normalize.js";
import type { Article, Case, Dataset, Fact, Law } from "./dataset.js";
import { DatasetError, describeIssue } from "./errors.js";
import { ATTRIBUTE_FILES, loadCaseBase } from "./casebase.js";
import { ArticleSchema, CasesFileSchema, LawFileSchema, type FactRecord } from "./schema.js";

export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, "data/");

export const DATA_FILES = { article: "article.json", cases: "cases.json", law: "law.json" } as const;

/** The label used in error messages: `data/cases.json` for the project's own data. */
function label(dir: string, file: string): string {
  const rel = path.relative(process.cwd(), path.join(dir, file));
  return rel.startsWith("..") ? path.join(dir, file) : rel;
}

function readJson(dir: string, file: string, problems: string[]): unknown {
  let raw: string;
  try {
    raw = readFileSync(path.join(dir, file), "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(`${label(dir, file)}: ${code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "unknown error"})`}`);
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    problems.push(`${label(dir, file)}: ${jsonErrorAt(raw, (err as Error).message)}`);
    return undefined;
  }
}

/**
 * A JSON syntax error with the line and column an editor shows, not V8's
 * character offset: "line 12, column 5: Expected ',' or '}' after property value".
 */
export function jsonErrorAt(raw: string, message: string): string {
  const what = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  const at = /position (\d+)/.exec(message);
  if (!at) return `is not valid JSON (${what})`;
  const offset = Math.min(Number(at[1]), raw.length);
  const before = raw.slice(0, offset).split("\n");
  return `is not valid JSON: line ${before.length}, column ${before.at(-1)!.length + 1}: ${what}`;
}

/**
 * Each data file is parsed once, at start-up: `jitless` skips zod's fast path,
 * which first compiles (new Function) a parser per object schema, a cost that
 * only pays off over many parses (about 30 ms and its garbage at start).
 */
const PARSE_ONCE = { jitless: true } as const;

function parse<S extends z.ZodType>(schema: S, value: unknown, name: string, problems: string[]): z.infer<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value, { ...PARSE_ONCE, reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(describeIssue(name, issue));
  return undefined;
}

/**
 * Reads, validates and links the dataset. Every problem found is collected, so
 * one run of `npm run data:check` lists them all; any problem throws.
 */
export function loadDataset(dir: string = DEFAULT_DATA_DIR): Dataset {
  const problems: string[] = [];
  const articleName = label(dir, DATA_FILES.article);
  const casesName = label(dir, DATA_FILES.cases);
  const lawName = label(dir, DATA_FILES.law);

  const articleRec = parse(ArticleSchema, readJson(dir, DATA_FILES.article, problems), articleName, problems);
  const casesRec = parse(CasesFileSchema, readJson(dir, DATA_FILES.cases, problems), casesName, problems);
  const lawRec = parse(LawFileSchema, readJson(dir, DATA_FILES.law, problems), lawName, problems);
  if (!articleRec || !casesRec || !lawRec) throw new DatasetError(problems);

  let text: string;
  try {
    text = readFileSync(path.join(dir, articleRec.file), "utf8");
  } catch {
    throw new DatasetError([`${articleName}: file names ${articleRec.file}, which cannot be read`]);
  }
  const paragraphs = text.split(/\r?\n/).map(squash).filter(Boolean);
  // the squashed article is the paragraphs joined by single spaces; starts[i] is where paragraph i begins
  const squashedText = paragraphs.join(" ");
  const starts: number[] = [];
  paragraphs.reduce((at, p) => (starts.push(at), at + p.length + 1), 0);
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const seen = new Map<string, string>();
  const facts: Fact[] = [];
  const link = (rec: FactRecord, caseId: string | null, name: string, where: string): Fact => {
    const earlier = seen.get(rec.id);
    if (earlier) problems.push(`${name}: ${where}.id "${rec.id}" duplicates ${earlier}`);
    else seen.set(rec.id, `${name}: ${where}`);
    const quote = squash(rec.quote);
    const at = squashedText.indexOf(quote);
    if (at < 0) problems.push(`${name}: ${where}.quote is not in the article`);
    const paragraph = at < 0 ? 0 : paragraphAt(at);
    const fact: Fact = { ...rec, quote, caseId, paragraph };
    facts.push(fact);
    return fact;
  };

  if (squash(paragraphs[0] ?? "") !== squash(articleRec.title)) {
    problems.push(`${articleName}: title does not match the first line of ${articleRec.file}`);
  }
  // the publication's date stands for words of the article; those words must be there
  if (!squashedText.includes(squash(articleRec.publication.casesRevealed.articleSays))) {
    problems.push(`${articleName}: publication.casesRevealed.articleSays is not in the article`);
  }
  const articleFacts = articleRec.facts.map((f, i) => link(f, null, articleName, `facts[${i}]`));

  const caseIds = new Set<string>();
  const cases: Case[] = casesRec.cases.map((c, ci) => {
    const where = `cases[${ci}]`;
    if (caseIds.has(c.id)) problems.push(`${casesName}: ${where}.id "${c.id}" duplicates another case`);
    caseIds.add(c.id);
    if (!new RegExp(`\\b${c.surname}\\b`).test(squashedText)) {
      problems.push(`${casesName}: ${where}.surname "${c.surname}" is not in the article`);
    }
    const own = c.facts.map((f, fi) => link(f, c.id, casesName, `${where}.facts[${fi}]`));
    const byId = new Map(own.map((f) => [f.id, f]));
    const ref = (factId: string, field: string): Fact => {
      const fact = byId.get(factId);
      if (!fact) problems.push(`${casesName}: ${where}.${field} refers to unknown fact "${factId}"`);
      return fact ?? own[0]!;
    };
    if (c.penalty.kind === "prison" && ref(c.penalty.fact, "penalty.fact").topic !== "sentence") {
      problems.push(`${casesName}: ${where}.penalty.fact must be a fact with topic "sentence" that quotes the prison term`);
    }
    return {
      id: c.id,
      surname: c.surname,
      order: c.order,
      spellings: c.spellings,
      summary: c.summary,
      outcome: { kind: c.outcome.kind, fact: ref(c.outcome.fact, "outcome.fact") },
      penalty:
        c.penalty.kind === "prison"
          ? { kind: "prison", years: c.penalty.years, months: c.penalty.months, fact: ref(c.penalty.fact, "penalty.fact") }
          : { kind: c.penalty.kind, fact: ref(c.penalty.fact, "penalty.fact") },
      politicalRights: c.politicalRights
        ? { years: c.politicalRights.years, fact: ref(c.politicalRights.fact, "politicalRights.fact") }
        : null,
      charge: c.charge ? ref(c.charge, "charge") : null,
      facts: own,
    };
  });

  if (casesRec.article !== articleRec.id) {
    problems.push(`${casesName}: article refers to unknown article "${casesRec.article}"`);
  }
  if (lawRec.article !== articleRec.id) {
    problems.push(`${lawName}: article refers to unknown article "${lawRec.article}"`);
  }
  const law: Law = {
    name: lawRec.law,
    citedBy: lawRec.citedBy,
    provisions: lawRec.provisions.map((p, i) => {
      const fact = link({ id: p.id, topic: "sentence", statement: p.statement, quote: p.quote }, null, lawName, `provisions[${i}]`);
      for (const [part, words] of Object.entries(p.conduct ?? {})) {
        for (const w of words) if (!p.quote.toLowerCase().includes(w.toLowerCase())) problems.push(`${lawName}: provisions[${i}].conduct.${part} has "${w}", which its quote does not say`);
      }
      return { ...p, quote: fact.quote, fact };
    }),
  };
  if (!law.provisions.some((p) => p.kind === "standard")) {
    problems.push(`${lawName}: provisions needs one provision of kind "standard"`);
  }

  const factById = new Map(facts.map((f) => [f.id, f]));
  const base = loadCaseBase(dir, cases.map((c) => c.id), factById, problems);
  if (problems.length || !base) throw new DatasetError(problems);

  const article: Article = {
    id: articleRec.id,
    title: articleRec.title,
    text,
    paragraphs,
    disclosedBy: articleRec.disclosedBy,
    disclosedByShort: articleRec.disclosedByShort,
    ...(articleRec.disclosedIn ? { disclosedIn: articleRec.disclosedIn } : {}),
    disclosedWhen: articleRec.disclosedWhen,
    date: articleRec.date,
    publication: articleRec.publication,
    facts: articleFacts,
  };
  const hash = createHash("sha256");
  for (const file of [DATA_FILES.article, DATA_FILES.cases, DATA_FILES.law, ATTRIBUTE_FILES.attributes, ATTRIBUTE_FILES.lexicon, articleRec.file]) {
    hash.update(readFileSync(path.join(dir, file)));
  }
  return {
    version: hash.digest("hex").slice(0, 12),
    article,
    cases: [...cases].sort((a, b) => a.order - b.order),
    law,
    facts,
    factById,
    attributes: base.attributes,
    lexicon: base.lexicon,
    sequence: base.sequence,
    toldInFull: base.toldInFull,
    caseById: new Map(cases.map((c) => [c.id, c])),
  };
}
