// INTERACTION_CREATE payload builders for the Discord double.
//
// The payloads carry what Discord sends and what discord.js 14.28 reads when it
// builds its interaction objects. Without these discord.js throws inside its
// packet handler and the interaction is silently lost (measured, see
// test/e2e/double.test.ts, "discord.js needs ..."):
//   - `entitlements` (an array: it calls `.reduce`),
//   - `authorizing_integration_owners` (an object: it indexes it),
//   - `member.user` or `user` (it reads `data.user ?? data.member.user`),
//   - `data` (command name/id/type, or custom_id/component_type),
//   - `message` on component interactions (it builds a Message from it).
// `id` and `token` are needed to reply at all (they make the callback URL).
// The rest (`channel`, `channel_id`, `guild_id`, `locale`, `app_permissions`,
// `context`, `version`, `attachment_size_limit`) is read but tolerated when
// missing; it is sent anyway because Discord always sends it.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIMessageApplicationCommandInteraction,
  type APIModalSubmitInteraction,
  type APIUser,
} from "discord-api-types/v10";
import { randomBytes } from "node:crypto";
import { snowflake } from "./snowflake.js";

/** Permission bits as Discord sends them (a decimal string): a broad, admin-free set. */
export const DEFAULT_PERMISSIONS = "2248473465835073";

/** What the factory needs from its double (or from a test) to fill payloads in. */
export interface FactoryDefaults {
  applicationId: string;
  /** Guild the interactions come from by default; `null`: a DM. */
  guildId: string | null;
  channelId: string;
  user: APIUser;
  locale: Locale;
  /** The id (and guild, for guild commands) a registered command of that type (default 1, chat input) has, if any. */
  lookupCommand?: (name: string, type?: ApplicationCommandType) => { id: string; guildId?: string } | undefined;
}

/** Fields every builder accepts. */
export interface InteractionSpecBase {
  id?: string;
  token?: string;
  /** `null`: a DM interaction (`user`, DM channel, context 1); default: the factory's guild. */
  guildId?: string | null;
  channelId?: string;
  user?: Partial<APIUser>;
  locale?: Locale;
  memberRoles?: string[];
  memberPermissions?: string;
  appPermissions?: string;
}

export interface ChatInputSpec extends InteractionSpecBase {
  /** The command name, e.g. "case". */
  name: string;
  options?: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[];
  /** Default: the registered command's id, else a fresh snowflake. */
  commandId?: string;
  /** Guild the command is registered in (`data.guild_id`); default: as registered. */
  commandGuildId?: string;
}

export interface AutocompleteSpec extends InteractionSpecBase {
  name: string;
  /** Exactly one (possibly nested) option should carry `focused: true`; see `opt.*(..., { focused: true })`. */
  options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[];
  commandId?: string;
  commandGuildId?: string;
}

export interface MessageCommandSpec extends InteractionSpecBase {
  /** The message command's display name, e.g. "Check with Casebook". */
  name: string;
  /** The message it was used on (data.target_id, resolved in data.resolved.messages); a user's plain message by default. */
  target?: Partial<APIMessage>;
  commandId?: string;
  commandGuildId?: string;
}

export interface ComponentSpec extends InteractionSpecBase {
  customId: string;
  /** The message the component sits on; a plausible bot message by default. */
  message?: Partial<APIMessage>;
}

export interface StringSelectSpec extends ComponentSpec {
  values: string[];
}

export interface ModalSubmitSpec extends InteractionSpecBase {
  /** the modal's custom_id, as the bot's type-9 callback set it */
  customId: string;
  /** each text input's custom_id and what the user typed */
  fields: Record<string, string>;
  /** the message whose button opened the modal; Discord sends it when there is one */
  message?: Partial<APIMessage>;
}

/** Option builders for chat-input and autocomplete payloads. */
export const opt = {
  string: (name: string, value: string, o: { focused?: boolean } = {}) =>
    ({ name, type: ApplicationCommandOptionType.String, value, ...(o.focused ? { focused: true } : {}) }) as const,
  integer: (name: string, value: number, o: { focused?: boolean } = {}) =>
    ({ name, type: ApplicationCommandOptionType.Integer, value, ...(o.focused ? { focused: true } : {}) }) as const,
  number: (name: string, value: number, o: { focused?: boolean } = {}) =>
    ({ name, type: ApplicationCommandOptionType.Number, value, ...(o.focused ? { focused: true } : {}) }) as const,
  boolean: (name: string, value: boolean) => ({ name, type: ApplicationCommandOptionType.Boolean, value }) as const,
  user: (name: string, value: string) => ({ name, type: ApplicationCommandOptionType.User, value }) as const,
  channel: (name: string, value: string) => ({ name, type: ApplicationCommandOptionType.Channel, value }) as const,
  role: (name: string, value: string) => ({ name, type: ApplicationCommandOptionType.Role, value }) as const,
  subcommand: (name: string, options: APIApplicationCommandInteractionDataBasicOption[] = []) =>
    ({ name, type: ApplicationCommandOptionType.Subcommand, options }) as const,
};

const tokenPrefix = `aW50ZXJhY3Rpb24${randomBytes(24).toString("base64url")}`;
let tokenCount = 0;

/** A unique, unguessable-looking interaction token (Discord's are long opaque strings). */
export function interactionToken(): string {
  return `${tokenPrefix}${(++tokenCount).toString(36).padStart(8, "0")}`;
}

/** Builds INTERACTION_CREATE `d` payloads. `DiscordDouble#interactions` is one bound to the double. */
export class InteractionFactory {
  constructor(private readonly defaults: () => FactoryDefaults) {}

  /** Slash command (type 2, data.type 1). */
  chatInput(spec: ChatInputSpec): APIChatInputApplicationCommandInteraction {
    const d = this.defaults();
    const cmd = d.lookupCommand?.(spec.name);
    const commandGuildId = spec.commandGuildId ?? cmd?.guildId;
    return {
      ...this.base(InteractionType.ApplicationCommand, spec, d),
      data: {
        id: spec.commandId ?? cmd?.id ?? snowflake(),
        name: spec.name,
        type: ApplicationCommandType.ChatInput,
        ...(spec.options ? { options: spec.options } : {}),
        ...(commandGuildId ? { guild_id: commandGuildId } : {}),
      },
    } as APIChatInputApplicationCommandInteraction;
  }

  /** Autocomplete (type 4): the options so far, one of them `focused: true`. */
  autocomplete(spec: AutocompleteSpec): APIApplicationCommandAutocompleteInteraction {
    const d = this.defaults();
    const cmd = d.lookupCommand?.(spec.name);
    const commandGuildId = spec.commandGuildId ?? cmd?.guildId;
    return {
      ...this.base(InteractionType.ApplicationCommandAutocomplete, spec, d),
      data: {
        id: spec.commandId ?? cmd?.id ?? snowflake(),
        name: spec.name,
        type: ApplicationCommandType.ChatInput,
        options: spec.options,
        ...(commandGuildId ? { guild_id: commandGuildId } : {}),
      },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  /**
   * Message command (type 2, data.type 3): right-click a message > Apps. The
   * target message goes in data.resolved.messages under data.target_id with
   * what discord.js needs to build a Message from it (id, channel_id, author,
   * content, timestamp, embeds, attachments, mentions, ...).
   */
  messageCommand(spec: MessageCommandSpec): APIMessageApplicationCommandInteraction {
    const d = this.defaults();
    const cmd = d.lookupCommand?.(spec.name, ApplicationCommandType.Message);
    const commandGuildId = spec.commandGuildId ?? cmd?.guildId;
    const base = this.base(InteractionType.ApplicationCommand, spec, d);
    const author: APIUser = { id: snowflake(), username: "someone", discriminator: "0", global_name: "Someone", avatar: null };
    const target: APIMessage = {
      id: snowflake(),
      type: MessageType.Default,
      channel_id: base.channel_id,
      author,
      ...plainMessageFields(),
      ...spec.target,
    };
    return {
      ...base,
      data: {
        id: spec.commandId ?? cmd?.id ?? snowflake(),
        name: spec.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
        ...(commandGuildId ? { guild_id: commandGuildId } : {}),
      },
    } as APIMessageApplicationCommandInteraction;
  }

  /** Button press (type 3, component_type 2). */
  button(spec: ComponentSpec): APIMessageComponentButtonInteraction {
    const d = this.defaults();
    const base = this.base(InteractionType.MessageComponent, spec, d);
    return {
      ...base,
      message: this.message(spec, d, base.channel_id),
      data: { custom_id: spec.customId, component_type: ComponentType.Button },
    } as APIMessageComponentButtonInteraction;
  }

  /** String select (type 3, component_type 3) with the chosen values. */
  stringSelect(spec: StringSelectSpec): APIMessageComponentSelectMenuInteraction {
    const d = this.defaults();
    const base = this.base(InteractionType.MessageComponent, spec, d);
    return {
      ...base,
      message: this.message(spec, d, base.channel_id),
      data: { custom_id: spec.customId, component_type: ComponentType.StringSelect, values: spec.values },
    } as APIMessageComponentSelectMenuInteraction;
  }

  /**
   * A submitted modal (type 5, MODAL_SUBMIT): each text input in its own
   * action row, as Discord sends a modal built from action rows.
   */
  modalSubmit(spec: ModalSubmitSpec): APIModalSubmitInteraction {
    const d = this.defaults();
    const base = this.base(InteractionType.ModalSubmit, spec, d);
    return {
      ...base,
      ...(spec.message ? { message: this.message({ customId: spec.customId, message: spec.message }, d, base.channel_id) } : {}),
      data: {
        custom_id: spec.customId,
        components: Object.entries(spec.fields).map(([custom_id, value]) => ({
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.TextInput, custom_id, value }],
        })),
      },
    } as APIModalSubmitInteraction;
  }

  private user(spec: InteractionSpecBase, d: FactoryDefaults): APIUser {
    return { ...d.user, ...spec.user };
  }

  private base(type: InteractionType, spec: InteractionSpecBase, d: FactoryDefaults) {
    const guildId = spec.guildId === undefined ? d.guildId : spec.guildId;
    const channelId = spec.channelId ?? d.channelId;
    const user = this.user(spec, d);
    const locale = spec.locale ?? d.locale;
    const common = {
      id: spec.id ?? snowflake(),
      application_id: d.applicationId,
      type,
      token: spec.token ?? interactionToken(),
      version: 1 as const,
      channel_id: channelId,
      locale,
      app_permissions: spec.appPermissions ?? DEFAULT_PERMISSIONS,
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    if (guildId === null) {
      return {
        ...common,
        channel: { id: channelId, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [user] },
        user,
        authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
        context: InteractionContextType.BotDM,
      };
    }
    const member: APIInteractionGuildMember = {
      user,
      roles: spec.memberRoles ?? [],
      permissions: spec.memberPermissions ?? DEFAULT_PERMISSIONS,
      joined_at: "2024-01-01T00:00:00.000000+00:00",
      deaf: false,
      mute: false,
      flags: 0 as APIInteractionGuildMember["flags"],
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    };
    return {
      ...common,
      guild_id: guildId,
      guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
      guild_locale: Locale.EnglishUS,
      channel: {
        id: channelId,
        type: ChannelType.GuildText,
        guild_id: guildId,
        name: "general",
        position: 0,
        parent_id: null,
        topic: null,
        nsfw: false,
        rate_limit_per_user: 0,
        last_message_id: null,
        flags: 0,
        permissions: spec.memberPermissions ?? DEFAULT_PERMISSIONS,
      },
      member,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
      context: InteractionContextType.Guild,
    };
  }

  private message(spec: ComponentSpec, d: FactoryDefaults, channelId: string): APIMessage {
    return {
      id: snowflake(),
      type: MessageType.ChatInputCommand,
      channel_id: channelId,
      author: {
        id: d.applicationId,
        username: "bot",
        discriminator: "0",
        global_name: null,
        avatar: null,
        bot: true,
      },
      ...plainMessageFields(),
      application_id: d.applicationId,
      webhook_id: d.applicationId,
      ...spec.message,
    };
  }
}

/** The fields every message the double builds shares: empty, unpinned, sent now. */
export function plainMessageFields(): Pick<
  APIMessage,
  "content" | "embeds" | "components" | "attachments" | "mentions" | "mention_roles" | "mention_everyone" | "pinned" | "tts" | "timestamp" | "edited_timestamp" | "flags"
> {
  return {
    content: "",
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0 as APIMessage["flags"],
  };
}
