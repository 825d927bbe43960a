// Renders a message payload for a terminal, as the offline CLI's default output.
import type { MessagePayload } from "./payload.js";
import { EPHEMERAL_FLAG } from "./limits.js";

export function renderTerminal(p: MessagePayload, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const out: string[] = [];
  if ((p.flags ?? 0) & EPHEMERAL_FLAG) out.push(dim("(only you can see this)"));
  if (p.content) out.push(p.content);
  for (const e of p.embeds) {
    if (e.title) out.push(bold(e.title));
    if (e.description) out.push(e.description);
    for (const f of e.fields ?? []) out.push("", bold(f.name), f.value);
    if (e.image?.url) out.push("", dim(`[image: ${e.image.url.replace(/^attachment:\/\//u, "")}]`));
    if (e.footer?.text) out.push("", dim(e.footer.text));
  }
  const controls = (p.components ?? []).flatMap((row) =>
    row.components.map((c) =>
      "url" in c && c.url && "label" in c ? `[${c.label} ↗ ${c.url}]` : "label" in c && c.label ? `[${c.label}]` : "placeholder" in c && c.placeholder ? `[${c.placeholder} ▾]` : "",
    ),
  );
  if (controls.filter(Boolean).length) out.push("", dim(controls.filter(Boolean).join(" ")));
  return out.join("\n");
}
