import { expect } from "vitest";
import { replyText, withinLimits } from "../eval/score.js";
import { EPHEMERAL_FLAG } from "../../src/reply/limits.js";
import type { MessagePayload } from "../../src/reply/payload.js";

export { replyText };

/** Every reply: inside Discord's limits and pinging no one. */
export function expectSendable(p: MessagePayload): void {
  expect(withinLimits(p)).toBe(true);
  expect(p.allowed_mentions).toEqual({ parse: [] });
}

export const isEphemeral = (p: MessagePayload) => ((p.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
