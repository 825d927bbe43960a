import { lawReply } from "../src/reply/sentence-reply.js";
import { defineCommand } from "./types.js";

export default defineCommand<Record<string, never>>({
  definition: {
    name: "law",
    name_localizations: { "zh-CN": "法律" },
    description: "The Counter-Espionage Law provisions and sentencing ranges the article cites, quoted",
    description_localizations: { "zh-CN": "文章引用的《反间谍法》条款与量刑幅度" },
  },
  example: "/law",
  execute: (_o, { core }) => lawReply(core.data),
});
