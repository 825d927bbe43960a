// Per-user rate limit: at most `limit` commands in any `windowMs`. The default
// here is a sliding window of timestamps per user, pruned as it is used; kept
// in memory only, so each process (shard or HTTP replica) counts for itself.
// With REDIS_URL, src/cooldown-redis.ts counts in Redis instead, shared by
// every process; the doors see both through CooldownCounter.
export interface CooldownVerdict {
  ok: boolean;
  /** when not ok: how long until the next command is allowed */
  retryAfterMs: number;
}

/**
 * What a door needs from a cooldown. `take` may answer at once (memory) or
 * after a round trip (Redis), so doors await it; it never rejects.
 */
export interface CooldownCounter {
  readonly limit: number;
  readonly windowMs: number;
  /** Records a command by `userId` if allowed; says when to retry if not. */
  take(userId: string): CooldownVerdict | Promise<CooldownVerdict>;
  /** Releases connections (the Redis client); the in-memory counter has none. */
  close?(): Promise<void>;
}

export class Cooldown implements CooldownCounter {
  /**
   * Each user's recent command times. Most users have one in the window: it is
   * kept as the number itself, not a one-element array (a number costs 16
   * bytes, an array grown by push about 150), since an entry stays until a sweep.
   */
  private readonly hits = new Map<string, number | number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a command by `userId` if allowed; says when to retry if not. */
  take(userId: string): CooldownVerdict {
    const t = this.now();
    const recent = this.recent(userId, t);
    if (recent.length >= this.limit) {
      this.keep(userId, recent);
      return { ok: false, retryAfterMs: this.windowMs - (t - recent[0]!) };
    }
    recent.push(t);
    this.keep(userId, recent);
    // a sweep walks every user: at most once per window, or a crowd inside it makes every command O(users)
    if (this.hits.size > 10_000 && t - this.lastSweep >= this.windowMs) this.sweep(t);
    return { ok: true, retryAfterMs: 0 };
  }

  /** The user's command times still inside the window at `t`, oldest first (a new array). */
  private recent(userId: string, t: number): number[] {
    const kept = this.hits.get(userId);
    if (kept === undefined) return [];
    if (typeof kept === "number") return t - kept < this.windowMs ? [kept] : [];
    return kept.filter((h) => t - h < this.windowMs);
  }

  private keep(userId: string, recent: number[]): void {
    this.hits.set(userId, recent.length === 1 ? recent[0]! : recent);
  }

  /** Drops users with no recent commands, so memory stays bounded. */
  private sweep(t: number): void {
    this.lastSweep = t;
    const live = (h: number) => t - h < this.windowMs;
    for (const [user, kept] of this.hits) if (!(typeof kept === "number" ? live(kept) : kept.some(live))) this.hits.delete(user);
  }
}
