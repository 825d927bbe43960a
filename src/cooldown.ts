// Per-user rate limit: at most `limit` commands in any `windowMs`. A sliding
// window of timestamps per user, pruned as it is used; kept in memory only,
// so each process (shard or HTTP replica) counts for itself.
export interface CooldownVerdict {
  ok: boolean;
  /** when not ok: how long until the next command is allowed */
  retryAfterMs: number;
}

export class Cooldown {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a command by `userId` if allowed; says when to retry if not. */
  take(userId: string): CooldownVerdict {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      return { ok: false, retryAfterMs: this.windowMs - (t - recent[0]!) };
    }
    recent.push(t);
    this.hits.set(userId, recent);
    // a sweep walks every user: at most once per window, or a crowd inside it makes every command O(users)
    if (this.hits.size > 10_000 && t - this.lastSweep >= this.windowMs) this.sweep(t);
    return { ok: true, retryAfterMs: 0 };
  }

  /** Drops users with no recent commands, so memory stays bounded. */
  private sweep(t: number): void {
    this.lastSweep = t;
    for (const [user, list] of this.hits) if (!list.some((h) => t - h < this.windowMs)) this.hits.delete(user);
  }
}
