import type { Core } from "../src/core.js";
import { errorReply } from "../src/reply/builders.js";
import { fitMessage } from "../src/reply/fit.js";
import type { MessagePayload } from "../src/reply/payload.js";
import { parseSlashLine } from "./parse-line.js";
import { runCommand, type RunResult } from "./run.js";

/** A typed slash line through the same handlers Discord uses; a line that cannot be parsed gets an explaining reply. */
export function runLine(core: Core, line: string): RunResult<MessagePayload> {
  const parsed = parseSlashLine(typeof line === "string" ? line : "");
  if (!parsed.ok) return { reply: fitMessage(errorReply(parsed.message, core.data)), outcome: "invalid" };
  return runCommand(core, parsed.name, parsed.options);
}
