import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case id like qi-sentence");
const text = z.string().trim().min(1, "is empty");

export const TOPICS = [
  "identity", "motive", "contact", "claim", "action", "agency", "secrets",
  "outcome", "sentence", "rights", "charge", "source", "overview",
] as const;
export type Topic = (typeof TOPICS)[number];

export const FactSchema = z.strictObject({
  id,
  topic: z.enum(TOPICS),
  /** our one-sentence wording of what the quote says; never more than the quote */
  statement: text,
  /** a verbatim sentence (or run of sentences) of the article */
  quote: text,
});

/**
 * Facts about the article that come from its publication, not from its text:
 * who published it, who wrote it, when, where, and the calendar date of the
 * "Monday" the text mentions. Shown as metadata, never as a quote.
 */
export const PublicationSchema = z
  .strictObject({
    publisher: text,
    author: text,
    /** the day the publisher dated the article (ISO date) */
    published: z.iso.date(),
    url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "must be an https URL" }),
    /** when the ministry revealed the cases: the "Monday" of the text, as a date */
    casesRevealed: z.strictObject({
      by: text,
      date: z.iso.date(),
      /** the article's own words for that day, e.g. "on Monday" */
      articleSays: text,
    }),
  })
  .refine((p) => p.casesRevealed.date <= p.published, {
    error: "must not be after publication.published",
    path: ["casesRevealed", "date"],
  })
  // "on Monday" and a date that is not a Monday cannot both be right
  .refine((p) => weekdayAgrees(p.casesRevealed.articleSays, p.casesRevealed.date), {
    error: "is not the weekday that publication.casesRevealed.articleSays names",
    path: ["casesRevealed", "date"],
  });

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function weekdayAgrees(words: string, isoDate: string): boolean {
  const named = WEEKDAYS.findIndex((d) => words.toLowerCase().includes(d));
  return named < 0 || new Date(`${isoDate}T00:00:00Z`).getUTCDay() === named;
}

export const ArticleSchema = z.strictObject({
  id,
  file: text,
  title: text,
  disclosedBy: text,
  disclosedByShort: text,
  /** the country the body belongs to, in the words said with its name ("China's", "Chinese" Ministry of State Security) */
  disclosedIn: z.array(text).optional(),
  disclosedWhen: text,
  /** the article gives no calendar date; null says so explicitly */
  date: z.iso.date().nullable(),
  publication: PublicationSchema,
  facts: z.array(FactSchema),
});

const penalty = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("prison"),
    years: z.number().int().min(0).max(100),
    months: z.number().int().min(0).max(11),
    fact: id,
  }),
  z.strictObject({ kind: z.literal("administrative"), fact: id }),
  z.strictObject({ kind: z.literal("not-reported"), fact: id }),
]);

export const CaseSchema = z.strictObject({
  id,
  surname: z.string().regex(/^[A-Z][a-z]+$/, "must be one capitalised pinyin surname"),
  order: z.number().int().min(1),
  spellings: z.array(z.strictObject({ spelling: text, system: text })),
  summary: text,
  outcome: z.strictObject({ kind: z.enum(["apprehended", "sentenced", "administrative"]), fact: id }),
  penalty,
  politicalRights: z.strictObject({ years: z.number().int().min(1), fact: id }).nullable(),
  charge: id.nullable(),
  facts: z.array(FactSchema).min(1, "needs at least one fact"),
});

export const CasesFileSchema = z.strictObject({
  article: id,
  cases: z.array(CaseSchema).min(1, "needs at least one case"),
});

export const LawFileSchema = z.strictObject({
  article: id,
  law: text,
  citedBy: text,
  provisions: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(["standard", "severe"]),
        covers: text,
        // the conduct covered, part by part, each in the quote's own words: what counts can be counted
        conduct: z
          .strictObject({ acts: z.array(text).min(1), objects: z.array(text).min(1), recipients: z.array(text).min(1) })
          .optional(),
        range: z.strictObject({
          minMonths: z.number().int().min(0),
          maxMonths: z.number().int().min(0).nullable(),
          life: z.boolean(),
        }),
        statement: text,
        quote: text,
      }),
    )
    .min(1, "needs at least one provision"),
});

export type FactRecord = z.infer<typeof FactSchema>;
export type ArticleFile = z.infer<typeof ArticleSchema>;
export type Publication = z.infer<typeof PublicationSchema>;
export type CaseRecord = z.infer<typeof CaseSchema>;
export type CasesFile = z.infer<typeof CasesFileSchema>;
export type LawFile = z.infer<typeof LawFileSchema>;
export type Provision = LawFile["provisions"][number];
export type Penalty = CaseRecord["penalty"];
