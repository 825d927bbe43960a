// The order of things in one case, as the article gives it: each case's
// attributes in time (data/attributes.json "sequence"). Answers "which came
// first", "did X before Y" and "what order did it happen in".
import type { AttrKey } from "../data/casebase.js";
import type { Case, Fact } from "../data/dataset.js";
import { type Answer, uniqueFacts } from "./answer.js";
import type { Context } from "./answers.js";
import type { ClaimCheck } from "./check.js";

/** Where an attribute sits in a case's order of events; -1 where the article gives it no place. */
export function placeOf(ctx: Context, c: Case, key: AttrKey): number {
  return ctx.data.sequence.get(c.id)?.findIndex((group) => group.includes(key)) ?? -1;
}

/** A case's events in the article's order: one line per step, with the facts they rest on. */
export function timeline(c: Case, ctx: Context): Answer | null {
  const sequence = ctx.data.sequence.get(c.id);
  if (!sequence) return null;
  const attrs = ctx.ev.attrs(c);
  const steps: string[] = [];
  const facts: Fact[] = [];
  for (const group of sequence) {
    const said = group.map((k) => attrs[k]).filter((a) => a.said);
    const text = [...new Set(said.map((a) => a.statement))].join(" ");
    if (!text) continue;
    steps.push(`${steps.length + 1}. ${text}`);
    facts.push(...said.flatMap((a) => a.facts));
  }
  if (steps.length < 2) return null;
  return { status: "answered", title: `${c.surname}: order of events`, text: `In the order the article gives them:\n${steps.join("\n")}`, facts: uniqueFacts(facts), cases: [c], said: true };
}

/**
 * Two things in one case, both of which the article says happened, put in
 * its order. `asked` is what the question put first: "before" asks whether
 * the first half came first, "after" whether it came second, "which" asks
 * which one did.
 */
export function inOrderAnswer(c: Case, first: ClaimCheck, second: ClaimCheck, firstCame: boolean, asked: "before" | "after" | "which", beforeOrAfter = false): Answer {
  const [early, late] = firstCame ? [first, second] : [second, first];
  // ("were his accounts frozen before or after he contacted the agency": the one of the two asked that holds)
  const lead = asked === "which" ? (beforeOrAfter ? (firstCame ? "Before." : "After.") : "") : (asked === "before") === firstCame ? "Yes, in that order." : "No, the other way round.";
  const text = `${lead ? `${lead} ` : ""}First: ${early.text} Then: ${late.text}`;
  return { status: "answered", title: `${c.surname}: order of events`, text, facts: uniqueFacts([...early.facts, ...late.facts]), cases: [c], said: true };
}
