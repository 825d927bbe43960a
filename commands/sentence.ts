import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { termOf } from "../src/answer/duration.js";
import { ambiguousReply, errorReply, noCaseReply } from "../src/reply/builders.js";
import { caseSentenceReply, termSentenceReply } from "../src/reply/sentence-reply.js";
import { caseChoices } from "./choices.js";
import { SURNAME_MAX_LENGTH } from "./case.js";
import { defineCommand } from "./types.js";

export const YEARS_MAX = 100;
export const MONTHS_MAX = 1199;

export default defineCommand<{ case?: string; years?: number; months?: number }>({
  definition: {
    name: "sentence",
    name_localizations: { "zh-CN": "量刑" },
    description: "Compare a case's sentence, or any years and months, with the ranges the article cites",
    description_localizations: { "zh-CN": "将某案刑期或任意刑期与文章引用的量刑幅度比较" },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "case",
        name_localizations: { "zh-CN": "案件" },
        description: "A case by surname: Zhong, Qi or Song",
        description_localizations: { "zh-CN": "按姓氏选择案件" },
        autocomplete: true,
        max_length: SURNAME_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "years",
        name_localizations: { "zh-CN": "年" },
        description: "Years of a prison term to compare",
        description_localizations: { "zh-CN": "刑期的年数" },
        min_value: 0,
        max_value: YEARS_MAX,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "months",
        name_localizations: { "zh-CN": "月" },
        description: "Months of a prison term to compare (added to the years)",
        description_localizations: { "zh-CN": "刑期的月数（与年数相加）" },
        min_value: 0,
        max_value: MONTHS_MAX,
      },
    ],
  },
  example: ["/sentence case:Qi", "/sentence years:7 months:0"],
  execute({ case: name, years, months }, { core }) {
    if (name !== undefined && (years !== undefined || months !== undefined)) {
      return errorReply("Give either a case or a prison term (years and months), not both.", core.data);
    }
    if (name !== undefined) {
      const match = core.engine.resolveCase(name);
      if (match?.kind === "case") return caseSentenceReply(core.data.caseById.get(match.caseId)!, core.data);
      if (match?.kind === "ambiguous") {
        return ambiguousReply(name, match.caseIds.map((id) => core.data.caseById.get(id)!), core.data);
      }
      return noCaseReply(name, core.data, match?.kind === "other");
    }
    if (years === undefined && months === undefined) {
      return errorReply("Give a case (`/sentence case:Qi`) or a prison term (`/sentence years:7 months:0`).", core.data);
    }
    const term = termOf(years ?? 0, months ?? 0);
    if (!term.life && term.months === 0) return errorReply("A prison term of zero months cannot be compared; give at least one month.", core.data);
    return termSentenceReply(term, core.data);
  },
  autocomplete: (focused, { core }) => (focused.name === "case" ? caseChoices(focused.value, core) : []),
});
