// The registry: command name -> module. Doors, deployment and /help read it;
// adding a command is adding a module here.
import about from "./about.js";
import ask from "./ask.js";
import caseCommand from "./case.js";
import check from "./check.js";
import checkMessage from "./check-message.js";
import cases from "./cases.js";
import { components } from "./components.js";
import help from "./help.js";
import law from "./law.js";
import sentence from "./sentence.js";
import type { CommandModule, ComponentModule, MessageCommandModule } from "./types.js";

export const commandList: readonly CommandModule[] = [caseCommand, cases, law, sentence, ask, check, about, help];

/** Message commands (right-click a message > Apps), by their display name. */
export const messageCommands: ReadonlyMap<string, MessageCommandModule> = new Map([[checkMessage.definition.name, checkMessage]]);

export const commands: ReadonlyMap<string, CommandModule> = new Map(commandList.map((m) => [m.definition.name, m]));

export const componentHandlers: ReadonlyMap<string, ComponentModule> = new Map(components.map((c) => [c.kind, c]));

/** The slash commands' definitions. */
export const definitions = () => commandList.map((m) => m.definition);

/** What `deploy-commands` registers: the slash commands, then the message commands. */
export const deployBody = () => [...definitions(), ...[...messageCommands.values()].map((m) => m.definition)];
