import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { Core } from "../src/core.js";
import type { Choice, MessagePayload, ModalReply } from "../src/reply/payload.js";
import type { HandlerResult } from "./outcome.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Option values after validation against the command's own definition. */
export type OptionValues = Record<string, string | number | boolean | undefined>;

export interface CommandContext {
  core: Core;
  /** every registered command, for /help */
  commands: readonly CommandModule[];
}

export interface CommandModule<O extends OptionValues = OptionValues> {
  /** what Discord registers, and the bounds every door re-checks */
  definition: CommandDefinition;
  /** shown by /help, each as its own code span so it can be copied as it stands */
  example: string | readonly string[];
  /** the reply; a handler whose reply is not always an answer reports its outcome too (see outcome.ts) */
  execute(options: O, ctx: CommandContext): HandlerResult;
  /** suggestions for the focused option; values are validated again when the command runs */
  autocomplete?(focused: { name: string; value: string }, ctx: CommandContext): Choice[];
}

/** A message command (right-click a message > Apps): it gets the message's text. */
export interface MessageCommandModule {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(text: string, ctx: CommandContext): MessagePayload;
}

/** The message a clicked button or menu sits on (Casebook's own reply), as far as handlers read it. */
export interface SourceMessage {
  embeds: APIEmbed[];
}

/** A button or menu handler, found by the first part of the custom id: a message, or a form to fill in (a modal). */
export interface ComponentModule {
  kind: string;
  handle(args: string[], values: string[], ctx: CommandContext, message: SourceMessage): MessagePayload | ModalReply;
}

/** Lets a module keep its own option type while the registry holds them all. */
export function defineCommand<O extends OptionValues>(m: CommandModule<O>): CommandModule {
  return m;
}
