// LOG_CONTENT decides whether what people typed, and who they are, reaches
// the logs; /about tells users the same thing the logs do.
import { describe, expect, it } from "vitest";
import { runCommand } from "../commands/run.js";
import { interactionLine, loggedUser } from "../src/interaction-log.js";
import { replyText } from "./eval/score.js";
import { core } from "./helpers/core.js";

const USER = "1250000000000000001";
const fields = {
  id: "1312000000000000001",
  userId: USER,
  kind: "command" as const,
  command: "ask",
  options: ["question"],
  values: { question: "What did my neighbour do?" },
  outcome: "not-covered" as const,
  startedMs: 10,
  nowMs: 12.345,
};

describe("the interaction log line", () => {
  it.each([
    [false, { id: fields.id, kind: "command", command: "ask", latencyMs: 2.35, outcome: "not-covered", options: ["question"] }],
    [true, { id: fields.id, user: USER, kind: "command", command: "ask", latencyMs: 2.35, outcome: "not-covered", options: ["question"], values: fields.values }],
  ])("with LOG_CONTENT=%s holds %j", (logContent, expected) => {
    const line = interactionLine(fields, logContent);
    expect(line).toMatchObject(expected);
    if (!logContent) {
      expect(line.user).toMatch(/^h:[0-9a-f]{12}$/);
      expect(JSON.stringify(line)).not.toContain(USER);
      expect(JSON.stringify(line)).not.toContain("neighbour");
    }
  });

  it("hashes one user the same way within a process, and two users differently", () => {
    expect(loggedUser(USER, false)).toBe(loggedUser(USER, false));
    expect(loggedUser(USER, false)).not.toBe(loggedUser("1250000000000000002", false));
  });

  it("puts the six shared fields first, in the same order for both doors", () => {
    expect(Object.keys(interactionLine(fields, true)).slice(0, 6)).toEqual(["id", "user", "kind", "command", "latencyMs", "outcome"]);
  });
});

describe("/about", () => {
  it("says what is logged and that content is logged only with LOG_CONTENT", () => {
    const text = replyText(runCommand(core(), "about", {}).reply);
    expect(text).toMatch(/log/);
    expect(text).toMatch(/LOG_CONTENT/);
    expect(text).not.toMatch(/Nothing: no messages, no user data/);
  });
});
