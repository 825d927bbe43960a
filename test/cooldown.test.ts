import { describe, expect, it } from "vitest";
import { Cooldown } from "../src/cooldown.js";

describe("the per-user cooldown", () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it("allows five commands in ten seconds, refuses the sixth with the wait", () => {
    const c = clock();
    const cd = new Cooldown(5, 10_000, c.now);
    for (let i = 0; i < 5; i++) {
      expect(cd.take("u").ok).toBe(true);
      c.advance(1000);
    }
    expect(cd.take("u")).toEqual({ ok: false, retryAfterMs: 5000 });
  });

  it("allows again once the oldest command leaves the window", () => {
    const c = clock();
    const cd = new Cooldown(2, 1000, c.now);
    cd.take("u");
    cd.take("u");
    expect(cd.take("u").ok).toBe(false);
    c.advance(1000);
    expect(cd.take("u").ok).toBe(true);
  });

  it("counts each user separately", () => {
    const cd = new Cooldown(1, 1000, () => 0);
    expect(cd.take("a").ok).toBe(true);
    expect(cd.take("b").ok).toBe(true);
    expect(cd.take("a").ok).toBe(false);
  });
});

describe("the cooldown's memory", () => {
  it("forgets users whose commands have left the window", () => {
    let t = 0;
    const cd = new Cooldown(5, 1000, () => t);
    for (let i = 0; i < 10_001; i++) cd.take(`u${i}`);
    t = 2000;
    cd.take("late");
    expect((cd as unknown as { hits: Map<string, number[]> }).hits.size).toBe(1);
  });
});
