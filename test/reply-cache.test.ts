import { describe, expect, it } from "vitest";
import { runCommand } from "../commands/run.js";
import { loadCore } from "../src/core.js";

describe("the reply cache", () => {
  const cached = loadCore(undefined, { replyCacheSize: 10 });
  const fresh = loadCore(undefined, { replyCacheSize: 0 });

  it("gives the same reply as the handler itself, the second time from the cache", () => {
    const first = runCommand(cached, "ask", { question: "What did Qi get?" }).reply;
    const again = runCommand(cached, "ask", { question: "What did Qi get?" }).reply;
    expect(again).toBe(first);
    expect(again).toEqual(runCommand(fresh, "ask", { question: "What did Qi get?" }).reply);
  });

  it("keeps private replies apart from public ones", () => {
    const pub = runCommand(cached, "case", { surname: "Qi" }).reply;
    const priv = runCommand(cached, "case", { surname: "Qi", private: true }).reply;
    expect(pub.flags).toBeUndefined();
    expect(priv.flags).toBe(64);
  });

  it("hands out frozen replies, so no door can change one for the next caller", () => {
    const reply = runCommand(cached, "law", {}).reply;
    expect(Object.isFrozen(reply)).toBe(true);
    expect(Object.isFrozen(reply.embeds[0])).toBe(true);
  });

  it("holds at most its size", () => {
    for (let i = 0; i < 30; i++) runCommand(cached, "sentence", { years: i + 1 });
    expect(cached.replies.size).toBeLessThanOrEqual(10);
  });

  it("size 0 keeps nothing", () => {
    runCommand(fresh, "law", {});
    expect(fresh.replies.size).toBe(0);
  });
});
