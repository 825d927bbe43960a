// Scoring of question sets in DESIGN.md's format ("Question sets"), run
// through the same handlers the doors use.
import { z } from "zod";
import { runLine } from "../../commands/line.js";
import type { Core } from "../../src/core.js";
import { embedLength } from "../../src/reply/fit.js";
import * as L from "../../src/reply/limits.js";
import type { MessagePayload } from "../../src/reply/payload.js";

export const QuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(["answer", "command", "abstain"]),
  input: z.string(),
  all: z.array(z.string()).optional(),
  any: z.array(z.string()).optional(),
  none: z.array(z.string()).optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** A reply "says the data does not cover it" (the same wording the shared scorer accepts). */
export const ABSTAIN =
  /not (covered|mentioned|described|reported|in (the|this|my) (article|report|data(set)?|source))|no information|couldn.?t find|could not find|don.?t have|do not have|no (matching |such )?(case|suspect|record|answer)|nothing (about|on|in)|not (found|known)|isn.?t covered|outside (the|this|my)|doesn.?t (cover|mention|say)|does not (cover|mention|say)|unable to (find|answer)|no (relevant|match)/i;
/** A reply that states a case's sentence. */
export const SENTENCE_FIGURE = /(2|two) years?,? (and )?(3|three) months/i;
export const GROUNDED_MIN = 40;

export function replyText(reply: MessagePayload): string {
  const parts = [reply.content ?? ""];
  for (const e of reply.embeds ?? []) {
    parts.push(e.title ?? "", e.description ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
    parts.push(e.footer?.text ?? "", e.author?.name ?? "");
  }
  return parts.join("\n");
}

/**
 * The words a reply says itself: replyText without the embed author, where an
 * /ask reply echoes the question asked. A question's own words must not make
 * its answer pass.
 */
export function ownText(reply: MessagePayload): string {
  return replyText({ ...reply, embeds: (reply.embeds ?? []).map(({ author: _author, ...e }) => e) });
}

export function withinLimits(reply: MessagePayload): boolean {
  const embeds = reply.embeds ?? [];
  if ((reply.content ?? "").length > L.MESSAGE_CONTENT_MAX || embeds.length > L.EMBEDS_PER_MESSAGE_MAX) return false;
  if ((reply.files ?? []).length > L.ATTACHMENTS_PER_MESSAGE_MAX) return false;
  // every attachment:// image must be a file the message carries
  const files = new Set((reply.files ?? []).map((f) => f.name));
  for (const e of embeds) {
    for (const u of [e.image?.url, e.thumbnail?.url]) if (u?.startsWith("attachment://") && !files.has(u.slice("attachment://".length))) return false;
  }
  for (const e of embeds) {
    if ((e.title ?? "").length > L.EMBED_TITLE_MAX || (e.description ?? "").length > L.EMBED_DESCRIPTION_MAX) return false;
    if ((e.fields ?? []).length > L.EMBED_FIELDS_MAX || (e.footer?.text ?? "").length > L.EMBED_FOOTER_TEXT_MAX) return false;
    if ((e.author?.name ?? "").length > L.EMBED_AUTHOR_NAME_MAX) return false;
    for (const f of e.fields ?? []) {
      if (!f.name || !f.value || f.name.length > L.EMBED_FIELD_NAME_MAX || f.value.length > L.EMBED_FIELD_VALUE_MAX) return false;
    }
  }
  return embeds.reduce((n, e) => n + embedLength(e), 0) <= L.EMBED_TOTAL_MAX;
}

const norm = (s: string) =>
  s.replace(/\u2019/gu, "'").replace(/[\u201c\u201d]/gu, '"').replace(/[*_>`|~]/gu, "").replace(/\s+/gu, " ").toLowerCase();

/** True when the reply quotes at least 40 characters of the article verbatim. */
export function grounded(text: string, article: string): boolean {
  const t = norm(text);
  const a = norm(article);
  for (let i = 0; i + GROUNDED_MIN <= t.length; i += 1) {
    if (a.includes(t.slice(i, i + GROUNDED_MIN))) return true;
  }
  return false;
}

export interface Scored {
  question: Question;
  reply: MessagePayload;
  text: string;
  pass: boolean;
  grounded: boolean | null;
  limits: boolean;
  mentions: boolean;
}

const re = (s: string) => new RegExp(s, "i");

export function scoreOne(core: Core, q: Question): Scored {
  const { reply } = runLine(core, q.input);
  const text = ownText(reply);
  let pass: boolean;
  if (q.kind === "abstain") pass = ABSTAIN.test(text) && !SENTENCE_FIGURE.test(text);
  else {
    pass =
      (q.all ?? []).every((r) => re(r).test(text)) &&
      (!q.any?.length || q.any.some((r) => re(r).test(text))) &&
      !(q.none ?? []).some((r) => re(r).test(text));
  }
  return {
    question: q,
    reply,
    text,
    pass,
    grounded: q.kind === "answer" ? grounded(text, core.data.article.text) : null,
    limits: withinLimits(reply),
    mentions: Array.isArray(reply.allowed_mentions?.parse) && reply.allowed_mentions.parse.length === 0,
  };
}

export function parseQuestions(jsonl: string, file = "questions"): Question[] {
  return jsonl
    .split(/\r?\n/u)
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      const r = QuestionSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.message}`);
      return r.data;
    });
}

/** The bot's own words: content, embed titles and descriptions, without quote lines or fields. */
export function ownWords(reply: MessagePayload): string {
  const parts = [reply.content ?? ""];
  for (const e of reply.embeds ?? []) parts.push(e.title ?? "", e.description ?? "");
  return parts.join("\n").split("\n").filter((l) => !/^\s*>/u.test(l)).join("\n");
}

/** An answer said in the bot's own words, not only found inside a quote or a field. */
export function saidInOwnWords(q: Question, reply: MessagePayload): boolean {
  const text = ownWords(reply);
  return (
    (q.all ?? []).every((r) => re(r).test(text)) &&
    (!q.any?.length || q.any.some((r) => re(r).test(text))) &&
    !(q.none ?? []).some((r) => re(r).test(text))
  );
}

export const ClaimSchema = z.object({
  id: z.string(),
  claim: z.string(),
  label: z.enum(["supported", "contradicted", "nei"]),
  any: z.array(z.string()).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

const VERDICT_PREFIX: Array<[RegExp, Claim["label"]]> = [
  [/^Supported\b/u, "supported"],
  [/^Contradicted\b/u, "contradicted"],
  [/^Not in the article\b/u, "nei"],
];

export interface ClaimScored {
  claim: Claim;
  verdict: Claim["label"] | "none";
  right: boolean;
  /** a Supported or Contradicted verdict quotes 40+ characters of the article; null for the others */
  grounded: boolean | null;
  /** the explanation matches one of the claim's `any` patterns, when it has some */
  explained: boolean;
  text: string;
}

/** Runs a claim through /check and reads the verdict from the start of the first embed's title. */
export function scoreClaim(core: Core, c: Claim): ClaimScored {
  const { reply } = runLine(core, `/check claim:${c.claim.replace(/\s+/gu, " ")}`);
  const title = reply.embeds?.[0]?.title ?? "";
  const verdict = VERDICT_PREFIX.find(([re]) => re.test(title))?.[1] ?? "none";
  const text = replyText(reply);
  return {
    claim: c,
    verdict,
    right: verdict === c.label,
    grounded: verdict === "supported" || verdict === "contradicted" ? grounded(text, core.data.article.text) : null,
    explained: !c.any?.length || c.any.some((r) => re(r).test(text)),
    text,
  };
}

export function parseClaims(jsonl: string, file = "claims"): Claim[] {
  return jsonl
    .split(/\r?\n/u)
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = ClaimSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file} line ${i + 1}: ${r.error.issues[0]?.message}`);
      return r.data;
    });
}
