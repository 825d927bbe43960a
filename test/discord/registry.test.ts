import { ApplicationCommandOptionType, type APIApplicationCommandOption } from "discord-api-types/v10";
import { ApplicationCommandUpdateRequestSchema } from "discord-api-spec/zod";
import { describe, expect, it } from "vitest";
import { commandList, commands, componentHandlers, definitions } from "../../commands/registry.js";
import { CUSTOM_ID } from "../../src/reply/components.js";
import { COMMAND_NAME_MAX } from "../../src/reply/limits.js";

// Discord's rule for command and option names (CHAT_INPUT): 1-32 characters of
// letters, numbers, - and _, lower case wherever a letter has a lower case.
const NAME = new RegExp(`^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,${COMMAND_NAME_MAX}}$`, "u");
const isDiscordName = (name: string) => NAME.test(name) && name === name.toLowerCase();

const options = (): Array<[string, APIApplicationCommandOption]> =>
  definitions().flatMap((d) => (d.options ?? []).map((o) => [`/${d.name} ${o.name}`, o] as [string, APIApplicationCommandOption]));

describe("the command registry", () => {
  it("has a definition for every handler, under the handler's own name", () => {
    for (const [name, module] of commands) {
      expect(module.definition.name).toBe(name);
      expect(typeof module.execute).toBe("function");
    }
  });

  it("has a handler for every definition it registers", () => {
    const names = definitions().map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...commands.keys()].sort());
    expect(commandList).toHaveLength(names.length);
  });

  it("routes every component kind the reply builders emit, and only those", () => {
    expect([...componentHandlers.keys()].sort()).toEqual(Object.values(CUSTOM_ID).sort());
  });

  it("offers autocomplete only where a command can answer it", () => {
    for (const d of definitions()) {
      const wantsAutocomplete = (d.options ?? []).some((o) => "autocomplete" in o && o.autocomplete);
      if (wantsAutocomplete) expect(commands.get(d.name)!.autocomplete, `/${d.name}`).toBeTypeOf("function");
    }
  });
});

describe("the command definitions, against Discord's rules", () => {
  it.each(definitions().map((d) => [d.name, d] as const))("/%s validates against discord-api-spec's ApplicationCommandUpdateRequestSchema", (_name, def) => {
    const result = ApplicationCommandUpdateRequestSchema.safeParse(def);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it("gives every command and option a Discord-valid name and a description of 1 to 100 characters", () => {
    const all = [...definitions().map((d) => [`/${d.name}`, d] as const), ...options()];
    for (const [where, item] of all) {
      expect(isDiscordName(item.name), where).toBe(true);
      expect(item.description.length, where).toBeGreaterThanOrEqual(1);
      expect(item.description.length, where).toBeLessThanOrEqual(100);
    }
  });

  it("localises every command and option name and description into zh-CN, within Discord's limits", () => {
    const all = [...definitions().map((d) => [`/${d.name}`, d] as const), ...options()];
    for (const [where, item] of all) {
      const name = item.name_localizations?.["zh-CN"];
      const description = item.description_localizations?.["zh-CN"];
      expect(name, `${where} name`).toBeTruthy();
      expect(description, `${where} description`).toBeTruthy();
      expect(isDiscordName(name!), `${where} zh-CN name ${name}`).toBe(true);
      expect(description!.length, where).toBeLessThanOrEqual(100);
    }
  });

  it("caps every string option with max_length (at most Discord's 6000)", () => {
    const strings = options().filter(([, o]) => o.type === ApplicationCommandOptionType.String);
    expect(strings.length).toBeGreaterThan(0);
    for (const [where, o] of strings) {
      const max = "max_length" in o ? o.max_length : undefined;
      expect(max, where).toBeTypeOf("number");
      expect(max!, where).toBeGreaterThanOrEqual(1);
      expect(max!, where).toBeLessThanOrEqual(6000);
    }
  });

  it("autocompletes /case surname and /sentence case", () => {
    const auto = options()
      .filter(([, o]) => "autocomplete" in o && o.autocomplete === true)
      .map(([where]) => where);
    expect(auto.sort()).toEqual(["/case surname", "/sentence case"]);
  });

  it("bounds every integer option with min_value and max_value", () => {
    for (const [where, o] of options().filter(([, o]) => o.type === ApplicationCommandOptionType.Integer)) {
      expect("min_value" in o && typeof o.min_value === "number", where).toBe(true);
      expect("max_value" in o && typeof o.max_value === "number", where).toBe(true);
    }
  });

  it("lists required options before optional ones, as Discord requires", () => {
    for (const d of definitions()) {
      const required = (d.options ?? []).map((o) => "required" in o && o.required === true);
      expect(required, `/${d.name}`).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it("stays within Discord's counts: at most 25 options a command and 4000 characters of text a command", () => {
    for (const d of definitions()) {
      expect((d.options ?? []).length).toBeLessThanOrEqual(25);
      const text = [d.name, d.description, ...(d.options ?? []).flatMap((o) => [o.name, o.description])].join("");
      expect(text.length, `/${d.name}`).toBeLessThanOrEqual(4000);
    }
  });
});
