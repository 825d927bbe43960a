import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { checkReply } from "../src/reply/check-reply.js";
import { withoutMentions } from "./ask.js";
import { defineCommand } from "./types.js";

export const CLAIM_MAX_LENGTH = 500;

export default defineCommand<{ claim: string; private?: boolean }>({
  definition: {
    name: "check",
    name_localizations: { "zh-CN": "核查" },
    description: "Check a claim against the article: Supported, Contradicted or Not in the article, with its words",
    description_localizations: { "zh-CN": "对照原文核查说法：有依据、相矛盾或原文未提及" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "claim",
        name_localizations: { "zh-CN": "说法" },
        description: "For example: Qi got ten years",
        description_localizations: { "zh-CN": "例如：齐被判了十年" },
        required: true,
        min_length: 1,
        max_length: CLAIM_MAX_LENGTH,
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
  example: "/check claim:Qi got ten years",
  execute({ claim, private: ephemeral }, { core }) {
    return checkReply(core.engine.check(withoutMentions(claim)), core.data, { ephemeral });
  },
});
