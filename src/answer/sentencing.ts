// Answers about penalties and the cited law, shared by /ask, /sentence and /law.
import type { Case, Dataset, Fact } from "../data/dataset.js";
import { type Answer, joinNames } from "./answer.js";
import { compareTerm, formatTerm, type Term, termOf } from "./duration.js";

export function caseTerm(c: Case): Term | null {
  return c.penalty.kind === "prison" ? termOf(c.penalty.years, c.penalty.months) : null;
}

/** One sentence on what penalty the article reports for a case, and the facts behind it. */
export function penaltyOf(c: Case): { text: string; facts: Fact[] } {
  const p = c.penalty;
  if (p.kind === "prison") {
    const term = formatTerm(termOf(p.years, p.months));
    const rights = c.politicalRights
      ? `, and was deprived of his political rights for ${c.politicalRights.years === 1 ? "one year" : `${c.politicalRights.years} years`}`
      : "";
    const charge = c.charge?.topic === "charge" ? ` ${chargeClause(c.charge)}` : "";
    return {
      text: `${c.surname} was sentenced to ${term} in prison${rights}${charge}.`,
      facts: [p.fact, ...(c.politicalRights ? [c.politicalRights.fact] : [])],
    };
  }
  if (p.kind === "administrative") {
    return {
      text: `${c.surname} was issued administrative penalties in accordance with the law; the article reports no prison term for him.`,
      facts: [p.fact],
    };
  }
  return {
    text: `${c.surname}'s sentence is not reported in the article: it says he was apprehended before he could meet with foreign agency personnel.`,
    facts: [p.fact],
  };
}

function chargeClause(fact: Fact): string {
  const m = fact.statement.match(/\bfor (.+?)\.?$/u);
  return m ? `for ${m[1]}` : "";
}

export function penaltyAnswer(cases: Case[]): Answer {
  const parts = cases.map(penaltyOf);
  return {
    status: "answered",
    title: `${joinNames(cases.map((c) => c.surname))}: penalty`,
    text: parts.map((p) => p.text).join(" "),
    facts: parts.flatMap((p) => p.facts),
    cases,
  };
}

/** Every case's penalty, prison terms first: "who got the longest sentence", "was anyone jailed". */
export function penaltiesAcrossCases(data: Dataset, negated = false): Answer {
  const jailed = data.cases.filter((c) => c.penalty.kind === "prison");
  const rest = data.cases.filter((c) => c.penalty.kind !== "prison");
  const lead = negated && rest.length
    ? `The article reports no prison term for ${joinNames(rest.map((c) => c.surname))}.`
    : jailed.length === 1
    ? `Only ${jailed[0]!.surname} received a prison term, so his is the longest sentence the article reports.`
    : jailed.length
      ? `${joinNames(jailed.map((c) => c.surname))} received prison terms.`
      : "The article reports no prison term for any of the suspects.";
  const parts = [...jailed, ...rest].map(penaltyOf);
  return {
    status: "answered",
    title: "Penalties in the three cases",
    text: [lead, ...parts.map((p) => p.text)].join(" "),
    facts: parts.flatMap((p) => p.facts),
    cases: data.cases,
  };
}

export type LawFocus = "all" | "maximum" | "minimum" | "severe";

export function lawAnswer(data: Dataset, focus: LawFocus = "all"): Answer {
  const standard = data.law.provisions.find((p) => p.kind === "standard")!;
  const severe = data.law.provisions.find((p) => p.kind === "severe");
  const lo = formatTerm({ life: false, months: standard.range.minMonths });
  const hi = standard.range.maxMonths === null ? "" : formatTerm({ life: false, months: standard.range.maxMonths });
  const base = `Under the ${data.law.name}, as the ${data.law.citedBy} cites it, ${standard.covers} can face ${lo.replace(" years", "")} to ${hi} in prison.`;
  const sev = severe
    ? `In especially severe cases, offenders may be sentenced to more than ${formatTerm({ life: false, months: severe.range.minMonths })}${severe.range.life ? " or even life imprisonment" : ""}.`
    : "";
  let lead = "";
  if (focus === "maximum") {
    lead = severe?.range.life
      ? "The heaviest penalty the article cites is life imprisonment, for especially severe cases."
      : `The heaviest penalty the article cites is ${hi} in prison.`;
  } else if (focus === "minimum") {
    lead = `The lowest prison term in the range the article cites is ${lo}; the article does not mention lighter penalties under the law, though it reports administrative penalties in Song's case.`;
  } else if (focus === "severe" && severe) {
    lead = sev;
  }
  return {
    status: "answered",
    title: `The ${data.law.name}, as cited`,
    text: [lead, base, focus === "severe" ? "" : sev].filter(Boolean).join(" "),
    facts: [standard.fact, ...(severe ? [severe.fact] : [])],
    cases: [],
  };
}

/** A case's reported term, or given terms, against the cited ranges. */
export function rangeAnswer(data: Dataset, cases: Case[], terms: Term[], askedWhy: boolean): Answer {
  const facts: Fact[] = [];
  const lines: string[] = [];
  const concerned: Case[] = [];
  const targets = cases.length ? cases : terms.length ? [] : data.cases;
  for (const c of targets) {
    const term = caseTerm(c);
    concerned.push(c);
    if (!term) {
      const p = penaltyOf(c);
      lines.push(
        c.penalty.kind === "administrative"
          ? `${c.surname} received administrative penalties, not a prison term, so there is no term to compare with the range.`
          : `There is nothing to compare for ${c.surname}: his sentence is not reported in the article.`,
      );
      facts.push(...p.facts);
      continue;
    }
    const cmp = compareTerm(term, data.law);
    const verdict = cmp.position === "within" ? "Yes" : "No";
    lines.push(`${verdict}: ${c.surname}'s sentence of ${cmp.text.charAt(0).toLowerCase()}${cmp.text.slice(1)}`);
    if (askedWhy || cmp.position !== "within") lines.push("The article does not say why.");
    facts.push(c.penalty.fact);
  }
  if (!cases.length) {
    for (const term of terms) lines.push(compareTerm(term, data.law).text);
  }
  facts.push(...data.law.provisions.map((p) => p.fact));
  return {
    status: "answered",
    title: "Compared with the cited ranges",
    text: lines.join(" "),
    facts,
    cases: concerned,
  };
}
