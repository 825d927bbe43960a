import { casesReply } from "../src/reply/builders.js";
import { defineCommand } from "./types.js";

export default defineCommand<Record<string, never>>({
  definition: {
    name: "cases",
    name_localizations: { "zh-CN": "全部案件" },
    description: "All the cases in the article, one line each, with the outcome",
    description_localizations: { "zh-CN": "文章中的全部案件，每案一行，附结果" },
  },
  example: "/cases",
  execute: (_o, { core }) => casesReply(core.data),
});
