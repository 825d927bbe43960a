// Button and menu handlers, keyed by the first part of the custom id.
import { errorReply, sourceReply } from "../src/reply/builders.js";
import { allQuotesReply, caseReply } from "../src/reply/case-reply.js";
import { CHECK_POST, checkReply, isCheckEmbed } from "../src/reply/check-reply.js";
import { NO_MENTIONS } from "../src/reply/payload.js";
import { lawReply } from "../src/reply/sentence-reply.js";
import { CUSTOM_ID } from "../src/reply/components.js";
import { ASK_IDS, askModal, modalIsPrivate } from "../src/reply/ask-reply.js";
import { EPHEMERAL_FLAG } from "../src/reply/limits.js";
import type { CommandContext, ComponentModule } from "./types.js";

function openCase(id: string | undefined, { core }: CommandContext) {
  const c = id === undefined ? undefined : core.data.caseById.get(id);
  return c ? caseReply(c, core.data, { ephemeral: true }) : errorReply("That case is not in the dataset any more.", core.data);
}

export const components: readonly ComponentModule[] = [
  {
    // "Ask another" under an /ask reply: a box to type the next question in (submitted: run.ts runModalSubmit)
    kind: ASK_IDS.button,
    handle: (args) => ({
      kind: "modal",
      modal: askModal(modalIsPrivate(args)),
      fallback: {
        content: "Ask another question with `/ask question:` followed by your question.",
        embeds: [],
        flags: EPHEMERAL_FLAG,
        allowed_mentions: NO_MENTIONS(),
      },
    }),
  },
  {
    // "Post in channel" under a private check: the same verdicts, for everyone
    kind: CHECK_POST,
    handle: (args, _values, { core }, message) => {
      const claim = core.claims.get(args[0] ?? "");
      if (claim !== undefined) return checkReply(core.engine.check(claim), core.data);
      // checked by another process (an HTTP replica or --cluster worker, or before a restart):
      // the private reply the button sits on holds the verdicts, so post those
      if (message.embeds.length > 0 && isCheckEmbed(message.embeds[0]!)) {
        return { embeds: message.embeds, components: [], allowed_mentions: NO_MENTIONS() };
      }
      return errorReply("That check has expired. Run Check with Casebook on the message again.", core.data);
    },
  },
  { kind: CUSTOM_ID.openCase, handle: (args, _values, ctx) => openCase(args[0], ctx) },
  { kind: CUSTOM_ID.casesMenu, handle: (_args, values, ctx) => openCase(values[0], ctx) },
  {
    kind: CUSTOM_ID.allQuotes,
    handle: (args, _values, { core }) => {
      const c = core.data.caseById.get(args[0] ?? "");
      return c ? allQuotesReply(c, core.data) : errorReply("That case is not in the dataset any more.", core.data);
    },
  },
  { kind: CUSTOM_ID.law, handle: (_args, _values, { core }) => lawReply(core.data, { ephemeral: true }) },
  {
    kind: CUSTOM_ID.source,
    handle: (args, _values, { core }) => sourceReply((args[0] ?? "").split(".").filter(Boolean).map(Number), core.data),
  },
];
