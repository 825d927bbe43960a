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
import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";
import { fitCommandDefinition } from "../src/reply/fit.js";
import type { CommandDefinition, CommandModule, ComponentModule, MessageCommandModule } from "./types.js";

export const commandList: readonly CommandModule[] = [caseCommand, cases, law, sentence, ask, check, about, help];

/** Message commands (right-click a message > Apps), by their display name. */
export const messageCommands: ReadonlyMap<string, MessageCommandModule> = new Map([[checkMessage.definition.name, checkMessage]]);

export const commands: ReadonlyMap<string, CommandModule> = new Map(commandList.map((m) => [m.definition.name, m]));

export const componentHandlers: ReadonlyMap<string, ComponentModule> = new Map(components.map((c) => [c.kind, c]));

/**
 * Where every command can be installed and used. Casebook only reads the
 * article and answers through the interaction itself, so nothing depends on
 * being a member of the server: it works installed to a server (0) or to a
 * user (1), and in servers (0), the bot's DMs (1) and group DMs / other DMs (2).
 */
export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
export const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];

/** The slash commands' definitions, each installable and usable everywhere. */
export const definitions = (): CommandDefinition[] =>
  commandList.map((m) => ({ ...fitCommandDefinition(m.definition), integration_types: [...INTEGRATION_TYPES], contexts: [...CONTEXTS] }));

/** What `deploy-commands` registers: the slash commands, then the message commands, installable and usable everywhere. */
export const deployBody = () => [
  ...definitions(),
  ...[...messageCommands.values()].map((m) => ({ ...m.definition, integration_types: [...INTEGRATION_TYPES], contexts: [...CONTEXTS] })),
];
