import { helpReply } from "../src/reply/builders.js";
import { defineCommand } from "./types.js";

export default defineCommand<Record<string, never>>({
  definition: {
    name: "help",
    name_localizations: { "zh-CN": "帮助" },
    description: "Casebook's commands, with examples",
    description_localizations: { "zh-CN": "命令列表与示例" },
  },
  example: "/help",
  execute: (_o, { core, commands }) =>
    helpReply(
      core.data,
      commands.map((c) => ({ name: c.definition.name, description: c.definition.description, example: c.example })),
    ),
});
