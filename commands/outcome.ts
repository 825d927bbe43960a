// What became of a command, as every door logs it: an operator reads the logs
// to tell answers from "the article does not cover that" and from a surname
// that matches no case. A handler that says nothing answered.
import type { MessagePayload } from "../src/reply/payload.js";

import type { CommandOutcome } from "../src/outcome.js";

export type { CommandOutcome };

/** A reply with its outcome, for handlers whose reply can be something other than an answer. */
export interface ReportedReply {
  reply: MessagePayload;
  outcome: CommandOutcome;
}

/** What a handler may return: a plain payload (an answer) or a payload with its outcome. */
export type HandlerResult = MessagePayload | ReportedReply;

export const reported = (reply: MessagePayload, outcome: CommandOutcome): ReportedReply => ({ reply, outcome });

/** A handler's result split into payload and outcome; a plain payload is an answer. */
export function unpack(result: HandlerResult): ReportedReply {
  return "reply" in result && "outcome" in result ? result : { reply: result, outcome: "answered" };
}

/**
 * The engine's answer status as an outcome. "ambiguous" (a surname that could
 * be more than one case) gets a reply asking which one: an answer, not a miss.
 */
export function answerOutcome(status: string): CommandOutcome {
  if (status === "not-covered") return "not-covered";
  if (status === "no-such-case") return "no-such-case";
  return "answered";
}

/** Builds the reply from an engine answer and reports the outcome its status means (one line in /ask). */
export function withOutcome<A extends { status: string }>(answer: A, build: (answer: A) => MessagePayload): ReportedReply {
  return { reply: build(answer), outcome: answerOutcome(answer.status) };
}
