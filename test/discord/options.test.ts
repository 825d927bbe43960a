import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { runCommand } from "../../commands/run.js";
import { optionRecord } from "../../src/discord/interactions.js";
import { core } from "../helpers/core.js";
import { replyText } from "../helpers/payload.js";

const T = ApplicationCommandOptionType;

describe("converting interaction options for the handlers", () => {
  it("turns string, integer and boolean options into a plain name -> value record", () => {
    const data = [
      { name: "question", type: T.String, value: "What did Qi get?" },
      { name: "years", type: T.Integer, value: 7 },
      { name: "private", type: T.Boolean, value: false },
    ];
    expect(optionRecord(data)).toEqual({ question: "What did Qi get?", years: 7, private: false });
  });

  it("gives an empty record for a command with no options", () => {
    expect(optionRecord([])).toEqual({});
  });

  it("flattens subcommand and group wrappers into their options", () => {
    const data = [
      {
        name: "group",
        type: T.SubcommandGroup,
        options: [{ name: "sub", type: T.Subcommand, options: [{ name: "surname", type: T.String, value: "Qi" }] }],
      },
    ];
    expect(optionRecord(data)).toEqual({ surname: "Qi" });
  });

  it("leaves out options that carry no value, so validation reports them as missing", () => {
    const record = optionRecord([{ name: "surname", type: T.String, value: undefined }]);
    expect(record).toEqual({});
    expect(runCommand(core(), "case", record).outcome).toBe("invalid");
  });

  it("produces what runCommand accepts: /sentence years:7 months:0 is answered", () => {
    const record = optionRecord([
      { name: "years", type: T.Integer, value: 7 },
      { name: "months", type: T.Integer, value: 0 },
    ]);
    const result = runCommand(core(), "sentence", record);
    expect(result.outcome).toBe("answered");
    expect(replyText(result.reply)).toMatch(/7 years/);
  });

  it("keeps a value outside the definition's bounds for the handler to refuse, politely and ephemerally", () => {
    const result = runCommand(core(), "sentence", optionRecord([{ name: "years", type: T.Integer, value: 1000 }]));
    expect(result.outcome).toBe("invalid");
    expect(result.reply.flags! & 64).toBe(64);
  });
});
