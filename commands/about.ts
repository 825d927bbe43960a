import { aboutReply } from "../src/reply/builders.js";
import { defineCommand } from "./types.js";

export default defineCommand<Record<string, never>>({
  definition: {
    name: "about",
    name_localizations: { "zh-CN": "关于" },
    description: "Where Casebook's answers come from and what its dataset holds",
    description_localizations: { "zh-CN": "答案来源与数据集说明" },
  },
  example: "/about",
  execute: (_o, { core }) => aboutReply(core.data),
});
