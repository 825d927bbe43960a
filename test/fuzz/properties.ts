// The fuzz properties: every door into the command handlers, driven with
// hostile input. `npm run fuzz` runs them at full size (test/fuzz/run.ts),
// `npm test` runs a fixed-seed share (test/fuzz.test.ts).
import fc from "fast-check";
import { runLine } from "../../commands/line.js";
import { runAutocomplete, runCommand, runComponent } from "../../commands/run.js";
import { commands } from "../../commands/registry.js";
import type { Core } from "../../src/core.js";
import * as A from "./arbitraries.js";
import { checkChoices, checkMessage, checkSame, PropertyFailure } from "./check.js";

export interface FuzzProperty {
  name: string;
  /** what the property drives */
  about: string;
  /** runs in `npm run fuzz` */
  runs: number;
  /** runs in `npm test` */
  ciRuns: number;
  build(core: Core): fc.IProperty<[unknown]>;
}

function prop<T>(arb: fc.Arbitrary<T>, body: (input: T) => void): fc.IProperty<[unknown]> {
  return fc.property(arb, body);
}

/** Options of the definition's own bounds, re-checked by the handler whatever the door. */
function bounds(command: string, option: string): { maxLength?: number; minValue?: number; maxValue?: number } {
  const o = commands.get(command)?.definition.options?.find((x) => x.name === option);
  if (!o) throw new Error(`/${command} has no option ${option}`);
  return {
    maxLength: "max_length" in o ? o.max_length : undefined,
    minValue: "min_value" in o ? o.min_value : undefined,
    maxValue: "max_value" in o ? o.max_value : undefined,
  };
}

const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;

function mustRefuse(why: string, r: ReturnType<typeof runCommand>): void {
  if (r.outcome !== "invalid") throw new PropertyFailure(`${why}, yet the handler ran it (outcome ${r.outcome})`);
}

/** A string option over its max_length, or a number option outside its range, is refused by the handler itself. */
function checkBounds(command: string, options: Record<string, unknown>, r: ReturnType<typeof runCommand>): void {
  for (const name of Object.keys(options)) {
    const def = commands.get(command)?.definition.options?.find((x) => x.name === name);
    if (!def) continue;
    const v = options[name];
    const b = bounds(command, name);
    // Discord and the validator count code points, not UTF-16 units
    const length = typeof v === "string" ? [...v].length : 0;
    if (typeof v === "string" && b.maxLength !== undefined && length > b.maxLength) mustRefuse(`${name} has ${length} > ${b.maxLength} characters`, r);
    if (typeof v === "number") {
      if (!Number.isInteger(v)) mustRefuse(`${name} = ${v} is not a whole number`, r);
      if (b.minValue !== undefined && v < b.minValue) mustRefuse(`${name} = ${v} < ${b.minValue}`, r);
      if (b.maxValue !== undefined && v > b.maxValue) mustRefuse(`${name} = ${v} > ${b.maxValue}`, r);
    }
  }
}

/** Runs a command twice: a sendable reply, the bounds re-checked, the same both times. */
function command(name: string, options: Record<string, unknown>, core: Core): void {
  const a = runCommand(core, name, options);
  checkMessage(a);
  checkBounds(name, options, a);
  checkSame(a, runCommand(core, name, options));
}

// Most cases are well-formed options carrying hostile text, so they reach the
// engine; the rest are hostile shapes (missing, wrong types, stray keys).
const words = fc.oneof({ weight: 8, arbitrary: A.text }, { weight: 1, arbitrary: A.canaryText });
const hostile = fc.oneof({ weight: 8, arbitrary: A.stringValue }, { weight: 1, arbitrary: A.canaryText });
const askOptions = fc.oneof(
  { weight: 4, arbitrary: fc.record({ question: words, private: fc.boolean() }, { requiredKeys: ["question"] }) },
  { weight: 1, arbitrary: A.optionsOf({ question: hostile, private: A.bool }) },
);
const caseOptions = fc.oneof(
  { weight: 4, arbitrary: fc.record({ surname: words, private: fc.boolean() }, { requiredKeys: ["surname"] }) },
  { weight: 1, arbitrary: A.optionsOf({ surname: hostile, private: A.bool }) },
);
const years = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 2, arbitrary: A.number });
const months = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 1199 }) }, { weight: 2, arbitrary: A.number });
const sentenceOptions = fc.oneof(
  { weight: 2, arbitrary: fc.record({ case: words }) },
  { weight: 3, arbitrary: fc.record({ years, months }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: A.optionsOf({ case: hostile, years: A.number, months: A.number }) },
);

export const properties: FuzzProperty[] = [
  {
    name: "ask",
    about: "/ask question (+ private), any text or type",
    runs: 20_000,
    ciRuns: 400,
    build: (core) => prop(askOptions, (o) => command("ask", o, core)),
  },
  {
    name: "case",
    about: "/case surname (+ private), any text or type",
    runs: 15_000,
    ciRuns: 300,
    build: (core) => prop(caseOptions, (o) => command("case", o, core)),
  },
  {
    name: "sentence",
    about: "/sentence case, years, months: in and out of bounds, fractional, not finite, wrong types",
    runs: 15_000,
    ciRuns: 300,
    build: (core) =>
      prop(sentenceOptions, (o: Record<string, unknown>) => {
        command("sentence", o, core);
        if (!has(o, "case") && (has(o, "years") || has(o, "months"))) {
          const n = (v: unknown) => (v === undefined ? 0 : v);
          const y = n(o.years);
          const m = n(o.months);
          if (Object.keys(o).every((k) => k === "years" || k === "months") && Number.isInteger(y) && Number.isInteger(m) && (y as number) >= 0 && (y as number) <= 100 && (m as number) >= 0 && (m as number) <= 1199) {
            // a term within the bounds is compared, never refused
            const r = runCommand(core, "sentence", o);
            if (r.outcome !== "answered") throw new PropertyFailure(`a term within bounds was refused: ${JSON.stringify(o)}`);
          }
        }
      }),
  },
  {
    name: "echo",
    about: "markup-wrapped canaries in every string option and as a stray option name",
    runs: 10_000,
    ciRuns: 300,
    build: (core) =>
      prop(
        fc.tuple(fc.constantFrom("ask", "case", "sentence", "cases", "nope"), A.canaryText),
        ([name, t]) => {
          const opt = name === "ask" ? "question" : name === "case" ? "surname" : "case";
          command(name, { [opt]: t }, core);
          command(name, { [t]: "x" }, core);
          const r = runCommand(core, t, {});
          checkMessage(r);
        },
      ),
  },
  {
    name: "any-command",
    about: "any command name with any option object",
    runs: 5_000,
    ciRuns: 200,
    build: (core) =>
      prop(
        fc.tuple(A.commandName, fc.dictionary(A.strayKey, fc.oneof(A.stringValue, A.number), { maxKeys: 4 })),
        ([name, options]) => {
          const a = runCommand(core, name, options);
          checkMessage(a);
          checkSame(a, runCommand(core, name, options));
        },
      ),
  },
  {
    name: "autocomplete",
    about: "autocomplete for /case and /sentence (and others): focused option and typed value",
    runs: 15_000,
    ciRuns: 300,
    build: (core) =>
      prop(
        fc.tuple(
          fc.oneof({ weight: 6, arbitrary: fc.constantFrom("case", "sentence") }, { weight: 1, arbitrary: A.commandName }),
          fc.constantFrom("surname", "case", "years", "question", "nope", ""),
          fc.oneof({ weight: 6, arbitrary: words }, { weight: 2, arbitrary: A.stringValue }),
        ),
        ([name, option, value]) => {
          const focused = { name: option, value: value as string };
          const a = runAutocomplete(core, name, focused);
          checkChoices(a);
          checkSame(a, runAutocomplete(core, name, focused));
        },
      ),
  },
  {
    name: "components",
    about: "button and select custom ids, tampered, with any select values",
    runs: 10_000,
    ciRuns: 300,
    build: (core) =>
      prop(fc.tuple(A.customId, A.selectValues), ([id, values]) => {
        const a = runComponent(core, id, values);
        checkMessage(a);
        checkSame(a, runComponent(core, id, values));
      }),
  },
  {
    name: "wrong-args",
    about: "the entry points called with values of the wrong type (a door that forgot to check)",
    runs: 5_000,
    ciRuns: 200,
    build: (core) =>
      prop(
        fc.tuple(fc.oneof(A.commandName, A.wrongType), fc.oneof(A.wrongType, A.optionsOf({ question: A.stringValue })), fc.oneof(A.customId, A.wrongType), fc.oneof(A.selectValues, A.wrongType)),
        ([name, options, id, values]) => {
          const cmd = runCommand(core, name as string, options as Record<string, unknown>);
          checkMessage(cmd);
          checkSame(cmd, runCommand(core, name as string, options as Record<string, unknown>));
          const ac = runAutocomplete(core, name as string, options as { name: string; value: string });
          checkChoices(ac);
          const comp = runComponent(core, id as string, values as string[]);
          checkMessage(comp);
          checkSame(comp, runComponent(core, id as string, values as string[]));
          checkMessage(runLine(core, id as string));
        },
      ),
  },
  {
    name: "cli-line",
    about: "whole slash lines through runLine, as the CLI reads them",
    runs: 20_000,
    ciRuns: 400,
    build: (core) =>
      prop(A.cliLine, (line) => {
        const a = runLine(core, line);
        checkMessage(a);
        checkSame(a, runLine(core, line));
      }),
  },
];

export const totalRuns = (scale = 1) => properties.reduce((n, p) => n + Math.max(1, Math.round(p.runs * scale)), 0);
