// Penalties and the cited law in words, from the typed case base and law.json;
// shared by /sentence, /law and the /ask answers.
import type { Case, Dataset, Fact } from "../data/dataset.js";
import type { Answer } from "./answer.js";
import { formatTerm, type Term } from "./duration.js";

/** A case's prison term, when the article reports one. */
export function caseTerm(c: Case, data: Dataset): Term | null {
  const p = data.attributes.get(c.id)!.penalty;
  return p.said && p.value.kind === "prison" ? { life: false, months: p.value.months } : null;
}

/** What the article says of a case's penalty (and lost rights), in one or two sentences, with its facts. */
export function penaltyOf(c: Case, data: Dataset): { text: string; facts: Fact[] } {
  const A = data.attributes.get(c.id)!;
  const p = A.penalty;
  if (!p.said) return { text: p.note, facts: p.facts };
  const rights = A.rights.said ? ` ${A.rights.statement}` : "";
  return { text: `${p.statement}${rights}`, facts: [...p.facts, ...(A.rights.said ? A.rights.facts : [])] };
}

/** "especially severe cases": the severe provision's own words from law.json. */
export function severeWords(data: Dataset): string | null {
  return data.law.provisions.find((p) => p.kind === "severe")?.covers ?? null;
}

export type LawFocus = "all" | "maximum" | "minimum" | "severe";

export function lawAnswer(data: Dataset, focus: LawFocus = "all"): Answer {
  const standard = data.law.provisions.find((p) => p.kind === "standard")!;
  const severe = data.law.provisions.find((p) => p.kind === "severe");
  const lo = formatTerm({ life: false, months: standard.range.minMonths });
  const hi = standard.range.maxMonths === null ? "" : formatTerm({ life: false, months: standard.range.maxMonths });
  const base = `Under the ${data.law.name}, as the ${data.law.citedBy} cites it, ${standard.covers} can face ${lo.replace(/ years?$/u, "")} to ${hi} in prison.`;
  const sev = severe
    ? `In ${severe.covers}, offenders may be sentenced to more than ${formatTerm({ life: false, months: severe.range.minMonths })}${severe.range.life ? " or even life imprisonment" : ""}.`
    : "";
  let lead = "";
  if (focus === "maximum") {
    lead = severe?.range.life ? `The heaviest penalty the article cites is life imprisonment, in ${severe.covers}.` : `The heaviest penalty the article cites is ${hi} in prison.`;
  } else if (focus === "minimum") {
    lead = `The lowest prison term in the range the article cites is ${lo}.`;
  } else if (focus === "severe" && severe) {
    lead = sev;
  }
  return {
    status: "answered",
    title: `The ${data.law.name}, as cited`,
    text: [lead, base, focus === "severe" ? "" : sev].filter(Boolean).join(" "),
    facts: [standard.fact, ...(severe ? [severe.fact] : [])],
    cases: [],
    said: true,
  };
}
