import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { Answer } from "../src/answer/answer.js";
import type { Query } from "../src/answer/query.js";
import { answerReply, concernsPrisonTerm } from "../src/reply/ask-reply.js";
import { withOutcome } from "./outcome.js";
import { defineCommand } from "./types.js";

export const QUESTION_MAX_LENGTH = 500;

/**
 * Discord's mention syntax (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`,
 * `</cmd:id>`, custom emoji, timestamps) pings or points at something; it is
 * never part of a question about the article, so the engine does not see it
 * ("@everyone what did Qi get" is about Qi, not about everyone).
 */
const DISCORD_MENTION = /@(?:everyone|here)\b|<(?:@[!&]?\d+|#\d+|\/[^<>:]+:\d+|a?:\w+:\d+|t:-?\d+(?::[a-z])?|id:\w+)>/giu;
export const withoutMentions = (question: string): string => question.replace(DISCORD_MENTION, " ");

/**
 * Whether an answer is about a prison term, and so carries the sentencing gauge:
 * the question reads as being about a penalty or a term ("How long was Qi
 * jailed?", "Did Qi get more than five years?", "Was it within the range?"), or
 * the answer rests on the sentence of a case with a prison term.
 */
export function aboutPrisonTerm(q: Query, answer: Answer): boolean {
  const p = q.predicate;
  return (
    q.attribute === "penalty" ||
    (p?.type === "term" && p.on === "penalty") ||
    p?.type === "range" ||
    p?.type === "jailed" ||
    concernsPrisonTerm(answer)
  );
}

export default defineCommand<{ question: string; private?: boolean }>({
  definition: {
    name: "ask",
    name_localizations: { "zh-CN": "提问" },
    description: "Ask about the cases in plain words; the answer quotes the article or says it does not cover that",
    description_localizations: { "zh-CN": "用自然语言提问；回答引用原文，未涉及则明确说明" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        name_localizations: { "zh-CN": "问题" },
        description: "For example: Why did Song contact the agency?",
        description_localizations: { "zh-CN": "例如：宋为什么联系外国机构？" },
        required: true,
        min_length: 1,
        max_length: QUESTION_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "private",
        name_localizations: { "zh-CN": "仅自己可见" },
        description: "Show the reply only to you",
        description_localizations: { "zh-CN": "仅向你显示回复" },
      },
    ],
  },
  example: "/ask question:Why did Song contact the agency?",
  execute({ question, private: ephemeral }, { core }) {
    const asked = withoutMentions(question);
    const { reading, answer } = core.engine.respond(asked);
    const gauge = answer.status === "answered" && aboutPrisonTerm(reading, answer);
    return withOutcome(answer, (a) => answerReply(a, core.data, { ephemeral, question: asked, gauge }));
  },
});
