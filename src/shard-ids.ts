// SHARD_IDS: which of SHARD_COUNT shards this machine runs, as a list (4,5,6,7),
// a range (0-3) or both (0-3,8,10-11). Parsed here, checked against the count
// in src/config.ts, and handed to discord.js's own shard options by the doors.

/** The most shard ids one machine may list (SHARD_COUNT is at most 1000 too). */
export const MAX_SHARD_IDS = 1000;

/** The ids in ascending order, without repeats; or a sentence saying what is wrong. */
export function parseShardIds(text: string): { ok: true; ids: number[] } | { ok: false; problem: string } {
  const ids = new Set<number>();
  for (const raw of text.split(",")) {
    const part = raw.trim();
    const single = /^\d{1,4}$/.exec(part);
    const range = /^(\d{1,4})\s*-\s*(\d{1,4})$/.exec(part);
    if (single) ids.add(Number(part));
    else if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) return { ok: false, problem: `the range ${part} runs backwards; write it low-high, such as ${to}-${from}` };
      if (to - from + 1 > MAX_SHARD_IDS) return { ok: false, problem: `the range ${part} holds more than ${MAX_SHARD_IDS} shards` };
      for (let id = from; id <= to; id++) ids.add(id);
    } else {
      return { ok: false, problem: `"${part.slice(0, 20)}" is not a shard id or a range; use a list such as 4,5,6,7 or a range such as 0-3` };
    }
    if (ids.size > MAX_SHARD_IDS) return { ok: false, problem: `more than ${MAX_SHARD_IDS} shards listed` };
  }
  return { ok: true, ids: [...ids].sort((a, b) => a - b) };
}

/**
 * Checks the ids against the total: every machine must use the same
 * SHARD_COUNT for Discord to route each guild to exactly one shard, so a
 * share needs a number, not "auto", and every id must be below it.
 */
export function shardIdsProblem(ids: readonly number[], count: number | "auto"): string | undefined {
  if (count === "auto") return "SHARD_IDS needs SHARD_COUNT set to the total number of shards (the same on every machine), not auto";
  const over = ids.filter((id) => id >= count);
  if (over.length) return `SHARD_IDS lists shard ${over[0]}, but shard ids run from 0 to ${count - 1} when SHARD_COUNT is ${count}`;
  return undefined;
}
