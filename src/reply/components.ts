// Buttons and menus, and the custom ids that route their clicks back to a
// handler. Ids carry everything the handler needs, so no state is kept.
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Case } from "../data/dataset.js";
import { SELECT_OPTIONS_MAX } from "./limits.js";
import type { ActionRow } from "./payload.js";

export const CUSTOM_ID = {
  openCase: "case",
  source: "source",
  /** the select menu older /cases replies carry; still answered so those messages keep working */
  casesMenu: "cases",
  checkPost: "checkpost",
  /** every quote of one case, for what a /case reply had no room for */
  allQuotes: "quotes",
  /** the cited law and its ranges, with the gauge */
  law: "law",
  /** "Ask another" under an /ask reply: opens a box (a modal) for the next question */
  askAnother: "askmore",
} as const;

export function customId(kind: string, ...args: Array<string | number>): string {
  return [kind, ...args].join(":");
}

export function parseCustomId(id: string): { kind: string; args: string[] } {
  const [kind = "", ...args] = id.split(":");
  return { kind, args };
}

/** One button per case, five to a row: "open this case". */
export function caseButtons(cases: readonly Case[], label = (c: Case) => c.surname): ActionRow[] {
  const rows: ActionRow[] = [];
  cases.forEach((c, i) => {
    if (i % 5 === 0) rows.push({ type: ComponentType.ActionRow, components: [] });
    rows[rows.length - 1]!.components.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: label(c),
      custom_id: customId(CUSTOM_ID.openCase, c.id),
    });
  });
  return rows;
}

/** The "Source" button: shows the whole paragraphs the quotes come from. */
export function sourceButton(paragraphs: number[], extra: ActionRow["components"] = []): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Source",
        emoji: { name: "\u{1F4F0}" },
        custom_id: customId(CUSTOM_ID.source, [...new Set(paragraphs)].sort((a, b) => a - b).join(".")),
      },
      ...extra,
    ],
  };
}

/** A link button to the article on the publisher's site (Discord opens it; no click reaches the bot). */
export function articleLinkButton(url: string, publisher: string): ActionRow["components"][number] {
  return { type: ComponentType.Button, style: ButtonStyle.Link, label: `Read on ${publisher}`, url };
}

/** The row every reply that cites the article carries: Source (the paragraphs), the article's link, then `extra`. */
export function sourceRow(paragraphs: number[], publication: { url: string; publisher: string }, extra: ActionRow["components"] = []): ActionRow {
  const row = sourceButton(paragraphs);
  return { ...row, components: [...row.components, articleLinkButton(publication.url, publication.publisher), ...extra] };
}

export function lawButton(): ActionRow["components"][number] {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "The law", custom_id: customId(CUSTOM_ID.law) };
}

export function allQuotesButton(c: Case): ActionRow["components"][number] {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "All quotes", custom_id: customId(CUSTOM_ID.allQuotes, c.id) };
}

export function casesMenu(cases: readonly Case[]): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId(CUSTOM_ID.casesMenu, "open"),
        placeholder: "Open a case",
        options: cases.slice(0, SELECT_OPTIONS_MAX).map((c) => ({
          label: c.surname,
          value: c.id,
          description: c.summary,
        })),
      },
    ],
  };
}

/**
 * Puts the article's link beside the Source button of a reply that has one and
 * no link yet. The builders that use `sourceRow` already carry it (the /ask and
 * /check replies among them); this covers any builder that uses `sourceButton`
 * alone, so every reply citing the article links to it. Pure.
 */
export function withArticleLink<P extends { components?: ActionRow[] }>(payload: P, publication: { url: string; publisher: string }): P {
  const rows = payload.components;
  if (!rows?.length) return payload;
  const hasLink = rows.some((r) => r.components.some((c) => c.type === ComponentType.Button && c.style === ButtonStyle.Link));
  const at = rows.findIndex((r) => r.components.some((c) => "custom_id" in c && c.custom_id.startsWith(`${CUSTOM_ID.source}:`)));
  if (hasLink || at < 0) return payload;
  const row = rows[at]!;
  const i = row.components.findIndex((c) => "custom_id" in c && c.custom_id.startsWith(`${CUSTOM_ID.source}:`));
  const components = [...row.components.slice(0, i + 1), articleLinkButton(publication.url, publication.publisher), ...row.components.slice(i + 1)];
  return { ...payload, components: rows.map((r, k) => (k === at ? { ...r, components } : r)) };
}
