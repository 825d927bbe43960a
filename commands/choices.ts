import type { Core } from "../src/core.js";
import { fitChoices } from "../src/reply/fit.js";
import type { Choice } from "../src/reply/payload.js";

/** Autocomplete for a case option: exact, then prefix, then fuzzy or romanised matches. */
export function caseChoices(typed: string, core: Core): Choice[] {
  const ranked = core.engine.rankCases(typed);
  return fitChoices(
    ranked.map((c) => ({
      name: `${c.surname}: ${c.summary}`,
      value: c.surname,
      name_localizations: undefined,
    })),
  ).map(({ name, value }) => ({ name, value }));
}
