// The /ask reply: the question that was asked (so the channel sees it, not only
// "used /ask"), the answer first in one bold line, each quote it rests on once,
// the Source and article-link buttons, one "Open" button per case, and "Ask
// another", which opens a box to type the next question in. Answers about a
// prison term carry the sentencing gauge.
import { type APIEmbed, type APIEmbedField, type APIModalInteractionResponseCallbackData, ButtonStyle, ComponentType, TextInputStyle } from "discord-api-types/v10";
import type { Answer } from "../answer/answer.js";
import { caseTerm } from "../answer/sentencing.js";
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { attachGauge } from "./attachments.js";
import { COLOR, footer, quoteLine } from "./builders.js";
import { articleLinkButton, CUSTOM_ID, caseButtons, customId, sourceRow } from "./components.js";
import { plainUserText } from "./escape.js";
import { truncateWords } from "./fit.js";
import { BUTTONS_PER_ROW_MAX, EMBED_AUTHOR_NAME_MAX, EMBED_FIELD_NAME_MAX, EPHEMERAL_FLAG } from "./limits.js";
import { type ActionRow, type MessagePayload, NO_MENTIONS } from "./payload.js";

/** The question box's limit: the same as /ask's `question` option. */
export const ASK_QUESTION_MAX = 500;

/** Custom ids: the "Ask another" button, the modal it opens, and the modal's one text input. */
export const ASK_IDS = { button: CUSTOM_ID.askAnother, modal: "askbox", field: "question" } as const;
/** The id suffix that keeps a follow-up private when the reply it came from was. */
const PRIVATE = "p";

export interface AskReplyOptions {
  ephemeral?: boolean;
  /** the question as asked; shown above the answer, for everyone who sees the reply */
  question?: string;
  /** the question is about a prison term: attach the gauge (marked for the one case with a prison term, if there is one) */
  gauge?: boolean;
}

/**
 * The answer's first sentence (with the next one when the first is only "Yes."
 * or "No."), and the rest. Nothing is dropped: first + " " + rest is the text.
 */
export function splitLead(text: string): { lead: string; rest: string } {
  const t = text.trim();
  // a sentence ends at . ! or ? before a space or the end ("2.5" does not end one), or at a line break
  const end = (from: number) => {
    const m = /[.!?](?=\s|$)|\n/gu;
    m.lastIndex = from;
    const hit = m.exec(t);
    return hit ? hit.index + (hit[0] === "\n" ? 0 : 1) : t.length;
  };
  let cut = end(0);
  if (/^(?:yes|no)[.!]$/iu.test(t.slice(0, cut)) && t[cut] !== "\n") cut = end(cut + 1);
  return { lead: t.slice(0, cut).trim(), rest: t.slice(cut).trim() };
}

/** "**lead**" for a bold line; asterisks inside would end the bold early, so none are kept there. */
const bold = (s: string) => `**${s.replace(/\*/gu, "")}**`;

/** One field per quote, each once; its name says whose case it is about, never repeating the quote. */
function quoteFieldsByCase(facts: readonly Fact[], data: Dataset): APIEmbedField[] {
  const seen = new Set<string>();
  const unique = facts.filter((f) => (seen.has(f.quote) ? false : (seen.add(f.quote), true)));
  return unique.map((f) => {
    const c = f.caseId === null ? undefined : data.caseById.get(f.caseId);
    const name = c ? `${c.surname}, in the article's words` : "In the article's words";
    return { name: name.slice(0, EMBED_FIELD_NAME_MAX), value: quoteLine(f.quote) };
  });
}

const paragraphsOf = (facts: readonly Fact[]) => [...new Set(facts.map((f) => f.paragraph))];

export function askAnotherButton(ephemeral = false): ActionRow["components"][number] {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: "Ask another",
    emoji: { name: "\u2753" },
    custom_id: ephemeral ? customId(ASK_IDS.button, PRIVATE) : ASK_IDS.button,
  };
}

/** The modal "Ask another" opens: one text input, up to 500 characters, as /ask takes. */
export function askModal(ephemeral = false): APIModalInteractionResponseCallbackData {
  return {
    custom_id: ephemeral ? customId(ASK_IDS.modal, PRIVATE) : ASK_IDS.modal,
    title: "Ask about the article",
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ASK_IDS.field,
            label: "Your question",
            style: TextInputStyle.Short,
            min_length: 1,
            max_length: ASK_QUESTION_MAX,
            required: true,
            placeholder: "For example: Why did Song contact the agency?",
          },
        ],
      },
    ],
  };
}

/** Whether a modal's custom id asks for a private reply (the "Ask another" under a private /ask). */
export const modalIsPrivate = (args: readonly string[]): boolean => args[0] === PRIVATE;

/**
 * The question as a one-line heading. An embed author shows plain text (no
 * markdown, so no backslash escapes): markdown markers are dropped, "@" cannot
 * mention, and it is cut at a word inside the author-name limit. The command
 * has already taken Discord's mention syntax out.
 */
export function askedLine(question: string): string {
  return truncateWords(`Asked: ${plainUserText(question, ASK_QUESTION_MAX)}`, EMBED_AUTHOR_NAME_MAX);
}

/** The one case with a prison term among the answer's cases, for the gauge's mark. */
function prisonCase(cases: readonly Case[]): Case | undefined {
  const jailed = cases.filter((c) => c.penalty.kind === "prison");
  return jailed.length === 1 ? jailed[0] : undefined;
}

/** Whether an answer rests on the penalty quote of a case that has a prison term. */
export function concernsPrisonTerm(answer: Answer): boolean {
  return answer.cases.some((c) => c.penalty.kind === "prison" && answer.facts.some((f) => f.id === c.penalty.fact.id));
}

/** An /ask answer: the question, the answer in one bold line, the quotes once, and the buttons. */
export function answerReply(answer: Answer, data: Dataset, opts: AskReplyOptions = {}): MessagePayload {
  const answered = answer.status === "answered";
  const { lead, rest } = splitLead(answer.text);
  const embed: APIEmbed = {
    title: answer.title,
    description: rest ? `${bold(lead)}\n${rest}` : bold(lead),
    color: answered ? COLOR.answer : COLOR.silent,
    footer: footer(data),
  };
  if (opts.question !== undefined && plainUserText(opts.question)) embed.author = { name: askedLine(opts.question) };
  const fields = quoteFieldsByCase(answer.facts, data);
  if (fields.length) embed.fields = fields;

  const pub = data.article.publication;
  const more = askAnotherButton(opts.ephemeral);
  const components: ActionRow[] = [];
  if (answer.facts.length) {
    const open = answered ? answer.cases.map((c) => caseButtons([c], (x) => `Open ${x.surname}`)[0]!.components[0]!) : [];
    // Source, the article's link, the cases, Ask another: one row when they fit, the cases on their own row when not
    if (open.length + 3 <= BUTTONS_PER_ROW_MAX) components.push(sourceRow(paragraphsOf(answer.facts), pub, [...open, more]));
    else components.push(sourceRow(paragraphsOf(answer.facts), pub, [more]), ...caseButtons(answer.cases, (c) => `Open ${c.surname}`));
  } else if (answer.status === "no-such-case" || answer.status === "ambiguous") {
    const rows = caseButtons(answer.status === "ambiguous" ? answer.cases : data.cases, (c) => `Open ${c.surname}`);
    const tail = [articleLinkButton(pub.url, pub.publisher), more];
    const last = rows[rows.length - 1];
    if (last && last.components.length + tail.length <= BUTTONS_PER_ROW_MAX) last.components.push(...tail);
    else rows.push({ type: ComponentType.ActionRow, components: tail });
    components.push(...rows);
  } else {
    components.push({ type: ComponentType.ActionRow, components: [articleLinkButton(pub.url, pub.publisher), more] });
  }

  let payload: MessagePayload = { embeds: [embed], components, allowed_mentions: NO_MENTIONS() };
  if (opts.ephemeral) payload.flags = EPHEMERAL_FLAG;
  if (answered && opts.gauge) {
    const c = prisonCase(answer.cases);
    const term = c ? caseTerm(c, data) : null;
    payload = attachGauge(payload, data.law, c && term ? { who: c.surname, term } : undefined);
  }
  return payload;
}
