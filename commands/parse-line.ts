// Reads the line a user types in Discord ("/sentence years:7 months:0") into
// a command name and raw option values, using the command's own definition
// to know where each option starts and what type it has.
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { inlineCode } from "../src/reply/escape.js";
import { commands } from "./registry.js";

export type ParsedLine =
  | { ok: true; name: string; options: Record<string, unknown> }
  | { ok: false; name?: string; message: string };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

export function parseSlashLine(line: string): ParsedLine {
  const text = line.trim();
  const head = /^\/([^\s:]+)(?:\s+|$)/u.exec(text);
  if (!head) {
    return { ok: false, message: 'A command line starts with a slash and a command name, for example `/case surname:Qi`.' };
  }
  const name = head[1]!.toLowerCase();
  const rest = text.slice(head[0].length);
  const module = commands.get(name);
  // an unknown command still runs, so its reply explains what exists
  if (!module) return { ok: true, name, options: {} };
  const defs = module.definition.options ?? [];
  if (!defs.length) {
    return rest.trim() ? { ok: false, name, message: `/${name} takes no options.` } : { ok: true, name, options: {} };
  }
  const marker = new RegExp(`(?:^|\\s)(${defs.map((o) => escapeRe(o.name)).join("|")}):`, "giu");
  const starts = [...rest.matchAll(marker)];
  const before = rest.slice(0, starts[0]?.index ?? rest.length).trim();
  if (before) {
    const unknown = /^([^\s:]+):/u.exec(before);
    return {
      ok: false,
      name,
      message: unknown
        ? `/${name} has no option ${inlineCode(unknown[1]!, 32)}; its options are ${defs.map((o) => `\`${o.name}\``).join(", ")}.`
        : `Options are written as name:value, for example /${name} ${defs[0]!.name}:…`,
    };
  }
  const options: Record<string, unknown> = {};
  starts.forEach((m, i) => {
    const optName = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    const to = starts[i + 1]?.index ?? rest.length;
    const raw = rest.slice(from, to).trim();
    const def = defs.find((o) => o.name === optName)!;
    options[optName] = coerce(def.type, raw);
  });
  return { ok: true, name, options };
}

function coerce(type: ApplicationCommandOptionType, raw: string): unknown {
  if (type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number) {
    return /^[-+]?\d+(\.\d+)?$/u.test(raw) ? Number(raw) : raw;
  }
  if (type === ApplicationCommandOptionType.Boolean) {
    if (/^(true|yes|on|1)$/iu.test(raw)) return true;
    if (/^(false|no|off|0)$/iu.test(raw)) return false;
    return raw;
  }
  return raw;
}
