// Option validation derived from the command definitions themselves, so the
// bounds Discord is told about and the bounds every door enforces are one.
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from "discord-api-types/v10";
import { z } from "zod";
import { inlineCode } from "../src/reply/escape.js";
import type { CommandDefinition, OptionValues } from "./types.js";

function schemaFor(o: APIApplicationCommandOption): z.ZodType {
  switch (o.type) {
    case ApplicationCommandOptionType.String: {
      const min = o.min_length ?? 0;
      const max = o.max_length ?? 6000;
      return z
        .string({ error: `\`${o.name}\` must be text` })
        .min(min, { error: `\`${o.name}\` needs at least ${min} character${min === 1 ? "" : "s"}` })
        .max(max, { error: `\`${o.name}\` can be at most ${max} characters` });
    }
    case ApplicationCommandOptionType.Integer: {
      const range = `a whole number from ${o.min_value ?? "any"} to ${o.max_value ?? "any"}`;
      let s = z.number({ error: `\`${o.name}\` must be ${range}` }).int({ error: `\`${o.name}\` must be ${range}` });
      if (o.min_value !== undefined) s = s.min(o.min_value, { error: `\`${o.name}\` must be ${range}` });
      if (o.max_value !== undefined) s = s.max(o.max_value, { error: `\`${o.name}\` must be ${range}` });
      return s;
    }
    case ApplicationCommandOptionType.Boolean:
      return z.boolean({ error: `\`${o.name}\` must be true or false` });
    default:
      throw new Error(`option type ${o.type} is not supported by Casebook's validator`);
  }
}

const cache = new WeakMap<CommandDefinition, z.ZodType<OptionValues>>();

export function optionsSchema(def: CommandDefinition): z.ZodType<OptionValues> {
  let s = cache.get(def);
  if (!s) {
    const shape: Record<string, z.ZodType> = {};
    for (const o of def.options ?? []) {
      const base = schemaFor(o);
      shape[o.name] = "required" in o && o.required ? base : base.optional();
    }
    s = z.strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `/${def.name} has no option ${issue.keys.map((k) => inlineCode(k, 32)).join(", ")}`
          : undefined,
    }) as unknown as z.ZodType<OptionValues>;
    cache.set(def, s);
  }
  return s;
}

export type Validated = { ok: true; options: OptionValues } | { ok: false; message: string };

/** Checks option values against the definition; a readable message names the option on failure. */
export function validateOptions(def: CommandDefinition, raw: Record<string, unknown>): Validated {
  const result = optionsSchema(def).safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, options: result.data };
  const issue = result.error.issues[0]!;
  const name = issue.path[0];
  const message =
    issue.path.length === 0 && issue.code === "invalid_type"
      ? `/${def.name} got options it cannot read; options are name:value pairs`
      : issue.code === "invalid_type" && issue.input === undefined && typeof name === "string"
        ? `/${def.name} needs the option \`${name}\``
        : issue.message;
  return { ok: false, message: `${message}. ${usage(def)}` };
}

/** `/sentence [case:…] [years:…] [months:…]` */
export function usage(def: CommandDefinition): string {
  const parts = (def.options ?? []).map((o) => {
    const req = "required" in o && o.required;
    return req ? `${o.name}:…` : `[${o.name}:…]`;
  });
  return `Usage: \`/${[def.name, ...parts].join(" ")}\``;
}
