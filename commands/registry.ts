// The registry: command name -> module. Doors, deployment and /help read it;
// adding a command is adding a module here.
import about from "./about.js";
import ask from "./ask.js";
import caseCommand from "./case.js";
import cases from "./cases.js";
import { components } from "./components.js";
import help from "./help.js";
import law from "./law.js";
import sentence from "./sentence.js";
import type { CommandModule, ComponentModule } from "./types.js";

export const commandList: readonly CommandModule[] = [caseCommand, cases, law, sentence, ask, about, help];

export const commands: ReadonlyMap<string, CommandModule> = new Map(commandList.map((m) => [m.definition.name, m]));

export const componentHandlers: ReadonlyMap<string, ComponentModule> = new Map(components.map((c) => [c.kind, c]));

/** What `deploy-commands` registers: exactly the registry's definitions. */
export const definitions = () => commandList.map((m) => m.definition);
