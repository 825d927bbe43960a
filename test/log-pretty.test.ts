// The pretty log (a person at a terminal) shows one interaction on one line.
import { Writable } from "node:stream";
import { pino } from "pino";
import pinoPretty from "pino-pretty";
import { describe, expect, it } from "vitest";
import { PRETTY_OPTIONS } from "../src/log.js";

describe("the pretty log", () => {
  it("writes an interaction, nested fields and all, as one line", () => {
    let out = "";
    const destination = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const stream = pinoPretty({ ...PRETTY_OPTIONS, colorize: false, sync: true, destination });
    pino({ base: { pid: 1 } }, stream).info(
      { id: "1312", user: "h:3f9a0c1d2e4b", kind: "command", command: "ask", latencyMs: 2.1, outcome: "answered", options: ["question"], values: { question: "Who?" } },
      "interaction",
    );
    expect(out.trimEnd().split("\n")).toHaveLength(1);
    expect(out).toMatch(/interaction .*"outcome":"answered"/);
  });
});
