import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims, scoreClaim } from "./eval/score.js";
import { core } from "./helpers/core.js";

// Claim tables for /check, each written blind from the article alone and scored
// before the checker was tuned on it (blind-1, blind-2, blind-4). The verdict is read from the start of
// the first embed's title. known-misses.json lists the claims still judged
// wrong, each with its kind: they must still be wrong, so the list only shrinks.
const files = readdirSync("test/claims").filter((f) => f.endsWith(".jsonl")).map((f) => `test/claims/${f}`);
const KNOWN = "test/claims/known-misses.json";
const known: Record<string, string> = existsSync(KNOWN) ? (JSON.parse(readFileSync(KNOWN, "utf8")) as Record<string, string>) : {};

for (const file of files) {
  describe(file, () => {
    const claims = parseClaims(readFileSync(file, "utf8"), file);
    it.each(claims.map((c) => [`${c.id} [${c.label}] ${c.claim}`, c] as const))("%s", (_label, c) => {
      const r = scoreClaim(core(), c);
      // whatever the verdict, a decisive one rests on a quote
      if (r.grounded !== null) expect(r.grounded, "quotes 40+ characters of the article").toBe(true);
      if (known[c.id]) {
        expect(r.right && r.explained, `${c.id} is a known miss (${known[c.id]}) but is now right: take it off ${KNOWN}`).toBe(false);
        return;
      }
      expect(r.verdict, r.text).toBe(c.label);
      expect(r.explained, r.text).toBe(true);
    });

  });
}

it("the blind claim table has at least 150 claims of all three labels", () => {
  const claims = parseClaims(readFileSync("test/claims/blind-1.jsonl", "utf8"));
  expect(claims.length).toBeGreaterThanOrEqual(150);
  for (const label of ["supported", "contradicted", "nei"] as const) expect(claims.some((c) => c.label === label)).toBe(true);
});
