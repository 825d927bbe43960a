import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { ambiguousReply, noCaseReply } from "../src/reply/builders.js";
import { caseReply } from "../src/reply/case-reply.js";
import { caseChoices } from "./choices.js";
import { reported } from "./outcome.js";
import { defineCommand } from "./types.js";

export const SURNAME_MAX_LENGTH = 100;

export default defineCommand<{ surname: string; private?: boolean }>({
  definition: {
    name: "case",
    name_localizations: { "zh-CN": "案件" },
    description: "Look up a case by surname: who, why, how, what happened, with the article's own words",
    description_localizations: { "zh-CN": "按姓氏查询案件：身份、动机、经过、结果，并引用原文" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "surname",
        name_localizations: { "zh-CN": "姓氏" },
        description: "Zhong, Qi or Song (other spellings and characters work too)",
        description_localizations: { "zh-CN": "钟、齐或宋（也可用其他拼写）" },
        required: true,
        autocomplete: true,
        max_length: SURNAME_MAX_LENGTH,
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
  example: "/case surname:Qi",
  execute({ surname, private: ephemeral }, { core }) {
    const match = core.engine.resolveCase(surname);
    if (match?.kind === "case") return caseReply(core.data.caseById.get(match.caseId)!, core.data, { ephemeral });
    if (match?.kind === "ambiguous") {
      return ambiguousReply(surname, match.caseIds.map((id) => core.data.caseById.get(id)!), core.data);
    }
    return reported(noCaseReply(surname, core.data, match?.kind === "other"), "no-such-case");
  },
  autocomplete: (focused, { core }) => caseChoices(focused.value, core),
});
