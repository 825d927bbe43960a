import { ComponentType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { runCommand, runComponent } from "../../commands/run.js";
import type { Case } from "../../src/data/dataset.js";
import { caseButtons, casesMenu, customId, CUSTOM_ID, sourceButton } from "../../src/reply/components.js";
import { fitMessage } from "../../src/reply/fit.js";
import type { ActionRow, MessagePayload } from "../../src/reply/payload.js";
import { core } from "../helpers/core.js";

/** Discord's component limits: 5 rows, 5 buttons a row (1 select), custom_id 1-100, select options 1-25. */
function expectComponentsWithinLimits(rows: readonly ActionRow[] = []): void {
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    expect(row.type).toBe(ComponentType.ActionRow);
    expect(row.components.length).toBeGreaterThanOrEqual(1);
    expect(row.components.length).toBeLessThanOrEqual(5);
    const selects = row.components.filter((c) => c.type === ComponentType.StringSelect);
    if (selects.length) expect(row.components).toHaveLength(1);
    for (const c of row.components) {
      if ("custom_id" in c) {
        expect(c.custom_id.length).toBeGreaterThanOrEqual(1);
        expect(c.custom_id.length).toBeLessThanOrEqual(100);
      }
      if (c.type === ComponentType.Button && "label" in c && c.label !== undefined) expect(c.label.length).toBeLessThanOrEqual(80);
      if (c.type === ComponentType.StringSelect) {
        expect(c.options.length).toBeGreaterThanOrEqual(1);
        expect(c.options.length).toBeLessThanOrEqual(25);
        for (const o of c.options) {
          expect(o.label.length).toBeLessThanOrEqual(100);
          expect(o.value.length).toBeLessThanOrEqual(100);
          expect((o.description ?? "").length).toBeLessThanOrEqual(100);
        }
      }
    }
  }
}

const customIds = (p: MessagePayload) => (p.components ?? []).flatMap((r) => r.components.flatMap((c) => ("custom_id" in c ? [c] : [])));

const manyCases = (n: number): Case[] => {
  const base = core().data.cases[0]!;
  return Array.from({ length: n }, (_, i) => ({ ...base, id: `case-${i}`, surname: `Surname${i}`, order: i + 1 }));
};

const lines: Array<[string, Record<string, unknown>]> = [
  ["cases", {}],
  ["case", { surname: "Qi" }],
  ["case", { surname: "Zhang" }],
  ["ask", { question: "What sentence did Qi receive?" }],
  ["ask", { question: "What is the capital of France?" }],
  ["sentence", { case: "Qi" }],
  ["law", {}],
];

describe("buttons and menus in replies", () => {
  it.each(lines)("/%s %j: components within Discord's limits", (name, options) => {
    expectComponentsWithinLimits(runCommand(core(), name, options).reply.components);
  });

  it("/cases and /help offer a button per case, each of which opens its case", () => {
    for (const name of ["cases", "help"]) {
      const buttons = customIds(runCommand(core(), name, {}).reply).filter((c) => c.custom_id.startsWith(`${CUSTOM_ID.openCase}:`));
      expect(buttons, `/${name}`).toHaveLength(core().data.cases.length);
      for (const b of buttons) expect(runComponent(core(), b.custom_id).reply.embeds[0]?.title).toMatch(/^Case \d of 3/);
    }
  });

  it("the select menu older /cases replies carry still opens every case", () => {
    const menu = casesMenu(core().data.cases).components[0]!;
    const opened = menu.type === ComponentType.StringSelect ? menu.options.map((o) => o.value) : [];
    expect(opened).toHaveLength(core().data.cases.length);
    for (const value of opened) expect(runComponent(core(), "custom_id" in menu ? menu.custom_id : "", [value]).outcome).toBe("answered");
  });

  it("a /case miss offers the known cases as buttons", () => {
    const reply = runCommand(core(), "case", { surname: "Zhang" }).reply;
    const buttons = customIds(reply).filter((c) => c.type === ComponentType.Button);
    expect(buttons.length).toBeGreaterThanOrEqual(core().data.cases.length);
  });

  it("an /ask answer carries a Source button that shows the quoted paragraphs ephemerally", () => {
    const reply = runCommand(core(), "ask", { question: "What sentence did Qi receive?" }).reply;
    const source = customIds(reply).find((c) => c.custom_id.startsWith(`${CUSTOM_ID.source}:`));
    expect(source).toBeDefined();
    const shown = runComponent(core(), source!.custom_id);
    expect(shown.outcome).toBe("answered");
    expect(shown.reply.flags! & 64).toBe(64);
  });

  it.each(lines)("/%s %j: every custom id routes to a handler that answers", (name, options) => {
    for (const c of customIds(runCommand(core(), name, options).reply)) {
      const values = c.type === ComponentType.StringSelect ? [c.options[0]!.value] : [];
      expect(runComponent(core(), c.custom_id, values).outcome, c.custom_id).toBe("answered");
    }
  });

  it("case buttons for 40 cases are cut to 5 rows of 5 when the message is fitted", () => {
    const rows = caseButtons(manyCases(40));
    const fitted = fitMessage({ embeds: [], components: rows, allowed_mentions: { parse: [] } });
    expectComponentsWithinLimits(fitted.components);
  });

  it("a menu of 40 cases holds at most 25 options, with labels and descriptions cut to fit", () => {
    const fitted = fitMessage({ embeds: [], components: [casesMenu(manyCases(40))], allowed_mentions: { parse: [] } });
    expectComponentsWithinLimits(fitted.components);
  });

  it("the Source button's custom id fits in 100 characters even citing every paragraph of the article", () => {
    const paragraphs = [...new Set(core().data.facts.map((f) => f.paragraph))];
    expectComponentsWithinLimits([sourceButton(paragraphs)]);
  });

  it("an unknown or stale custom id gets a polite ephemeral reply, not an error", () => {
    for (const id of ["", "nope", customId(CUSTOM_ID.openCase, "no-such-case"), "x".repeat(100)]) {
      const result = runComponent(core(), id);
      expect(result.outcome).not.toBe("error");
      expect(result.reply.flags! & 64).toBe(64);
    }
  });
});
