// Snowflake ids for the Discord double: Discord's layout (ms since the
// Discord epoch in the top bits), strictly increasing within one process, so
// ids are unique and sort in creation order like the real ones.

export const DISCORD_EPOCH = 1_420_070_400_000n;

let last = 0n;

/** A fresh, unique snowflake (string), timestamped now. */
export function snowflake(at: number = Date.now()): string {
  const fromClock = (BigInt(at) - DISCORD_EPOCH) << 22n;
  last = fromClock > last ? fromClock : last + 1n;
  return last.toString();
}

/** The creation time (ms since 1970) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
