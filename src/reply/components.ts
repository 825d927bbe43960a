// Buttons and menus, and the custom ids that route their clicks back to a
// handler. Ids carry everything the handler needs, so no state is kept.
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Case } from "../data/dataset.js";
import { SELECT_OPTIONS_MAX } from "./limits.js";
import type { ActionRow } from "./payload.js";

export const CUSTOM_ID = {
  openCase: "case",
  source: "source",
  casesMenu: "cases",
  checkPost: "checkpost",
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
