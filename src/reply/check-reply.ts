// The /check and "Check with Casebook" reply: the verdict first, what the
// article does say, and the quotes it rests on.
import { type APIEmbed, type APIEmbedField, ButtonStyle, ComponentType } from "discord-api-types/v10";
import { type ClaimCheck, VERDICT_WORDS } from "../answer/check.js";
import type { CheckResult } from "../answer/engine.js";
import type { Dataset } from "../data/dataset.js";
import { COLOR, footer, quoteFields } from "./builders.js";
import { splitLead } from "./ask-reply.js";
import { articleLinkButton, CUSTOM_ID, customId, sourceRow } from "./components.js";
import { escapeUserText } from "./escape.js";
import { EMBED_FIELD_NAME_MAX, EMBED_TITLE_MAX, EPHEMERAL_FLAG } from "./limits.js";
import { type ActionRow, type MessagePayload, NO_MENTIONS } from "./payload.js";

export const CHECK_POST = CUSTOM_ID.checkPost;

const VERDICT_COLOR = { supported: 0x2e7d4f, contradicted: 0xb03a2e, nei: COLOR.silent } as const;

/** "Supported: Qi got 2 years", cut at a word inside Discord's limit. */
function headline(check: ClaimCheck, max: number): string {
  const head = `${VERDICT_WORDS[check.verdict]}: `;
  return head + escapeUserText(check.claim, max - head.length);
}

/** Whether an embed is a check's verdict (its title begins with a verdict word). */
export function isCheckEmbed(embed: APIEmbed): boolean {
  return Object.values(VERDICT_WORDS).some((w) => embed.title?.startsWith(`${w}: `) === true);
}

export interface CheckReplyOptions {
  ephemeral?: boolean;
  /** the key of a stored check: adds a button that posts the verdict in the channel */
  postKey?: string;
}

export function checkReply(result: CheckResult, data: Dataset, opts: CheckReplyOptions = {}): MessagePayload {
  if (result.kind !== "claims") {
    const text =
      result.kind === "question"
        ? `**Nothing to check: that is a question, not a claim**\nAsk it with /ask question:${escapeUserText(result.question, 200)}`
        : "**Nothing to check: that message makes no claim about the article**\nPost a claim, such as \"Qi got ten years\", or ask with /ask.";
    const pub = data.article.publication;
    return {
      embeds: [{ title: "Nothing to check", description: text, color: COLOR.silent, footer: footer(data) }],
      components: [{ type: ComponentType.ActionRow, components: [articleLinkButton(pub.url, pub.publisher)] }],
      flags: EPHEMERAL_FLAG,
      allowed_mentions: NO_MENTIONS(),
    };
  }
  const [first, ...rest] = result.checks as [ClaimCheck, ...ClaimCheck[]];
  const fields: APIEmbedField[] = [];
  if (rest.length) {
    for (const c of result.checks) fields.push({ name: headline(c, EMBED_FIELD_NAME_MAX), value: c.text });
  }
  const facts = result.checks.flatMap((c) => c.facts);
  fields.push(...quoteFields(facts));
  // the verdict first, in one bold line: with what the article says for one claim, the tally for several
  let description: string;
  if (rest.length) {
    const tally = (Object.keys(VERDICT_WORDS) as Array<keyof typeof VERDICT_WORDS>)
      .map((v) => [VERDICT_WORDS[v], result.checks.filter((c) => c.verdict === v).length] as const)
      .filter(([, n]) => n > 0)
      .map(([w, n]) => `${n} ${w.toLowerCase()}`);
    description = `**${result.checks.length} claims checked: ${tally.join(", ")}**
The first: ${first.text}`;
  } else {
    const { lead, rest: more } = splitLead(first.text);
    description = `**${VERDICT_WORDS[first.verdict]}: ${lead.replace(/\*/gu, "")}**${more ? `\n${more}` : ""}`;
  }
  const embed: APIEmbed = {
    title: headline(first, EMBED_TITLE_MAX),
    description,
    color: VERDICT_COLOR[first.verdict],
    fields,
    footer: footer(data),
  };
  const pub = data.article.publication;
  const post: ActionRow["components"] = opts.postKey
    ? [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: "Post in channel", custom_id: customId(CHECK_POST, opts.postKey) }]
    : [];
  // Source (the paragraphs) and the article's link, as every reply citing the article carries them
  const components: ActionRow[] = facts.length
    ? [sourceRow([...new Set(facts.map((f) => f.paragraph))], pub, post)]
    : [{ type: ComponentType.ActionRow, components: [articleLinkButton(pub.url, pub.publisher), ...post] }];
  const payload: MessagePayload = { embeds: [embed], components, allowed_mentions: NO_MENTIONS() };
  if (opts.ephemeral) payload.flags = EPHEMERAL_FLAG;
  return payload;
}
